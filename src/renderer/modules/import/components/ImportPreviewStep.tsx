import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDomainError } from '../../../../shared/domain/DomainError.ts';
import { duplicatePolicies, type PlannedImportRow } from '../../../data/import/importTypes.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import type { ImportWizardState } from '../hooks/useImportWizard.ts';
import { issueLabel, targetLabel } from '../utils/importTargets.ts';
import { ImportProgressBar } from './ImportProgressBar.tsx';

// The preview shows this many rows; the report covers every row.
const shownRows = 200;

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={22} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** Step 3: what the import will do, row by row, and what to do with duplicates. */
export function ImportPreviewStep({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { plan, progress } = wizard;
  const [filter, setFilter] = useState<'problems' | 'all'>('problems');
  const rows = useMemo(() => {
    const all = plan?.rows ?? [];
    return filter === 'all'
      ? all
      : all.filter((row) => !row.value || row.inFile || row.existing || row.warnings.length > 0);
  }, [plan, filter]);

  if (!plan) {
    return (
      <Stack gap="md">
        {progress ? (
          <ImportProgressBar progress={progress} />
        ) : (
          <Text>{t('import.preview.planning')}</Text>
        )}
      </Stack>
    );
  }
  const { summary } = plan;
  const duplicates = summary.inFileDuplicates + summary.existingDuplicates;
  const policies = duplicatePolicies.filter(
    (policy) => !(plan.entity === 'products' && policy === 'create'),
  );
  const toImport =
    summary.valid -
    (wizard.policy === 'skip'
      ? plan.rows.filter((r) => r.value && (r.inFile || r.existing)).length
      : 0);

  function stateOf(row: PlannedImportRow) {
    if (!row.value) {
      return (
        <Stack gap={2}>
          {row.issues.map((issue) => (
            <Text key={`${issue.field}-${issue.code}`} size="sm" c="red">
              {issueLabel(t, issue.code)}
            </Text>
          ))}
        </Stack>
      );
    }
    return (
      <Stack gap={2}>
        {row.inFile && (
          <Badge color="orange" variant="light" tt="none">
            {t('import.preview.duplicateOf', { row: row.inFile.rowNumber })}
          </Badge>
        )}
        {row.existing && (
          <Badge color="orange" variant="light" tt="none">
            {t('import.preview.existingMatch', { label: row.existing.label })}
          </Badge>
        )}
        {row.warnings.map((warning) => (
          <Text key={warning.field} size="xs" c="dimmed">
            {t('import.preview.warning', {
              value: warning.value,
              field: targetLabel(t, warning.field),
            })}
          </Text>
        ))}
        {!row.inFile && !row.existing && (
          <Badge color="green" variant="light" tt="none">
            {t('import.preview.ok')}
          </Badge>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 5 }} aria-label={t('import.preview.summary')}>
        <Stat label={t('import.preview.total')} value={format.number(summary.total)} />
        <Stat
          label={t('import.preview.valid')}
          value={format.number(summary.valid)}
          color="green"
        />
        <Stat
          label={t('import.preview.invalid')}
          value={format.number(summary.invalid)}
          color="red"
        />
        <Stat label={t('import.preview.inFile')} value={format.number(summary.inFileDuplicates)} />
        <Stat
          label={t('import.preview.existing')}
          value={format.number(summary.existingDuplicates)}
        />
      </SimpleGrid>
      {duplicates > 0 && (
        <Radio.Group
          label={t('import.preview.duplicates')}
          description={
            plan.entity === 'products' ? t('import.preview.productsNoCreate') : undefined
          }
          value={wizard.policy}
          onChange={(value) => wizard.setPolicy(value as (typeof duplicatePolicies)[number])}
        >
          <Group mt="xs">
            {policies.map((policy) => (
              <Radio key={policy} value={policy} label={t(`import.preview.policy.${policy}`)} />
            ))}
          </Group>
        </Radio.Group>
      )}
      <SegmentedControl
        aria-label={t('import.preview.show')}
        value={filter}
        onChange={(value) => setFilter(value === 'all' ? 'all' : 'problems')}
        data={[
          { value: 'problems', label: t('import.preview.showProblems') },
          { value: 'all', label: t('import.preview.showAll') },
        ]}
        w="fit-content"
      />
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('import.preview.none')}
        </Text>
      ) : (
        <Table striped withTableBorder aria-label={t('import.preview.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('import.preview.row')}</Table.Th>
              <Table.Th>{t('import.preview.record')}</Table.Th>
              <Table.Th>{t('import.preview.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, shownRows).map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td>{row.label || '—'}</Table.Td>
                <Table.Td>{stateOf(row)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > shownRows && (
        <Text size="sm" c="dimmed">
          {t('import.preview.more', {
            count: rows.length - shownRows,
            formatted: format.number(rows.length - shownRows),
          })}
        </Text>
      )}
      {progress && <ImportProgressBar progress={progress} />}
      {wizard.error !== undefined && (
        <Alert color="red">
          {t('import.report.error', {
            message: isDomainError(wizard.error)
              ? issueLabel(t, wizard.error.code)
              : wizard.error instanceof Error
                ? wizard.error.message
                : String(wizard.error),
          })}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" disabled={!!progress} onClick={() => wizard.setStep('mapping')}>
          {t('import.actions.back')}
        </Button>
        <Button loading={!!progress} disabled={toImport <= 0} onClick={() => void wizard.start()}>
          {t('import.actions.start', {
            count: toImport,
            formatted: format.number(Math.max(toImport, 0)),
          })}
        </Button>
      </Group>
    </Stack>
  );
}
