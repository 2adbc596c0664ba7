import { describe, expect, it } from 'vitest';
import { stageTotals } from './stageTotals.ts';

describe('stageTotals', () => {
  it('totals every stage per currency, weighted sums rounded once', () => {
    const totals = stageTotals([
      { stage: 'proposal', amount: { amount: 1, currency: 'CNY' }, probability: 50 },
      { stage: 'proposal', amount: { amount: 1, currency: 'CNY' }, probability: 50 },
      { stage: 'proposal', amount: { amount: 1_000, currency: 'JPY' }, probability: 33 },
      { stage: 'negotiation', amount: { amount: 250_000, currency: 'CNY' }, probability: 75 },
    ]);
    expect(totals.map((total) => total.stage)).toEqual([
      'prospecting',
      'qualification',
      'proposal',
      'negotiation',
      'closed_won',
      'closed_lost',
    ]);
    expect(totals[0]).toEqual({ stage: 'prospecting', count: 0, amounts: [] });
    expect(totals[2]).toEqual({
      stage: 'proposal',
      count: 3,
      amounts: [
        { amount: { amount: 2, currency: 'CNY' }, weighted: { amount: 1, currency: 'CNY' } },
        { amount: { amount: 1_000, currency: 'JPY' }, weighted: { amount: 330, currency: 'JPY' } },
      ],
    });
    expect(totals[3]?.amounts).toEqual([
      {
        amount: { amount: 250_000, currency: 'CNY' },
        weighted: { amount: 187_500, currency: 'CNY' },
      },
    ]);
  });
});
