import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { orderSchema } from '../domain/order.ts';
import { createOrder, createOrderFromQuote } from './createOrder.ts';

const rep = { id: 'user-wang-li', role: 'rep' as const };
const now = '2026-03-11T00:00:00.000Z';
const orderId = '0195a3c2-7f00-7000-8000-000000000f01';
const quote = {
  ...exampleRecords.quotes,
  contract: { startsOn: '2026-04-01', endsOn: '2027-03-31', paymentTermsDays: 45 },
};

describe('createOrderFromQuote', () => {
  it('copies lines, prices, terms and keeps the link', () => {
    const order = createOrderFromQuote({
      quote,
      account: exampleRecords.accounts,
      orderId,
      number: 'SO-2026-A7-0001',
      actor: rep,
      now,
    });
    expect(order).toMatchObject({
      id: orderId,
      quoteId: quote.id,
      quoteVersion: 2,
      opportunityId: quote.opportunityId,
      contractNumber: 'C-2026-0007',
      accountId: quote.accountId,
      status: 'draft',
      currency: 'CNY',
      totals: quote.totals,
      terms: quote.terms,
      paymentTermsDays: 45,
      shipTo: exampleRecords.accounts.address,
      shipments: [],
    });
    expect(order.lines.map((line) => [line.id, line.sourceLineId, line.unitPrice])).toEqual(
      quote.lines.map((line) => [line.id, line.id, line.unitPrice]),
    );
    expect(orderSchema.parse(order)).toEqual(order);
  });

  it('refuses a quote the customer has not accepted', () => {
    expect(() =>
      createOrderFromQuote({
        quote: { ...quote, status: 'sent' },
        orderId,
        number: 'SO-1',
        actor: rep,
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'quoteNotAccepted' }));
  });
});

describe('createOrder', () => {
  it('prices a direct order for an account', () => {
    const order = createOrder({
      account: { ...exampleRecords.accounts, paymentTermsDays: 15 },
      orderId,
      number: 'SO-2026-A7-0002',
      currency: 'CNY',
      lines: exampleRecords.quotes.lines,
      actor: rep,
      now,
    });
    expect(order).toMatchObject({
      status: 'draft',
      totals: exampleRecords.quotes.totals,
      paymentTermsDays: 15,
    });
    expect(orderSchema.parse(order)).toEqual(order);
  });
});
