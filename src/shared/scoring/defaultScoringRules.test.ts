import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { scoringRulesValueSchema } from '../domain/setting.ts';
import { checkScoringRules } from './checkScoringRules.ts';
import { defaultScoringRules } from './defaultScoringRules.ts';
import { scoreLead } from './scoreLead.ts';

const lead = exampleRecords.leads;
const now = lead.createdAt;

describe('defaultScoringRules', () => {
  it('is a valid, sound scoring setting', () => {
    expect(scoringRulesValueSchema.parse(defaultScoringRules)).toEqual(defaultScoringRules);
    expect(checkScoringRules(defaultScoringRules)).toEqual([]);
  });

  it('rates the example trade-show buyer cold until there is contact, then warm', () => {
    const first = scoreLead({ lead, rules: defaultScoringRules, now });
    // purchasing 8 + manager 6 + trade show 5 + phone 3 + met at the event today 8
    expect(first.reasons.map((reason) => [reason.ruleId, reason.points])).toEqual([
      ['title-buyer', 8],
      ['title-manager', 6],
      ['source-warm', 5],
      ['has-phone', 3],
      ['event', 8],
    ]);
    expect(first).toMatchObject({ score: 30, rating: 'cold' });
    const afterVisit = scoreLead({
      lead,
      activities: [{ type: 'visit', occurredAt: now, done: true }],
      rules: defaultScoringRules,
      now,
    });
    expect(afterVisit).toMatchObject({ score: 42, rating: 'warm' });
  });

  it('rates a BANT-qualified director with recent visits hot', () => {
    const director = {
      ...lead,
      title: '销售总监',
      companySize: 300,
      budget: { amount: 50_000_000, currency: 'CNY' },
      purchaseTimeline: 'immediate' as const,
      industry: '批发',
    };
    const activities = [
      { type: 'visit' as const, occurredAt: now, done: true },
      { type: 'call' as const, occurredAt: now, done: true },
    ];
    // 12 + 10 + 5 + 10 + 15 + 5 + 5 + 3 fit, 12 + 5 + 8 engagement
    const result = scoreLead({ lead: director, activities, rules: defaultScoringRules, now });
    expect(result).toMatchObject({ score: 90, rating: 'hot' });
  });
});
