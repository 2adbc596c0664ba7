import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Quote, QuoteStatus } from '../domain/quote.ts';
import { expireQuote, isQuoteExpired } from './quoteExpiry.ts';

const quote: Quote = { ...exampleRecords.quotes, status: 'sent', validUntil: '2026-04-05' };

describe('quote expiry', () => {
  it.each<[QuoteStatus, string, boolean]>([
    ['sent', '2026-04-05T23:59:59.999Z', false],
    ['sent', '2026-04-06T00:00:00.000Z', true],
    ['draft', '2026-05-01T00:00:00.000Z', true],
    ['approved', '2026-04-01T00:00:00.000Z', false],
    ['accepted', '2027-01-01T00:00:00.000Z', false],
    ['rejected', '2027-01-01T00:00:00.000Z', false],
    ['expired', '2026-01-01T00:00:00.000Z', true],
  ])('a %s quote valid until 2026-04-05 at %s: expired %s', (status, now, expired) => {
    expect(isQuoteExpired({ quote: { ...quote, status }, now })).toBe(expired);
  });

  it('expires a lapsed sent quote and leaves a valid one alone', () => {
    const at = '2026-04-06T08:00:00.000Z';
    expect(expireQuote({ quote, role: 'finance', now: at })).toMatchObject({
      status: 'expired',
      updatedAt: at,
    });
    expect(expireQuote({ quote, role: 'rep', now: '2026-04-05T08:00:00.000Z' })).toBe(quote);
    expect(() =>
      expireQuote({ quote: { ...quote, status: 'draft' }, role: 'rep', now: at }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
  });
});
