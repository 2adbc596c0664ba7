import { Alert, Button, Card, Group, NumberInput, Stack, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementRule, FitRule, ScoringRules } from '../../../../shared/domain/setting.ts';
import { newId } from '../../../../shared/ids/newId.ts';
import { checkScoringRules } from '../../../../shared/scoring/checkScoringRules.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { EngagementRuleRow } from './EngagementRuleRow.tsx';
import { FitRuleRow } from './FitRuleRow.tsx';
import { ScoringProblems } from './ScoringProblems.tsx';

export type ScoringRulesEditorProps = {
  rules: ScoringRules;
  canEdit: boolean;
  onSave: (rules: ScoringRules) => Promise<void>;
};

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, position) => (position === index ? item : current));
}

/** Edits the scoring model; problems show as you type and block saving; reps see it read-only. */
export function ScoringRulesEditor({ rules, canEdit, onSave }: ScoringRulesEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rules);
  const { run, busy: saving } = useCommand(errorMessage);
  useEffect(() => setDraft(rules), [rules]);
  const problems = useMemo(() => checkScoringRules(draft), [draft]);
  const readOnly = !canEdit;
  const engagement = draft.engagementRules ?? [];
  const changed = draft !== rules;

  const setFit = (fit: FitRule[]) => setDraft((current) => ({ ...current, rules: fit }));
  const setEngagement = (items: EngagementRule[]) =>
    setDraft((current) => ({ ...current, engagementRules: items }));

  const handleSave = async () => {
    await run(() => onSave(draft), t('qualification.settings.saved'));
  };

  return (
    <Stack gap="lg">
      {readOnly && (
        <Alert icon={<IconLock size={18} />} color="gray" variant="light">
          {t('qualification.settings.readOnly')}
        </Alert>
      )}
      <ScoringProblems problems={problems} rules={draft} />
      <Card
        withBorder
        radius="lg"
        padding="lg"
        component="section"
        aria-label={t('qualification.settings.thresholds')}
      >
        <Title order={2} fz="md" mb="md">
          {t('qualification.settings.thresholds')}
        </Title>
        <Group gap="md" align="flex-end">
          <NumberInput
            label={t('qualification.settings.hotFrom')}
            value={draft.hotFrom}
            allowDecimal={false}
            readOnly={readOnly}
            onChange={(value) =>
              typeof value === 'number' && setDraft({ ...draft, hotFrom: value })
            }
          />
          <NumberInput
            label={t('qualification.settings.warmFrom')}
            value={draft.warmFrom}
            allowDecimal={false}
            readOnly={readOnly}
            onChange={(value) =>
              typeof value === 'number' && setDraft({ ...draft, warmFrom: value })
            }
          />
          <NumberInput
            label={t('qualification.settings.maxPoints')}
            value={draft.maxPoints ?? 100}
            min={1}
            allowDecimal={false}
            readOnly={readOnly}
            onChange={(value) =>
              typeof value === 'number' && value >= 1 && setDraft({ ...draft, maxPoints: value })
            }
          />
        </Group>
      </Card>
      <Card
        withBorder
        radius="lg"
        padding="lg"
        component="section"
        aria-label={t('qualification.settings.fitRules')}
      >
        <Title order={2} fz="md" mb="md">
          {t('qualification.settings.fitRules')}
        </Title>
        <Stack gap="sm">
          {draft.rules.map((rule, index) => (
            <FitRuleRow
              key={rule.id}
              rule={rule}
              readOnly={readOnly}
              onChange={(next) => setFit(replaceAt(draft.rules, index, next))}
              onRemove={() => setFit(draft.rules.filter((_, position) => position !== index))}
            />
          ))}
          {!readOnly && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() =>
                  setFit([
                    ...draft.rules,
                    {
                      id: newId(Date.now()),
                      field: 'title',
                      operator: 'contains',
                      value: '',
                      points: 5,
                    },
                  ])
                }
              >
                {t('qualification.settings.addFitRule')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      <Card
        withBorder
        radius="lg"
        padding="lg"
        component="section"
        aria-label={t('qualification.settings.engagementRules')}
      >
        <Title order={2} fz="md" mb="md">
          {t('qualification.settings.engagementRules')}
        </Title>
        <Stack gap="sm">
          {engagement.map((rule, index) => (
            <EngagementRuleRow
              key={rule.id}
              rule={rule}
              readOnly={readOnly}
              onChange={(next) => setEngagement(replaceAt(engagement, index, next))}
              onRemove={() => setEngagement(engagement.filter((_, position) => position !== index))}
            />
          ))}
          {!readOnly && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() =>
                  setEngagement([
                    ...engagement,
                    { id: newId(Date.now()), signal: 'call', points: 5, halfLifeDays: 30 },
                  ])
                }
              >
                {t('qualification.settings.addEngagementRule')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      {!readOnly && (
        <Group justify="flex-end" gap="sm" pos="sticky" bottom={0} py="sm" bg="var(--fb-canvas)">
          <Button variant="default" disabled={!changed} onClick={() => setDraft(rules)}>
            {t('qualification.settings.reset')}
          </Button>
          <Button
            loading={saving}
            disabled={!changed || problems.length > 0}
            onClick={() => void handleSave()}
          >
            {t('qualification.settings.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
