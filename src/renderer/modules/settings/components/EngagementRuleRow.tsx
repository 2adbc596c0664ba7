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
import { type EngagementRule, engagementSignals } from '../../../../shared/domain/setting.ts';
import { useLocalizedText } from '../../qualification/hooks/useLocalizedText.ts';

export type EngagementRuleRowProps = {
  rule: EngagementRule;
  readOnly: boolean;
  onChange: (rule: EngagementRule) => void;
  onRemove: () => void;
};

const numberOrUndefined = (value: string | number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : undefined;

/** One engagement rule: what it counts, points each, how fast they fade and the cap. */
export function EngagementRuleRow({ rule, readOnly, onChange, onRemove }: EngagementRuleRowProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const name = rule.label ? localized(rule.label) : rule.id;
  const label = rule.label ?? { zh: '', en: '' };
  const set = (patch: Partial<EngagementRule>) => onChange({ ...rule, ...patch });

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
          label={t('qualification.settings.signal')}
          data={engagementSignals.map((signal) => ({
            value: signal,
            label: t(`qualification.settings.signals.${signal}`),
          }))}
          value={rule.signal}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(value) => {
            const signal = engagementSignals.find((item) => item === value);
            if (signal) set({ signal });
          }}
        />
        <Select
          label={t('qualification.settings.direction')}
          data={[
            { value: '', label: t('qualification.settings.anyDirection') },
            { value: 'inbound', label: t('qualification.settings.directions.inbound') },
            { value: 'outbound', label: t('qualification.settings.directions.outbound') },
          ]}
          value={rule.direction ?? ''}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(value) =>
            set({
              direction: value === 'inbound' || value === 'outbound' ? value : undefined,
            })
          }
        />
        <NumberInput
          label={t('qualification.settings.points')}
          value={rule.points}
          min={-100}
          max={100}
          allowDecimal={false}
          readOnly={readOnly}
          onChange={(value) => set({ points: numberOrUndefined(value) ?? 0 })}
        />
        <NumberInput
          label={t('qualification.settings.halfLife')}
          value={rule.halfLifeDays ?? ''}
          min={1}
          allowDecimal={false}
          readOnly={readOnly}
          onChange={(value) => set({ halfLifeDays: numberOrUndefined(value) })}
        />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            flex={1}
            label={t('qualification.settings.cap')}
            value={rule.maxPoints ?? ''}
            min={0}
            max={100}
            allowDecimal={false}
            readOnly={readOnly}
            onChange={(value) => set({ maxPoints: numberOrUndefined(value) })}
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
