import { NumberInput, Stack, Table, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currenciesValueSchema, type SettingValue } from '../../../../shared/domain/setting.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type Currencies = Extract<SettingValue, { kind: 'currencies' }>;
type Rate = Currencies['rates'][number];

export type CurrenciesEditorProps = {
  saved: Currencies | undefined;
  canEdit: boolean;
  onSave: (value: Currencies) => Promise<void>;
  today: string;
};

const fallback: Currencies = {
  kind: 'currencies',
  baseCurrency: 'CNY',
  enabled: ['CNY'],
  rates: [],
};

// Rates are exact decimals: 7.24 is { amount: 724, scale: 2 }, never a float in the record.
function scaled(value: number | string | bigint): Rate['rate'] {
  const text = String(value).trim();
  const match = /^(\d+)(?:\.(\d{1,12}))?$/.exec(text);
  if (!match) return { amount: Number.NaN, scale: 0 };
  const fraction = match[2] ?? '';
  return { amount: Number(`${match[1]}${fraction}`), scale: fraction.length };
}
const rateText = (rate: Rate['rate']) =>
  Number.isNaN(rate.amount) ? '' : (rate.amount / 10 ** rate.scale).toFixed(rate.scale);

/** The base (reporting) currency, the currencies sales may quote in, and reference rates. */
export function CurrenciesEditor({ saved, canEdit, onSave, today }: CurrenciesEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.currencies';
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={currenciesValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <Stack gap="sm">
          <TextInput
            label={t(`${k}.base`)}
            value={draft.baseCurrency}
            maxLength={3}
            w={160}
            disabled={readOnly}
            error={error('baseCurrency')}
            onChange={(e) =>
              setDraft({ ...draft, baseCurrency: e.currentTarget.value.toUpperCase() })
            }
          />
          <TagsInput
            label={t(`${k}.enabled`)}
            value={draft.enabled}
            disabled={readOnly}
            error={
              error('enabled') ?? draft.enabled.map((_, i) => error(`enabled.${i}`)).find(Boolean)
            }
            onChange={(enabled) =>
              setDraft({ ...draft, enabled: enabled.map((code) => code.trim().toUpperCase()) })
            }
          />
          <EditableRows<Rate>
            label={t(`${k}.rates`)}
            rows={draft.rates}
            columns={[
              t(`${k}.currency`),
              t(`${k}.rate`, { base: draft.baseCurrency }),
              t(`${k}.asOf`),
            ]}
            readOnly={readOnly}
            onChange={(rates) => setDraft({ ...draft, rates })}
            newRow={() => ({ currency: '', rate: { amount: Number.NaN, scale: 0 }, asOf: today })}
            rowName={(row, index) => row.currency || String(index + 1)}
            renderRow={(row, index, update) => {
              const name = row.currency || String(index + 1);
              return (
                <>
                  <Table.Td>
                    <TextInput
                      aria-label={t(`${k}.currencyFor`, { index: index + 1 })}
                      value={row.currency}
                      maxLength={3}
                      w={90}
                      disabled={readOnly}
                      error={error(`rates.${index}.currency`)}
                      onChange={(e) => update({ currency: e.currentTarget.value.toUpperCase() })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t(`${k}.rateFor`, { name })}
                      value={rateText(row.rate)}
                      decimalScale={6}
                      w={140}
                      disabled={readOnly}
                      error={
                        error(`rates.${index}.rate.amount`) ?? error(`rates.${index}.rate.scale`)
                      }
                      onChange={(value) => update({ rate: scaled(value) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      aria-label={t(`${k}.asOfFor`, { name })}
                      value={row.asOf}
                      w={160}
                      disabled={readOnly}
                      error={error(`rates.${index}.asOf`)}
                      onChange={(e) => update({ asOf: e.currentTarget.value })}
                    />
                  </Table.Td>
                </>
              );
            }}
          />
        </Stack>
      )}
    </SettingEditorCard>
  );
}
