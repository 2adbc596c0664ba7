import { describe, expect, it } from 'vitest';
import { eventRoi } from './eventMetrics.ts';
import {
  averageSalesCycleDays,
  pipelineFunnel,
  pipelineValue,
  salesVelocity,
  winRate,
  wonAgainstTarget,
} from './pipelineMetrics.ts';
import { reportingCurrency } from './reportingCurrency.ts';

const q4 = { start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };
const cny = reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' });

type Shape = Parameters<typeof pipelineFunnel>[0]['opportunities'][number];
function deal(id: string, partial: Partial<Shape>): Shape {
  return {
    id,
    stage: 'prospecting',
    amount: { amount: 1_000_000, currency: 'CNY' },
    probability: 10,
    createdAt: '2026-10-01T08:00:00.000Z',
    ...partial,
  };
}
const change = (from: Shape['stage'], to: Shape['stage']) => ({
  from,
  to,
  at: '2026-10-05T00:00:00.000Z',
  by: 'u1',
});

const deals: Shape[] = [
  deal('D1', { stage: 'prospecting' }),
  deal('D2', {
    stage: 'proposal',
    probability: 50,
    amount: { amount: 2_000_000, currency: 'CNY' },
  }),
  // Won after 30 days and 60 days.
  deal('D3', {
    stage: 'closed_won',
    probability: 100,
    closedAt: '2026-10-31T08:00:00.000Z',
    stageHistory: [change('negotiation', 'closed_won')],
  }),
  deal('D4', {
    stage: 'closed_won',
    probability: 100,
    amount: { amount: 3_000_000, currency: 'CNY' },
    closedAt: '2026-11-30T08:00:00.000Z',
  }),
  // Lost after reaching qualification.
  deal('D5', {
    stage: 'closed_lost',
    probability: 0,
    closedAt: '2026-11-15T08:00:00.000Z',
    stageHistory: [change('prospecting', 'qualification'), change('qualification', 'closed_lost')],
  }),
];

describe('pipeline metrics', () => {
  it('builds the funnel from the furthest stage each deal reached', () => {
    const funnel = pipelineFunnel({ opportunities: deals, period: q4 });
    expect(funnel.map((step) => [step.stage, step.ids.length])).toEqual([
      ['prospecting', 5],
      ['qualification', 4],
      ['proposal', 3],
      ['negotiation', 2],
      ['closed_won', 2],
    ]);
    expect(funnel[0]?.fromPrevious).toBeUndefined();
    expect(funnel[1]?.fromPrevious).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(funnel[4]?.fromPrevious?.value).toBe(1);
  });

  it('values open deals and weights them by probability', () => {
    // D1 ¥10,000 × 10 % + D2 ¥20,000 × 50 % = ¥1,000 + ¥10,000.
    expect(pipelineValue({ opportunities: deals, reporting: cny })).toEqual({
      ids: ['D1', 'D2'],
      value: 3_000_000,
      weighted: 1_100_000,
      excluded: 0,
    });
  });

  it('computes win rate, cycle and velocity over deals closed in the period', () => {
    expect(winRate({ opportunities: deals, period: q4 })).toMatchObject({
      numerator: 2,
      denominator: 3,
      wonIds: ['D3', 'D4'],
      lostIds: ['D5'],
    });
    expect(averageSalesCycleDays({ opportunities: deals, period: q4 })).toBe(45);
    // 2 open × 2/3 × ¥20,000 average won ÷ 45 days = ¥592.59 per day.
    expect(salesVelocity({ opportunities: deals, period: q4, reporting: cny })).toEqual({
      openCount: 2,
      winRate: 2 / 3,
      averageWonAmount: 2_000_000,
      cycleDays: 45,
      perDay: 59_259,
    });
    expect(
      wonAgainstTarget({ opportunities: deals, period: q4, reporting: cny, target: 8_000_000 }),
    ).toEqual({
      won: 4_000_000,
      target: 8_000_000,
      attainment: { numerator: 4_000_000, denominator: 8_000_000, value: 0.5 },
    });
  });

  it('has no rates for a period with nothing closed', () => {
    const empty = { start: '2026-01-01T00:00:00.000Z', end: '2026-02-01T00:00:00.000Z' };
    expect(winRate({ opportunities: deals, period: empty }).value).toBeUndefined();
    expect(
      salesVelocity({ opportunities: deals, period: empty, reporting: cny }).perDay,
    ).toBeUndefined();
    expect(
      pipelineFunnel({ opportunities: [], period: q4 }).every((step) => step.ids.length === 0),
    ).toBe(true);
  });
});

describe('event ROI', () => {
  it('credits won deals tagged with the event or converted from its leads', () => {
    const rows = eventRoi({
      events: [
        { id: 'E1', name: 'Canton Fair', cost: { amount: 1_000_000, currency: 'CNY' } },
        { id: 'E2', name: 'No cost known' },
      ],
      leads: [{ id: 'L1', eventId: 'E1' }],
      opportunities: [
        {
          id: 'D3',
          stage: 'closed_won',
          amount: { amount: 1_500_000, currency: 'CNY' },
          eventId: 'E1',
        },
        {
          id: 'D4',
          stage: 'closed_won',
          amount: { amount: 1_000_000, currency: 'CNY' },
          leadId: 'L1',
        },
        {
          id: 'D6',
          stage: 'negotiation',
          amount: { amount: 9_000_000, currency: 'CNY' },
          eventId: 'E1',
        },
      ],
      reporting: cny,
    });
    expect(rows).toEqual([
      {
        eventId: 'E1',
        name: 'Canton Fair',
        cost: 1_000_000,
        wonIds: ['D3', 'D4'],
        wonRevenue: 2_500_000,
        roi: 2.5,
      },
      {
        eventId: 'E2',
        name: 'No cost known',
        cost: undefined,
        wonIds: [],
        wonRevenue: 0,
        roi: undefined,
      },
    ]);
  });
});
