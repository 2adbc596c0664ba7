import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductCommands } from '../../../data/index.ts';
import { useQuoteAction } from '../../quotes/hooks/useQuoteAction.ts';

type Report = Awaited<ReturnType<ReturnType<typeof useProductCommands>['importProductsCsv']>>;

/** "Import CSV": reads a product file and reports what was imported and which rows were refused. */
export function CatalogImportButton() {
  const { t } = useTranslation();
  const { importProductsCsv } = useProductCommands();
  const { run, busy } = useQuoteAction();
  const [report, setReport] = useState<Report>();

  const handleFile = async (file: File | null) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await run(() => importProductsCsv(bytes));
    if (result) setReport(result);
  };

  return (
    <Stack gap="sm">
      <FileButton onChange={(file) => void handleFile(file)} accept=".csv,text/csv">
        {(props) => (
          <Button
            {...props}
            variant="default"
            loading={busy}
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('catalog.import.button')}
          </Button>
        )}
      </FileButton>
      {report && (
        <Alert
          color={report.issues.length > 0 ? 'orange' : 'teal'}
          title={t('catalog.import.imported', { count: report.imported })}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setReport(undefined)}
          role="status"
        >
          {report.issues.length === 0 ? (
            <Text size="sm">{t('catalog.import.noIssues')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {report.issues.slice(0, 50).map((issue) => (
                <List.Item key={`${issue.rowNumber}-${issue.field}-${issue.code}`}>
                  {t('catalog.import.issue', {
                    row: issue.rowNumber === 0 ? t('catalog.import.header') : issue.rowNumber,
                    field: issue.field,
                    problem: t(`catalog.import.codes.${issue.code}`, { defaultValue: issue.code }),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
