import type { LeadRating } from '../domain/lead.ts';
import type { LocalizedText } from '../domain/localizedTextSchema.ts';
import type { ScoringRules } from '../domain/setting.ts';
import {
  type EngagementActivity,
  type EngagementLead,
  engagementPoints,
} from './engagementPoints.ts';
import { compileFitRule, type FitFields, matchFitRule } from './matchFitRule.ts';

/** The lead fields scoring reads. */
export type ScorableLead = FitFields & EngagementLead;

/** One rule that fired and the (rounded) points it gave: the "why" of a score. */
export type ScoreReason = {
  ruleId: string;
  kind: 'fit' | 'engagement';
  label: LocalizedText;
  points: number;
  /** Engagement rules: how many interactions counted. */
  count?: number;
};

export type LeadScore = {
  /** 0-100: the reasons' points scaled so the rules' `maxPoints` is 100, rounded and clamped. */
  score: number;
  rating: LeadRating;
  /** The unscaled, unclamped sum of the reasons' points. */
  rawPoints: number;
  reasons: ScoreReason[];
};

export type ScoreLeadInput = {
  lead: ScorableLead;
  /** The lead's interaction records; only done ones up to `now` count. */
  activities?: readonly EngagementActivity[];
  /** The clock, ISO UTC. */
  now: string;
};

const labelOf = (rule: { id: string; label?: LocalizedText | undefined }): LocalizedText =>
  rule.label ?? { zh: rule.id, en: rule.id };

/** Rates a 0-100 score: hot from `hotFrom`, warm from `warmFrom`, cold below. */
export function rateScore(
  score: number,
  rules: Pick<ScoringRules, 'hotFrom' | 'warmFrom'>,
): LeadRating {
  if (score >= rules.hotFrom) return 'hot';
  if (score >= rules.warmFrom) return 'warm';
  return 'cold';
}

/** Prepares a rule set once and returns a scorer for many leads (rescoring all leads after a rule change). */
export function createLeadScorer(rules: ScoringRules): (input: ScoreLeadInput) => LeadScore {
  const fitRules = rules.rules.map(compileFitRule);
  const engagementRules = rules.engagementRules ?? [];
  const maxPoints = rules.maxPoints ?? 100;
  return ({ lead, activities = [], now }) => {
    const nowMs = Date.parse(now);
    const reasons: ScoreReason[] = [];
    for (const rule of fitRules) {
      if (matchFitRule(lead, rule)) {
        reasons.push({ ruleId: rule.id, kind: 'fit', label: labelOf(rule), points: rule.points });
      }
    }
    for (const rule of engagementRules) {
      const { points, count } = engagementPoints({ rule, lead, activities, nowMs });
      const rounded = Math.round(points);
      if (count > 0 && rounded !== 0) {
        reasons.push({
          ruleId: rule.id,
          kind: 'engagement',
          label: labelOf(rule),
          points: rounded,
          count,
        });
      }
    }
    const rawPoints = reasons.reduce((sum, reason) => sum + reason.points, 0);
    const score = Math.max(0, Math.min(100, Math.round((rawPoints * 100) / maxPoints)));
    return { score, rating: rateScore(score, rules), rawPoints, reasons };
  };
}

/**
 * Scores a lead 0-100 with the company's scoring model: fit rules on its attributes plus
 * engagement rules on its activities (decayed by age at `now`), with the reasons that fired.
 */
export function scoreLead({
  rules,
  ...input
}: ScoreLeadInput & { rules: ScoringRules }): LeadScore {
  return createLeadScorer(rules)(input);
}
