import { Checkbox, NumberInput, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type SettingValue, taxRatesValueSchema } from '../../../../shared/domain/setting.ts';
import { bpsOf, newRowId, shown } from '../utils/numberInput.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type TaxRates = Extract<SettingValue, { kind: 'taxRates' }>;
type Rate = TaxRates['rates'][number];

export type TaxRatesEditorProps = {
  saved: TaxRates | undefined;
  canEdit: boolean;
  onSave: (value: TaxRates) => Promise<void>;
};

const fallback: TaxRates = { kind: 'taxRates', rates: [] };

/** The tax rates lines may use, one of them the default for new lines. */
export function TaxRatesEditor({ saved, canEdit, onSave }: TaxRatesEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.taxRates';
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={taxRatesValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <EditableRows<Rate>
          label={t(`${k}.title`)}
          rows={draft.rates}
          columns={[
            t(`${k}.labelZh`),
            t(`${k}.labelEn`),
            t(`${k}.rate`),
            t(`${k}.country`),
            t(`${k}.default`),
          ]}
          readOnly={readOnly}
          onChange={(rates) => setDraft({ ...draft, rates })}
          newRow={() => ({
            id: newRowId(),
            label: { zh: '', en: '' },
            rateBps: Number.NaN,
            isDefault: false,
          })}
          rowName={(row, index) => row.label.en || row.label.zh || String(index + 1)}
          renderRow={(row, index, update) => {
            const name = row.label.en || row.label.zh || String(index + 1);
            return (
              <>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.labelZhFor`, { index: index + 1 })}
                    value={row.label.zh}
                    disabled={readOnly}
                    error={error(`rates.${index}.label.zh`)}
                    onChange={(e) => update({ label: { ...row.label, zh: e.currentTarget.value } })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.labelEnFor`, { index: index + 1 })}
                    value={row.label.en}
                    disabled={readOnly}
                    error={error(`rates.${index}.label.en`)}
                    onChange={(e) => update({ label: { ...row.label, en: e.currentTarget.value } })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.rateFor`, { name })}
                    value={shown(row.rateBps, 100)}
                    decimalScale={2}
                    suffix=" %"
                    w={110}
                    disabled={readOnly}
                    error={error(`rates.${index}.rateBps`)}
                    onChange={(value) => update({ rateBps: bpsOf(value) })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.countryFor`, { name })}
                    value={row.country ?? ''}
                    w={80}
                    maxLength={2}
                    disabled={readOnly}
                    error={error(`rates.${index}.country`)}
                    onChange={(e) =>
                      update({ country: e.currentTarget.value.toUpperCase() || undefined })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={t(`${k}.defaultFor`, { name })}
                    checked={row.isDefault}
                    disabled={readOnly}
                    onChange={(e) => {
                      const isDefault = e.currentTarget.checked;
                      setDraft({
                        ...draft,
                        rates: draft.rates.map((rate, i) => ({
                          ...rate,
                          isDefault: i === index ? isDefault : isDefault ? false : rate.isDefault,
                        })),
                      });
                    }}
                  />
                </Table.Td>
              </>
            );
          }}
        />
      )}
    </SettingEditorCard>
  );
}
