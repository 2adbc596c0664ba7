import type { Lead, LeadRating } from '../domain/lead.ts';
import type { SettingValue } from '../domain/setting.ts';

type ScoringRules = Extract<SettingValue, { kind: 'scoringRules' }>;
type ScoredFields = Pick<Lead, ScoringRules['rules'][number]['field']>;

export type LeadScore = { score: number; suggestedRating: LeadRating; matchedRuleIds: string[] };

const fold = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Scores a lead with the company's scoring rules: each matching rule adds its points (equals
 * and contains ignore case and surrounding spaces; isSet means not blank), and the total maps to
 * a suggested rating through the hot/warm thresholds.
 */
export function scoreLead({ lead, rules }: { lead: ScoredFields; rules: ScoringRules }): LeadScore {
  let score = 0;
  const matchedRuleIds: string[] = [];
  for (const rule of rules.rules) {
    const value = fold(lead[rule.field] ?? '');
    const expected = fold(rule.value);
    const matches =
      rule.operator === 'equals'
        ? value === expected
        : rule.operator === 'notEquals'
          ? value !== expected
          : rule.operator === 'contains'
            ? expected !== '' && value.includes(expected)
            : value !== '';
    if (matches) {
      score += rule.points;
      matchedRuleIds.push(rule.id);
    }
  }
  const suggestedRating: LeadRating =
    score >= rules.hotFrom ? 'hot' : score >= rules.warmFrom ? 'warm' : 'cold';
  return { score, suggestedRating, matchedRuleIds };
}
