import { DomainError } from '../domain/DomainError.ts';
import type { ScoringRules } from '../domain/setting.ts';

/** What is wrong with one rule (or, with ruleId `*`, the rule set), for the settings editor. */
export type ScoringRuleProblem = {
  ruleId: string;
  problem:
    | 'duplicateId'
    | 'valueRequired'
    | 'valuesRequired'
    | 'rangeRequired'
    | 'rangeInverted'
    | 'currencyRequired'
    | 'questionRequired'
    | 'thresholdsInverted';
};

const numericFields = new Set(['companySize', 'budget', 'answer']);

/** Lists the problems of a scoring model that zod cannot see (operator needs, thresholds, unique ids); empty when sound. */
export function checkScoringRules(rules: ScoringRules): ScoringRuleProblem[] {
  const problems: ScoringRuleProblem[] = [];
  const seen = new Set<string>();
  for (const rule of [...rules.rules, ...(rules.engagementRules ?? [])]) {
    if (seen.has(rule.id)) problems.push({ ruleId: rule.id, problem: 'duplicateId' });
    seen.add(rule.id);
  }
  for (const rule of rules.rules) {
    const add = (problem: ScoringRuleProblem['problem']) =>
      problems.push({ ruleId: rule.id, problem });
    if (['equals', 'notEquals', 'contains'].includes(rule.operator) && rule.value.trim() === '') {
      add('valueRequired');
    }
    if (['oneOf', 'containsAny'].includes(rule.operator) && (rule.values ?? []).length === 0) {
      add('valuesRequired');
    }
    if (rule.operator === 'between') {
      if ((rule.min === undefined && rule.max === undefined) || !numericFields.has(rule.field)) {
        add('rangeRequired');
      } else if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        add('rangeInverted');
      }
      if (rule.field === 'budget' && rule.currency === undefined) add('currencyRequired');
    }
    if (rule.field === 'answer' && rule.questionId === undefined) add('questionRequired');
  }
  if (rules.warmFrom > rules.hotFrom) problems.push({ ruleId: '*', problem: 'thresholdsInverted' });
  return problems;
}

/** Throws `invalidScoringRule` (params: ruleId, problem) for the first problem of a scoring model; for saving settings. */
export function assertScoringRules(rules: ScoringRules): void {
  const [first] = checkScoringRules(rules);
  if (first !== undefined) {
    throw new DomainError(
      'invalidScoringRule',
      first,
      `Scoring rule "${first.ruleId}": ${first.problem}`,
    );
  }
}
