import { describe, expect, it } from 'vitest';
import { quoteTotalInBase, snapshotExchangeRate } from './exchangeRateSnapshot.ts';

const currencies = {
  kind: 'currencies' as const,
  baseCurrency: 'CNY',
  enabled: ['CNY', 'USD', 'JPY', 'EUR'],
  rates: [
    { currency: 'USD', rate: { amount: 72_400, scale: 4 }, asOf: '2026-03-01' },
    { currency: 'USD', rate: { amount: 71_950, scale: 4 }, asOf: '2026-03-05' },
    { currency: 'JPY', rate: { amount: 4_812, scale: 5 }, asOf: '2026-03-05' },
  ],
};

describe('exchange-rate snapshot', () => {
  it('freezes the latest rate to the base currency', () => {
    expect(snapshotExchangeRate({ currency: 'USD', currencies })).toEqual({
      baseCurrency: 'CNY',
      rate: { amount: 71_950, scale: 4 },
      asOf: '2026-03-05',
    });
    expect(snapshotExchangeRate({ currency: 'CNY', currencies })).toBeUndefined();
  });

  it('refuses currencies without a rate or not enabled', () => {
    expect(() => snapshotExchangeRate({ currency: 'EUR', currencies })).toThrow(
      expect.objectContaining({ code: 'noExchangeRate' }),
    );
    expect(() => snapshotExchangeRate({ currency: 'GBP', currencies })).toThrow(
      expect.objectContaining({ code: 'currencyNotEnabled' }),
    );
  });

  it('converts totals at the frozen rate, rounding half up to the base minor unit', () => {
    const usd = snapshotExchangeRate({ currency: 'USD', currencies });
    const jpy = snapshotExchangeRate({ currency: 'JPY', currencies });
    const totals = { subtotal: 0, discount: 0, tax: 0, total: 100_001 };
    // 1,000.01 USD × 7.195 = 7,195.071 95 CNY
    expect(quoteTotalInBase({ currency: 'USD', totals, exchangeRate: usd })).toEqual({
      amount: 719_507,
      currency: 'CNY',
    });
    // 100,001 JPY × 0.04812 = 4,812.048 12 CNY
    expect(quoteTotalInBase({ currency: 'JPY', totals, exchangeRate: jpy })).toEqual({
      amount: 481_205,
      currency: 'CNY',
    });
    expect(quoteTotalInBase({ currency: 'CNY', totals })).toEqual({
      amount: 100_001,
      currency: 'CNY',
    });
  });
});
