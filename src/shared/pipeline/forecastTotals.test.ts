import { describe, expect, it } from 'vitest';
import type { SalesTarget } from '../domain/setting.ts';
import { forecastTargets } from './forecastTargets.ts';
import {
  type CurrencyForecast,
  type ForecastOpportunity,
  weightedPipeline,
} from './weightedPipeline.ts';

const deal = (
  ownerId: string,
  stage: ForecastOpportunity['stage'],
  amount: number,
  probability: number,
  expectedCloseDate: string,
  extra: Partial<ForecastOpportunity> = {},
): ForecastOpportunity => ({
  ownerId,
  stage,
  amount: { amount, currency: extra.amount?.currency ?? 'CNY' },
  probability,
  expectedCloseDate,
  ...extra,
});
const cny = (amount: number) => ({ amount, currency: 'CNY' });
const target = (month: string, scope: SalesTarget['scope'], subjectId: string, amount: number) => ({
  id: `${month}-${subjectId}`,
  month,
  scope,
  subjectId,
  amount: cny(amount),
});
const range = { from: '2026-04-01', to: '2026-06-30' };

// Each weighted row rounds half up on its own: 1 × 50 % is 0.5 → 1 in April and in May.
const opportunities = [
  deal('wang', 'proposal', 1, 50, '2026-04-10'),
  deal('li', 'proposal', 1, 50, '2026-05-10'),
  deal('wang', 'negotiation', 10_001, 75, '2026-04-20', { forecastCategory: 'commit' }),
  deal('li', 'qualification', 3_333, 33, '2026-06-02', { forecastCategory: 'best_case' }),
  deal('li', 'closed_won', 4_000, 100, '2026-05-01', { closedAt: '2026-05-03T02:00:00.000Z' }),
  deal('wang', 'closed_won', 9_000, 100, '2026-04-01', { closedAt: '2026-04-02T02:00:00.000Z' }),
];
const targets = [
  target('2026-04', 'owner', 'wang', 5_000),
  target('2026-05', 'owner', 'li', 6_000),
  target('2026-06', 'owner', 'zhao', 7_000),
];

const additive = ['open', 'weighted', 'commit', 'bestCase', 'closedWon', 'target'] as const;

/** Every total next to the sum of its column, as a reader adding up the table would get them. */
function columnSums(rows: CurrencyForecast[], total: CurrencyForecast | undefined) {
  const sum = (pick: (row: CurrencyForecast) => number | undefined) =>
    rows.reduce((acc, row) => acc + (pick(row) ?? 0), 0);
  return {
    totals: {
      openCount: total?.openCount,
      closedWonCount: total?.closedWonCount,
      ...Object.fromEntries(additive.map((key) => [key, total?.[key]?.amount ?? 0])),
    },
    sums: {
      openCount: sum((row) => row.openCount),
      closedWonCount: sum((row) => row.closedWonCount),
      ...Object.fromEntries(additive.map((key) => [key, sum((row) => row[key]?.amount)])),
    },
  };
}

describe('forecast totals', () => {
  for (const groupBy of ['month', 'owner'] as const) {
    it(`by ${groupBy}: every total is the sum of its column, the target included`, () => {
      const { groups, totals } = weightedPipeline({
        opportunities,
        groupBy,
        range,
        targets: forecastTargets({ targets, groupBy, range }),
      });
      const rows = groups.flatMap((group) => group.currencies);
      const { totals: shown, sums } = columnSums(rows, totals[0]);
      expect(shown).toEqual(sums);
      expect(totals[0]?.target).toEqual(cny(18_000));
    });
  }

  it('adds the weighted rows as rounded, not the unrounded deals', () => {
    const halves = opportunities.slice(0, 2);
    const { groups, totals } = weightedPipeline({ opportunities: halves, groupBy: 'month', range });
    expect(groups.map((group) => group.currencies[0]?.weighted.amount)).toEqual([1, 1, undefined]);
    expect(totals[0]?.weighted).toEqual(cny(2));
  });

  it('lists an owner who has a target but no deal in the range, so the total target adds up', () => {
    const { groups } = weightedPipeline({
      opportunities,
      groupBy: 'owner',
      range,
      targets: forecastTargets({ targets, groupBy: 'owner', range }),
    });
    const zhao = groups.find((group) => group.key === 'zhao')?.currencies[0];
    expect(zhao).toMatchObject({ openCount: 0, target: cny(7_000), remaining: cny(7_000) });
  });

  it('measures what remains against the total target, never below zero', () => {
    const { totals } = weightedPipeline({
      opportunities,
      groupBy: 'month',
      range,
      targets: forecastTargets({ targets, groupBy: 'month', range }),
    });
    // Won 13,000 of 18,000: April is 4,000 ahead, which makes up for part of May and June.
    expect(totals[0]?.remaining).toEqual(cny(5_000));
    const over = weightedPipeline({
      opportunities,
      groupBy: 'month',
      range,
      targets: [{ key: '2026-04', amount: cny(1_000) }],
    });
    expect(over.totals[0]?.remaining).toEqual(cny(0));
  });

  it('leaves the total target out when no row has one', () => {
    const { totals } = weightedPipeline({ opportunities, groupBy: 'month', range });
    expect(totals[0]).not.toHaveProperty('target');
    expect(totals[0]).not.toHaveProperty('remaining');
  });
});
