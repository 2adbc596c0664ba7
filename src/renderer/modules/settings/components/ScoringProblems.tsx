import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScoringRules } from '../../../../shared/domain/setting.ts';
import type { ScoringRuleProblem } from '../../../../shared/scoring/checkScoringRules.ts';
import { useLocalizedText } from '../../qualification/hooks/useLocalizedText.ts';

/** What checkScoringRules found, in words, naming each rule by its label. */
export function ScoringProblems({
  problems,
  rules,
}: {
  problems: readonly ScoringRuleProblem[];
  rules: ScoringRules;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  if (problems.length === 0) return null;
  const nameOf = (ruleId: string) => {
    if (ruleId === '*') return t('qualification.settings.allRules');
    const rule = [...rules.rules, ...(rules.engagementRules ?? [])].find(
      (item) => item.id === ruleId,
    );
    return rule?.label ? localized(rule.label) || ruleId : ruleId;
  };
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('qualification.settings.problemsTitle')}
    >
      <List size="sm">
        {problems.map((item) => (
          <List.Item key={`${item.ruleId}-${item.problem}`}>
            {t('qualification.settings.problem', {
              rule: nameOf(item.ruleId),
              problem: t(`qualification.settings.problems.${item.problem}`),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
