import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  numberedDocuments,
  numberSeriesValueSchema,
  type SettingValue,
} from '../../../../shared/domain/setting.ts';
import { checkNumberSeries } from '../../../../shared/numbering/checkNumberSeries.ts';
import { numberFormatsOf } from '../../../../shared/numbering/documentNumber.ts';
import { NumberSeriesRows } from './NumberSeriesRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

export type NumberSeriesEditorProps = {
  saved: NumberSeriesValue | undefined;
  canEdit: boolean;
  onSave: (value: NumberSeriesValue) => Promise<void>;
  /** This device's code for offline numbers, when signed in. */
  deviceCode: string | undefined;
};

// Every kind gets a row: kinds the setting leaves out are numbered with the default format, and
// their counters start untouched (1), as the server expects of a kind it has not seen.
function withEveryKind(value: NumberSeriesValue | undefined): NumberSeriesValue {
  const formats = numberFormatsOf(value);
  return {
    ...value,
    kind: 'numberSeries',
    series: numberedDocuments.map(
      (document) =>
        value?.series.find((series) => series.document === document) ?? {
          ...formats[document],
          nextNumber: 1,
        },
    ),
  };
}

/**
 * Number series: the format of each kind's numbers (prefix, year, digits) with the next number
 * as it will print. Counters stay read only: devices and the server count, nobody types them.
 */
export function NumberSeriesEditor({
  saved,
  canEdit,
  onSave,
  deviceCode,
}: NumberSeriesEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.numberSeries';
  const before = saved ? withEveryKind(saved) : undefined;
  const fallback = withEveryKind(undefined);
  const name = (document: string) => t(`${k}.documents.${document}`);

  const check = (value: NumberSeriesValue) => {
    const messages = new Map<string, string>();
    for (const problem of checkNumberSeries({ before: saved, after: value })) {
      const index = value.series.findIndex((series) => series.document === problem.document);
      const path = index < 0 ? 'nextDeviceIndex' : `series.${index}.prefix`;
      if (messages.has(path)) continue;
      const other = 'other' in problem ? name(problem.other) : '';
      const document = problem.document ? name(problem.document) : '';
      const prefix = 'prefix' in problem ? problem.prefix : '';
      messages.set(path, t(`${k}.problems.${problem.problem}`, { document, other, prefix }));
    }
    return [...messages].map(([path, message]) => ({ path, message }));
  };

  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={numberSeriesValueSchema}
      saved={before}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
      check={check}
    >
      {(editor) => (
        <Stack gap="sm">
          <NumberSeriesRows editor={editor} saved={before ?? fallback} />
          <Alert
            icon={<IconInfoCircle size={18} />}
            color="blue"
            variant="light"
            title={t(`${k}.countersTitle`)}
          >
            <Stack gap={4}>
              <Text size="sm">{t(`${k}.counters`)}</Text>
              <Text size="sm">
                {deviceCode ? t(`${k}.deviceCode`, { code: deviceCode }) : t(`${k}.noDeviceCode`)}
              </Text>
              {saved?.nextDeviceIndex !== undefined && (
                <Text size="sm">{t(`${k}.devicesIssued`, { count: saved.nextDeviceIndex })}</Text>
              )}
            </Stack>
          </Alert>
        </Stack>
      )}
    </SettingEditorCard>
  );
}
