import { describe, expect, it } from 'vitest';
import { stageTotals } from './stageTotals.ts';

describe('stageTotals', () => {
  const deals = [
    {
      id: 'a',
      stage: 'proposal' as const,
      amount: { amount: 1, currency: 'CNY' },
      probability: 50,
    },
    {
      id: 'b',
      stage: 'negotiation' as const,
      amount: { amount: 250_000, currency: 'CNY' },
      probability: 75,
    },
    {
      id: 'c',
      stage: 'proposal' as const,
      amount: { amount: 1, currency: 'CNY' },
      probability: 50,
    },
    {
      id: 'd',
      stage: 'proposal' as const,
      amount: { amount: 1_000, currency: 'JPY' },
      probability: 33,
    },
  ];

  it('totals every stage per currency, weighted sums rounded once', () => {
    const totals = stageTotals(deals);
    expect(totals.map((total) => total.stage)).toEqual([
      'prospecting',
      'qualification',
      'proposal',
      'negotiation',
      'closed_won',
      'closed_lost',
    ]);
    expect(totals[0]).toEqual({ stage: 'prospecting', count: 0, opportunities: [], amounts: [] });
    expect(totals[2]).toMatchObject({
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

  it('hands each column its deals in the order given, the same objects, counted as listed', () => {
    const columns = stageTotals(deals);
    expect(columns.map((column) => column.opportunities.map((deal) => deal.id))).toEqual([
      [],
      [],
      ['a', 'c', 'd'],
      ['b'],
      [],
      [],
    ]);
    expect(columns[3]?.opportunities[0]).toBe(deals[1]);
    for (const column of columns) expect(column.count).toBe(column.opportunities.length);
  });
});
