import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { downloadCsv } from '../../export/utils/downloadCsv.ts';
import type { ImportWizardState } from '../hooks/useImportWizard.ts';
import { failedRowsTable } from '../utils/failedRowsTable.ts';
import { issueLabel } from '../utils/importTargets.ts';

const shownRows = 200;
const outcomeColor = { merged: 'blue', skipped: 'gray', failed: 'red' } as const;

/** Step 4: what the import did, with the rows not imported and why (downloadable). */
export function ImportReportStep({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { report, file } = wizard;
  if (!report) return null;
  const notImported = report.rows.filter((row) => row.outcome !== 'merged').length;
  const counts = [
    ['imported', report.imported, 'green'],
    ['merged', report.merged, 'blue'],
    ['skipped', report.skipped, 'gray'],
    ['failed', report.failed, 'red'],
  ] as const;
  return (
    <Stack gap="md">
      <Title order={2} fz="lg">
        {t('import.report.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {counts.map(([key, value, color]) => (
          <Paper
            key={key}
            withBorder
            p="sm"
            radius="md"
            role="group"
            aria-label={t(`import.report.${key}`)}
          >
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`import.report.${key}`)}
            </Text>
            <Text fz={22} fw={700} c={color}>
              {format.number(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {report.accountsCreated > 0 && (
        <Alert color="blue">
          {t('import.report.accountsCreated', { count: report.accountsCreated })}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('import.report.duration', { seconds: (report.durationMs / 1000).toFixed(1) })}
      </Text>
      {report.rows.length > 0 && (
        <>
          <Table striped withTableBorder aria-label={t('import.report.rows')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('import.preview.row')}</Table.Th>
                <Table.Th>{t('import.report.outcome')}</Table.Th>
                <Table.Th>{t('import.report.reasons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.slice(0, shownRows).map((row) => (
                <Table.Tr key={row.rowNumber}>
                  <Table.Td>{row.rowNumber}</Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColor[row.outcome]} variant="light" tt="none">
                      {t(`import.report.${row.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{row.reasons.map((code) => issueLabel(t, code)).join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {report.rows.length > shownRows && (
            <Text size="sm" c="dimmed">
              {t('import.preview.more', {
                count: report.rows.length - shownRows,
                formatted: format.number(report.rows.length - shownRows),
              })}
            </Text>
          )}
        </>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={wizard.reset}>
          {t('import.actions.again')}
        </Button>
        {notImported > 0 && file && (
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() =>
              downloadCsv({
                name: t('import.report.failedFile'),
                table: failedRowsTable(t, file.headers, report),
              })
            }
          >
            {t('import.actions.downloadFailed')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
