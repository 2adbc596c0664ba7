import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/DomainError.ts';
import { type ForecastOpportunity, weightedPipeline } from './weightedPipeline.ts';

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
const usd = (amount: number) => ({ amount, currency: 'USD' });

const opportunities = [
  deal('u1', 'proposal', 100_000, 50, '2026-04-15'), // A: best case, 5_000_000
  deal('u1', 'negotiation', 333_333, 75, '2026-04-20'), // B: commit, 24_999_975
  deal('u2', 'qualification', 10_001, 20, '2026-05-10'), // C: pipeline, 200_020
  deal('u2', 'prospecting', 50_000, 10, '2026-05-11', { forecastCategory: 'omitted' }), // D
  // E: won 01:00 on 1 April in Shanghai, still 31 March in UTC
  deal('u1', 'closed_won', 200_000, 100, '2026-03-30', { closedAt: '2026-03-31T17:00:00.000Z' }),
  deal('u2', 'closed_lost', 999, 0, '2026-04-10'), // F: left out
  deal('u1', 'proposal', 10_001, 50, '2026-06-01', { amount: usd(10_001) }), // G: 500_050
  deal('u1', 'negotiation', 70_000, 75, '2026-07-01'), // H: after the range
];
const range = { from: '2026-04-01', to: '2026-06-30' };
const zero = { openCount: 0, closedWonCount: 0 };

describe('weightedPipeline', () => {
  it('groups by close month, per currency, with every month of the range', () => {
    const { groups, totals } = weightedPipeline({
      opportunities,
      groupBy: 'month',
      range,
      utcOffsetMinutes: 480,
      targets: [
        { key: '2026-04', amount: cny(500_000) },
        { key: '2026-06', amount: cny(100_000) },
      ],
    });
    expect(groups).toEqual([
      {
        key: '2026-04',
        currencies: [
          {
            currency: 'CNY',
            openCount: 2,
            open: cny(433_333),
            weighted: cny(300_000), // 29_999_975 / 100 = 299_999.75
            commit: cny(333_333),
            bestCase: cny(433_333),
            closedWonCount: 1,
            closedWon: cny(200_000),
            target: cny(500_000),
            remaining: cny(300_000),
          },
        ],
      },
      {
        key: '2026-05',
        currencies: [
          {
            currency: 'CNY',
            openCount: 2,
            open: cny(60_001),
            weighted: cny(2_000), // D is omitted; 200_020 / 100 = 2_000.2
            commit: cny(0),
            bestCase: cny(0),
            closedWonCount: 0,
            closedWon: cny(0),
          },
        ],
      },
      {
        key: '2026-06',
        currencies: [
          {
            ...zero,
            currency: 'CNY',
            open: cny(0),
            weighted: cny(0),
            commit: cny(0),
            bestCase: cny(0),
            closedWon: cny(0),
            target: cny(100_000),
            remaining: cny(100_000),
          },
          {
            currency: 'USD',
            openCount: 1,
            open: usd(10_001),
            weighted: usd(5_001), // 5_000.5 rounds half up
            commit: usd(0),
            bestCase: usd(10_001),
            closedWonCount: 0,
            closedWon: usd(0),
          },
        ],
      },
    ]);
    expect(
      totals.map((total) => [total.currency, total.weighted.amount, total.open.amount]),
    ).toEqual([
      ['CNY', 302_000, 493_334], // 30_199_995 / 100 = 301_999.95
      ['USD', 5_001, 10_001],
    ]);
  });

  it('counts a won deal on the UTC day by default', () => {
    const { totals } = weightedPipeline({ opportunities, groupBy: 'month', range });
    expect(totals.find((total) => total.currency === 'CNY')?.closedWonCount).toBe(0);
  });

  it('groups by owner', () => {
    const { groups } = weightedPipeline({
      opportunities,
      groupBy: 'owner',
      range,
      utcOffsetMinutes: 480,
      targets: [{ key: 'u1', amount: cny(150_000) }],
    });
    expect(
      groups.map((group) => [
        group.key,
        group.currencies.map((c) => [
          c.currency,
          c.openCount,
          c.weighted.amount,
          c.closedWon.amount,
          c.remaining?.amount,
        ]),
      ]),
    ).toEqual([
      [
        'u1',
        [
          ['CNY', 2, 300_000, 200_000, 0],
          ['USD', 1, 5_001, 0, undefined],
        ],
      ],
      ['u2', [['CNY', 2, 2_000, 0, undefined]]],
    ]);
  });

  it('rounds the weighted sum once, not per deal', () => {
    const halves = [
      deal('u1', 'proposal', 1, 50, '2026-04-01'),
      deal('u1', 'proposal', 1, 50, '2026-04-02'),
    ];
    const { totals } = weightedPipeline({ opportunities: halves, groupBy: 'owner', range });
    expect(totals[0]?.weighted).toEqual(cny(1));
  });

  it('refuses a bad range', () => {
    const bad = () =>
      weightedPipeline({
        opportunities,
        groupBy: 'month',
        range: { from: '2026-06-01', to: '2026-04-01' },
      });
    expect(bad).toThrow(expect.objectContaining({ code: 'invalidDateRange' }));
    try {
      weightedPipeline({
        opportunities,
        groupBy: 'month',
        range: { from: '2026-4-1', to: '2026-06-01' },
      });
    } catch (error) {
      expect(isDomainError(error, 'invalidDateRange')).toBe(true);
    }
  });

  it('spans a year boundary', () => {
    const { groups } = weightedPipeline({
      opportunities: [],
      groupBy: 'month',
      range: { from: '2026-11-15', to: '2027-02-01' },
    });
    expect(groups.map((group) => group.key)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
