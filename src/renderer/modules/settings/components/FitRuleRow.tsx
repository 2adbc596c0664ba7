import {
  ActionIcon,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type FitRule,
  scoredLeadFields,
  scoringOperators,
} from '../../../../shared/domain/setting.ts';
import { useLocalizedText } from '../../qualification/hooks/useLocalizedText.ts';

export type FitRuleRowProps = {
  rule: FitRule;
  readOnly: boolean;
  onChange: (rule: FitRule) => void;
  onRemove: () => void;
};

const numberOrUndefined = (value: string | number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : undefined;

/** One fit rule: which lead field, how it compares, with what, and its points. */
export function FitRuleRow({ rule, readOnly, onChange, onRemove }: FitRuleRowProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const name = rule.label ? localized(rule.label) : rule.id;
  const usesValues = rule.operator === 'oneOf' || rule.operator === 'containsAny';
  const usesRange = rule.operator === 'between';
  const usesValue = !usesValues && !usesRange && rule.operator !== 'isSet';
  const set = (patch: Partial<FitRule>) => onChange({ ...rule, ...patch });
  const label = rule.label ?? { zh: '', en: '' };

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="fieldset"
      aria-label={t('qualification.settings.rule', { name })}
      style={{ margin: 0 }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs" verticalSpacing="xs">
        <TextInput
          label={t('qualification.settings.labelEn')}
          value={label.en}
          readOnly={readOnly}
          onChange={(event) => set({ label: { ...label, en: event.currentTarget.value } })}
        />
        <TextInput
          label={t('qualification.settings.labelZh')}
          value={label.zh}
          readOnly={readOnly}
          onChange={(event) => set({ label: { ...label, zh: event.currentTarget.value } })}
        />
        <Select
          label={t('qualification.settings.field')}
          data={scoredLeadFields.map((field) => ({
            value: field,
            label: t(`qualification.settings.fields.${field}`),
          }))}
          value={rule.field}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(value) => {
            const field = scoredLeadFields.find((item) => item === value);
            if (field) set({ field });
          }}
        />
        <Select
          label={t('qualification.settings.operator')}
          data={scoringOperators.map((operator) => ({
            value: operator,
            label: t(`qualification.settings.operators.${operator}`),
          }))}
          value={rule.operator}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(value) => {
            const operator = scoringOperators.find((item) => item === value);
            if (operator) set({ operator });
          }}
        />
        {usesValue && (
          <TextInput
            label={t('qualification.settings.value')}
            value={rule.value}
            readOnly={readOnly}
            onChange={(event) => set({ value: event.currentTarget.value })}
          />
        )}
        {usesValues && (
          <TextInput
            label={t('qualification.settings.values')}
            value={(rule.values ?? []).join(', ')}
            readOnly={readOnly}
            onChange={(event) =>
              set({
                values: event.currentTarget.value
                  .split(/[,，]/)
                  .map((item) => item.trim())
                  .filter(Boolean),
              })
            }
          />
        )}
        {usesRange && (
          <>
            <NumberInput
              label={t('qualification.settings.min')}
              value={rule.min ?? ''}
              readOnly={readOnly}
              allowDecimal={false}
              onChange={(value) => set({ min: numberOrUndefined(value) })}
            />
            <NumberInput
              label={t('qualification.settings.max')}
              value={rule.max ?? ''}
              readOnly={readOnly}
              allowDecimal={false}
              onChange={(value) => set({ max: numberOrUndefined(value) })}
            />
          </>
        )}
        {usesRange && rule.field === 'budget' && (
          <TextInput
            label={t('qualification.settings.currency')}
            value={rule.currency ?? ''}
            readOnly={readOnly}
            maxLength={3}
            onChange={(event) => {
              const code = event.currentTarget.value.toUpperCase();
              set({ currency: code || undefined });
            }}
          />
        )}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            flex={1}
            label={t('qualification.settings.points')}
            value={rule.points}
            min={-100}
            max={100}
            allowDecimal={false}
            readOnly={readOnly}
            onChange={(value) => set({ points: numberOrUndefined(value) ?? 0 })}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('qualification.settings.removeRule', { name })}
              onClick={onRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      </SimpleGrid>
    </Paper>
  );
}
