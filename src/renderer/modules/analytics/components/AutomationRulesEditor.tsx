import { Checkbox, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type AutomationRule,
  type AutomationRulesValue,
  type AutomationTrigger,
  automationRulesValueSchema,
  defaultAutomationRules,
} from '../../../../shared/automation/automationRules.ts';
import { EditableRows } from '../../settings/components/EditableRows.tsx';
import { SettingEditorCard } from '../../settings/components/SettingEditorCard.tsx';
import { newRowId, numberOf, shown } from '../../settings/utils/numberInput.ts';

const triggers: readonly AutomationTrigger[] = [
  'leadBecameHot',
  'opportunityIdle',
  'quoteExpiring',
  'invoiceOverdue',
];

/** The one number each kind of rule takes, and its field name in the rule. */
function parameterOf(rule: AutomationRule): number {
  switch (rule.trigger) {
    case 'leadBecameHot':
      return rule.dueWithinMinutes;
    case 'opportunityIdle':
      return rule.idleDays;
    case 'quoteExpiring':
      return rule.daysBefore;
    case 'invoiceOverdue':
      return rule.daysOverdue;
  }
}

function withParameter(rule: AutomationRule, value: number): AutomationRule {
  switch (rule.trigger) {
    case 'leadBecameHot':
      return { ...rule, dueWithinMinutes: value };
    case 'opportunityIdle':
      return { ...rule, idleDays: value };
    case 'quoteExpiring':
      return { ...rule, daysBefore: value };
    case 'invoiceOverdue':
      return { ...rule, daysOverdue: value };
  }
}

function ruleFor(
  trigger: AutomationTrigger,
  base: Pick<AutomationRule, 'id' | 'name' | 'enabled'>,
): AutomationRule {
  switch (trigger) {
    case 'leadBecameHot':
      return { ...base, trigger, dueWithinMinutes: 60 };
    case 'opportunityIdle':
      return { ...base, trigger, idleDays: 14 };
    case 'quoteExpiring':
      return { ...base, trigger, daysBefore: 3 };
    case 'invoiceOverdue':
      return { ...base, trigger, daysOverdue: 7 };
  }
}

export type AutomationRulesEditorProps = {
  saved: AutomationRulesValue | undefined;
  canEdit: boolean;
  onSave: (value: AutomationRulesValue) => Promise<void>;
};

/** Managers switch rules on and off and tune them; every device applies them as data changes. */
export function AutomationRulesEditor({ saved, canEdit, onSave }: AutomationRulesEditorProps) {
  const { t } = useTranslation();
  const k = 'analytics.automation';
  return (
    <SettingEditorCard
      title={t(`${k}.title`)}
      description={t(`${k}.description`)}
      schema={automationRulesValueSchema}
      saved={saved}
      fallback={defaultAutomationRules}
      canEdit={canEdit}
      onSave={onSave}
    >
      {({ draft, setDraft, error, readOnly }) => (
        <EditableRows<AutomationRule>
          label={t(`${k}.title`)}
          rows={draft.rules}
          columns={[t(`${k}.enabled`), t(`${k}.name`), t(`${k}.trigger`), t(`${k}.parameter`)]}
          readOnly={readOnly}
          onChange={(rules) => setDraft({ ...draft, rules })}
          newRow={() => ruleFor('leadBecameHot', { id: newRowId(), name: '', enabled: true })}
          rowName={(row, index) => row.name || String(index + 1)}
          renderRow={(row, index, update) => {
            const name = row.name || String(index + 1);
            return (
              <>
                <Table.Td>
                  <Checkbox
                    aria-label={t(`${k}.enabledFor`, { name })}
                    checked={row.enabled}
                    disabled={readOnly}
                    onChange={(event) => update({ enabled: event.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t(`${k}.nameFor`, { index: index + 1 })}
                    value={row.name}
                    disabled={readOnly}
                    error={error(`rules.${index}.name`)}
                    onChange={(event) => update({ name: event.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t(`${k}.triggerFor`, { name })}
                    value={row.trigger}
                    disabled={readOnly}
                    allowDeselect={false}
                    data={triggers.map((value) => ({ value, label: t(`${k}.triggers.${value}`) }))}
                    onChange={(value) => {
                      if (!value) return;
                      const rules = draft.rules.map((rule, i) =>
                        i === index
                          ? ruleFor(value as AutomationTrigger, {
                              id: rule.id,
                              name: rule.name,
                              enabled: rule.enabled,
                            })
                          : rule,
                      );
                      setDraft({ ...draft, rules });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t(`${k}.parameterFor`, { name })}
                    description={t(`${k}.units.${row.trigger}`)}
                    value={shown(parameterOf(row))}
                    allowDecimal={false}
                    w={120}
                    disabled={readOnly}
                    error={error(
                      `rules.${index}.${Object.keys(row).find((key) => !['id', 'name', 'enabled', 'trigger'].includes(key)) ?? ''}`,
                    )}
                    onChange={(value) => {
                      const rules = draft.rules.map((rule, i) =>
                        i === index ? withParameter(rule, numberOf(value)) : rule,
                      );
                      setDraft({ ...draft, rules });
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
