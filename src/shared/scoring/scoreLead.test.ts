import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { ScoringRules } from '../domain/setting.ts';
import type { EngagementActivity } from './engagementPoints.ts';
import { createLeadScorer, rateScore, scoreLead } from './scoreLead.ts';

const now = '2026-04-01T00:00:00.000Z';
const lead = { ...exampleRecords.leads, createdAt: now, eventId: undefined };
const visit = (occurredAt: string): EngagementActivity => ({
  type: 'visit',
  occurredAt,
  done: true,
});

const rules: ScoringRules = {
  kind: 'scoringRules',
  hotFrom: 50,
  warmFrom: 20,
  rules: [
    {
      id: 'buyer',
      label: { zh: '采购', en: 'Buyer' },
      field: 'title',
      operator: 'contains',
      value: '采购',
      points: 25,
    },
    { id: 'trade-show', field: 'source', operator: 'equals', value: 'trade_show', points: 20 },
    { id: 'freemail', field: 'email', operator: 'contains', value: '@qq.com', points: -10 },
  ],
  engagementRules: [
    {
      id: 'visits',
      label: { zh: '拜访', en: 'Visits' },
      signal: 'visit',
      points: 20,
      halfLifeDays: 30,
    },
  ],
};

describe('scoreLead', () => {
  it('adds fit and engagement points and explains each rule that fired', () => {
    const result = scoreLead({ lead, activities: [visit(now)], rules, now });
    expect(result).toEqual({
      score: 65,
      rating: 'hot',
      rawPoints: 65,
      reasons: [
        { ruleId: 'buyer', kind: 'fit', label: { zh: '采购', en: 'Buyer' }, points: 25 },
        {
          ruleId: 'trade-show',
          kind: 'fit',
          label: { zh: 'trade-show', en: 'trade-show' },
          points: 20,
        },
        {
          ruleId: 'visits',
          kind: 'engagement',
          label: { zh: '拜访', en: 'Visits' },
          points: 20,
          count: 1,
        },
      ],
    });
  });

  it('lets engagement fade with time (recency decay)', () => {
    const thirtyDaysAgo = '2026-03-02T00:00:00.000Z';
    const result = scoreLead({ lead, activities: [visit(thirtyDaysAgo)], rules, now });
    expect(result.reasons.at(-1)).toMatchObject({ ruleId: 'visits', points: 10 });
    expect(result.score).toBe(55);
    const muchLater = scoreLead({
      lead,
      activities: [visit(thirtyDaysAgo)],
      rules,
      now: '2026-12-01T00:00:00.000Z',
    });
    expect(muchLater.reasons.map((reason) => reason.ruleId)).toEqual(['buyer', 'trade-show']);
  });

  it('clamps the score to 0-100 while rawPoints keeps the sum', () => {
    const many = Array.from({ length: 5 }, () => visit(now));
    expect(scoreLead({ lead, activities: many, rules, now })).toMatchObject({
      score: 100,
      rawPoints: 145,
    });
    const poor = { ...lead, title: '', source: 'ad' as const, email: 'x@qq.com' };
    expect(scoreLead({ lead: poor, rules, now })).toMatchObject({
      score: 0,
      rawPoints: -10,
      rating: 'cold',
    });
  });

  it('normalizes by maxPoints so the model can use any point scale', () => {
    const scaled = { ...rules, maxPoints: 200 };
    expect(scoreLead({ lead, activities: [visit(now)], rules: scaled, now })).toMatchObject({
      score: 33,
      rawPoints: 65,
      rating: 'warm',
    });
  });

  it('rates by thresholds, inclusive at the boundary', () => {
    expect(rateScore(50, rules)).toBe('hot');
    expect(rateScore(49, rules)).toBe('warm');
    expect(rateScore(20, rules)).toBe('warm');
    expect(rateScore(19, rules)).toBe('cold');
  });

  it('still scores a legacy rule set (equals/notEquals/contains/isSet, no engagement)', () => {
    const legacy: ScoringRules = {
      kind: 'scoringRules',
      hotFrom: 60,
      warmFrom: 30,
      rules: [
        { id: 'src-ts', field: 'source', operator: 'equals', value: 'trade_show', points: 20 },
        { id: 'has-mail', field: 'email', operator: 'isSet', value: '', points: 5 },
        { id: 'not-edu', field: 'industry', operator: 'notEquals', value: 'Education', points: 5 },
      ],
    };
    expect(scoreLead({ lead, rules: legacy, now })).toMatchObject({ score: 30, rating: 'warm' });
  });

  it('gives the same result from a prepared scorer', () => {
    const scorer = createLeadScorer(rules);
    expect(scorer({ lead, activities: [visit(now)], now })).toEqual(
      scoreLead({ lead, activities: [visit(now)], rules, now }),
    );
  });

  it('scores zero with no rules', () => {
    const none: ScoringRules = { ...rules, rules: [], engagementRules: [] };
    expect(scoreLead({ lead, rules: none, now })).toEqual({
      score: 0,
      rating: 'cold',
      rawPoints: 0,
      reasons: [],
    });
  });
});
