import { NumberInput, Select, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../../shared/domain/roles.ts';
import {
  approvalThresholdsValueSchema,
  type SettingValue,
} from '../../../../shared/domain/setting.ts';
import { currencyExponent, isKnownCurrency } from '../../../../shared/money/currencies.ts';
import { bpsOf, newRowId, numberOf, shown } from '../utils/numberInput.ts';
import { EditableRows } from './EditableRows.tsx';
import { SettingEditorCard } from './SettingEditorCard.tsx';

type Thresholds = Extract<SettingValue, { kind: 'approvalThresholds' }>;
type Rule = Thresholds['rules'][number];

export type ApprovalThresholdsEditorProps = {
  saved: Thresholds | undefined;
  canEdit: boolean;
  onSave: (value: Thresholds) => Promise<void>;
};

const fallback: Thresholds = { kind: 'approvalThresholds', rules: [] };
const unit = (currency: string) =>
  10 ** (isKnownCurrency(currency) ? currencyExponent(currency) : 2);

/** When a quote needs approval: above a discount or a total, per currency, and by which role. */
export function ApprovalThresholdsEditor({
  saved,
  canEdit,
  onSave,
}: ApprovalThresholdsEditorProps) {
  const { t } = useTranslation();
  const k = 'admin.settings.approvalThresholds';
  const roleOptions = roles.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }));
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={approvalThresholdsValueSchema}
      saved={saved}
      fallback={fallback}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <EditableRows<Rule>
          label={t(`${k}.title`)}
          rows={draft.rules}
          columns={[
            t(`${k}.currency`),
            t(`${k}.maxDiscount`),
            t(`${k}.maxTotal`),
            t(`${k}.approver`),
          ]}
          readOnly={readOnly}
          onChange={(rules) => setDraft({ ...draft, rules })}
          newRow={() => ({
            id: newRowId(),
            currency: 'CNY',
            maxDiscountBps: 1000,
            approverRole: 'manager',
          })}
          rowName={(row, index) => `${row.currency} ${index + 1}`}
          renderRow={(row, index, update) => {
            const name = `${row.currency} ${index + 1}`;
            return (
              <>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.currencyFor`, { index: index + 1 })}
                    value={row.currency}
                    w={90}
                    maxLength={3}
                    disabled={readOnly}
                    error={error(`rules.${index}.currency`)}
                    onChange={(e) => update({ currency: e.currentTarget.value.toUpperCase() })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.maxDiscountFor`, { name })}
                    value={shown(row.maxDiscountBps, 100)}
                    decimalScale={2}
                    suffix=" %"
                    w={110}
                    disabled={readOnly}
                    error={error(`rules.${index}.maxDiscountBps`)}
                    onChange={(value) => update({ maxDiscountBps: bpsOf(value) })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.maxTotalFor`, { name })}
                    placeholder={t(`${k}.noLimit`)}
                    value={
                      row.maxTotal === undefined ? '' : shown(row.maxTotal, unit(row.currency))
                    }
                    thousandSeparator=","
                    w={160}
                    disabled={readOnly}
                    error={error(`rules.${index}.maxTotal`)}
                    onChange={(value) =>
                      update({
                        maxTotal:
                          value === ''
                            ? undefined
                            : Math.round(numberOf(value) * unit(row.currency)),
                      })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t(`${k}.approverFor`, { name })}
                    data={roleOptions}
                    value={row.approverRole}
                    allowDeselect={false}
                    w={140}
                    disabled={readOnly}
                    onChange={(value) => {
                      const role = roles.find((candidate) => candidate === value);
                      if (role) update({ approverRole: role });
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
