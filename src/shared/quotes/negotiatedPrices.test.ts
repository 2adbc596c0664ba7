import { describe, expect, it } from 'vitest';
import type { NegotiatedPrice } from '../domain/account.ts';
import {
  assertPriceNegotiator,
  withNegotiatedPrice,
  withoutNegotiatedPrice,
} from './negotiatedPrices.ts';

const pump = '0190a000-0000-7000-8000-0000000000a1';
const valve = '0190a000-0000-7000-8000-0000000000b2';
const prices: NegotiatedPrice[] = [
  { productId: pump, price: { amount: 90_000, currency: 'CNY' } },
  { productId: pump, price: { amount: 12_000, currency: 'EUR' } },
];

describe('negotiated prices', () => {
  it('replaces the price for the same product and currency and keeps the others', () => {
    const next = withNegotiatedPrice({
      account: { negotiatedPrices: prices },
      entry: {
        productId: pump,
        price: { amount: 85_000, currency: 'CNY' },
        validUntil: '2026-12-31',
      },
    });
    expect(next).toEqual([
      prices[1],
      { productId: pump, price: { amount: 85_000, currency: 'CNY' }, validUntil: '2026-12-31' },
    ]);
  });

  it('adds a price for another product and removes one by product and currency', () => {
    const added = withNegotiatedPrice({
      account: {},
      entry: { productId: valve, price: { amount: 5_000, currency: 'CNY' } },
    });
    expect(added).toHaveLength(1);
    expect(
      withoutNegotiatedPrice({
        account: { negotiatedPrices: prices },
        productId: pump,
        currency: 'EUR',
      }),
    ).toEqual([prices[0]]);
  });

  it.each([
    ['rep', true],
    ['finance', true],
    ['manager', false],
    ['admin', false],
  ] as const)('a %s is refused: %s', (role, refused) => {
    const attempt = () => assertPriceNegotiator(role);
    if (refused) expect(attempt).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    else expect(attempt).not.toThrow();
  });
});
