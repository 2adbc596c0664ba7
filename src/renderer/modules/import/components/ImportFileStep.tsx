import { Alert, Button, FileButton, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CsvEncoding } from '../../../../shared/intake/decodeCsvBytes.ts';
import { importEntities } from '../../../data/import/importTypes.ts';
import { useEventOptions } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import type { ImportWizardState } from '../hooks/useImportWizard.ts';

const encodings: readonly CsvEncoding[] = [
  'utf-8',
  'utf-8-bom',
  'gb18030',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

/** Step 1: what to import and which file, with the encoding it was read in. */
export function ImportFileStep({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { file } = wizard;
  const events = useEventOptions();
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('import.entity.label')}
        value={wizard.entity}
        onChange={(value) => wizard.setEntity(value as (typeof importEntities)[number])}
      >
        <Group mt="xs">
          {importEntities.map((entity) => (
            <Radio key={entity} value={entity} label={t(`import.entity.${entity}`)} />
          ))}
        </Group>
      </Radio.Group>
      {wizard.entity === 'leads' && events.length > 0 && (
        <NativeSelect
          label={t('import.file.event')}
          description={t('import.file.eventHint')}
          value={wizard.eventId}
          onChange={(event) => wizard.setEventId(event.currentTarget.value)}
          data={[
            { value: '', label: t('import.file.noEvent') },
            ...events.map((option) => ({ value: option.id, label: option.name })),
          ]}
          maw={420}
        />
      )}
      <Group align="flex-end">
        <FileButton
          onChange={(picked) => void wizard.pickFile(picked)}
          accept=".csv,.txt,text/csv"
          inputProps={{ 'aria-label': t('import.file.label') }}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            >
              {wizard.fileName || t('import.file.placeholder')}
            </Button>
          )}
        </FileButton>
        {file && (
          <NativeSelect
            label={t('import.file.encoding')}
            description={
              wizard.detectedEncoding
                ? t('import.file.detected', {
                    encoding: t(`import.encodings.${wizard.detectedEncoding}`),
                  })
                : undefined
            }
            value={file.encoding}
            onChange={(event) => wizard.setEncoding(event.currentTarget.value as CsvEncoding)}
            data={encodings.map((value) => ({ value, label: t(`import.encodings.${value}`) }))}
          />
        )}
      </Group>
      {file && (
        <Text size="sm">
          {t('import.file.rows', {
            count: file.records.length,
            formatted: format.number(file.records.length),
            columns: file.headers.length,
          })}
        </Text>
      )}
      {file && file.malformedRows.length > 0 && (
        <Alert color="yellow">
          {t('import.file.malformed', { count: file.malformedRows.length })}
        </Alert>
      )}
      {file && file.records.length === 0 && <Alert color="yellow">{t('import.file.empty')}</Alert>}
      <Group justify="flex-end">
        <Button
          disabled={!file || file.records.length === 0}
          onClick={() => wizard.setStep('mapping')}
        >
          {t('import.actions.next')}
        </Button>
      </Group>
    </Stack>
  );
}
