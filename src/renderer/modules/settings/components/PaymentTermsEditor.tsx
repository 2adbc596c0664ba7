import { Checkbox, NumberInput, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type PaymentTermsValue,
  paymentTermsValueSchema,
} from '../../../../shared/domain/companySettings.ts';
import { newRowId, numberOf, shown } from '../utils/numberInput.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type Term = PaymentTermsValue['terms'][number];

export type PaymentTermsEditorProps = {
  saved: PaymentTermsValue | undefined;
  canEdit: boolean;
  onSave: (value: PaymentTermsValue) => Promise<void>;
};

const fallback: PaymentTermsValue = { kind: 'paymentTerms', terms: [] };

/** Payment terms sales may offer on quotes (days after the invoice date). */
export function PaymentTermsEditor({ saved, canEdit, onSave }: PaymentTermsEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.paymentTerms';
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={paymentTermsValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <EditableRows<Term>
          label={t(`${k}.title`)}
          rows={draft.terms}
          columns={[t(`${k}.labelZh`), t(`${k}.labelEn`), t(`${k}.days`), t(`${k}.default`)]}
          readOnly={readOnly}
          onChange={(terms) => setDraft({ ...draft, terms })}
          newRow={() => ({ id: newRowId(), label: { zh: '', en: '' }, days: 30, isDefault: false })}
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
                    error={error(`terms.${index}.label.zh`)}
                    onChange={(e) => update({ label: { ...row.label, zh: e.currentTarget.value } })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.labelEnFor`, { index: index + 1 })}
                    value={row.label.en}
                    disabled={readOnly}
                    error={error(`terms.${index}.label.en`)}
                    onChange={(e) => update({ label: { ...row.label, en: e.currentTarget.value } })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.daysFor`, { name })}
                    value={shown(row.days)}
                    allowDecimal={false}
                    w={100}
                    disabled={readOnly}
                    error={error(`terms.${index}.days`)}
                    onChange={(value) => update({ days: numberOf(value) })}
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
                        terms: draft.terms.map((term, i) => ({
                          ...term,
                          isDefault: i === index ? isDefault : isDefault ? false : term.isDefault,
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
