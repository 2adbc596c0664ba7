import { Checkbox, List, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingValue } from '../../../../shared/domain/setting.ts';
import { useNextNumberPreview } from '../../../data/index.ts';
import { numberOf, shown } from '../utils/numberInput.ts';
import type { SettingEditorApi } from './SettingEditorCard.tsx';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;
type Series = NumberSeriesValue['series'][number];

export type NumberSeriesRowsProps = {
  editor: SettingEditorApi<NumberSeriesValue>;
  /** The series in use (every kind), to say which runs a change starts again. */
  saved: NumberSeriesValue;
};

/** One row per kind of document: its format inputs and the next number as it will print. */
export function NumberSeriesRows({ editor, saved }: NumberSeriesRowsProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.numberSeries';
  const { draft, setDraft, error, readOnly } = editor;
  const preview = useNextNumberPreview(draft);
  const update = (index: number, patch: Partial<Series>) =>
    setDraft({
      ...draft,
      series: draft.series.map((series, i) => (i === index ? { ...series, ...patch } : series)),
    });
  // A new prefix or year flag starts a new run (the digits alone do not): say so before saving.
  const restarted = draft.series.filter((series) => {
    const old = saved.series.find((entry) => entry.document === series.document);
    return old && (old.prefix !== series.prefix || old.includeYear !== series.includeYear);
  });

  return (
    <>
      <Table aria-label={t(`${k}.title`)} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${k}.document`)}</Table.Th>
            <Table.Th>{t(`${k}.prefix`)}</Table.Th>
            <Table.Th>{t(`${k}.includeYear`)}</Table.Th>
            <Table.Th>{t(`${k}.padding`)}</Table.Th>
            <Table.Th>{t(`${k}.nextNumber`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.series.map((series, index) => {
            const document = t(`${k}.documents.${series.document}`);
            const next = preview?.[series.document];
            return (
              <Table.Tr key={series.document}>
                <Table.Td>{document}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.prefixFor`, { document })}
                    value={series.prefix}
                    w={200}
                    styles={{ input: { fontFamily: 'monospace' } }}
                    disabled={readOnly}
                    error={error(`series.${index}.prefix`)}
                    onChange={(e) => update(index, { prefix: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={t(`${k}.includeYearFor`, { document })}
                    checked={series.includeYear}
                    disabled={readOnly}
                    onChange={(e) => update(index, { includeYear: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.paddingFor`, { document })}
                    value={shown(series.padding)}
                    allowDecimal={false}
                    w={90}
                    disabled={readOnly}
                    error={error(`series.${index}.padding`)}
                    onChange={(value) => update(index, { padding: numberOf(value) })}
                  />
                </Table.Td>
                <Table.Td>
                  <Text
                    ff="monospace"
                    size="sm"
                    aria-label={t(`${k}.previewFor`, { document })}
                    aria-live="polite"
                  >
                    {next?.number ?? '—'}
                  </Text>
                  {next?.provisional && (
                    <Text size="xs" c="dimmed">
                      {t(`${k}.provisional`, { number: next.provisional })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {restarted.length > 0 && (
        <List size="sm" c="orange.8">
          {restarted.map((series) => (
            <List.Item key={series.document}>
              {t(`${k}.restarts`, { document: t(`${k}.documents.${series.document}`) })}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
