import { describe, expect, it } from 'vitest';
import { currencyExponent, isKnownCurrency } from './currencies.ts';

describe('currencies', () => {
  it.each([
    ['CNY', 2],
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['HKD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['KWD', 3],
    ['BHD', 3],
  ])('%s has %i decimals', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('knows ISO codes only', () => {
    expect(isKnownCurrency('CNY')).toBe(true);
    expect(isKnownCurrency('RMB')).toBe(false);
    expect(isKnownCurrency('cny')).toBe(false);
    expect(() => currencyExponent('BTC')).toThrow(
      expect.objectContaining({ code: 'unknownCurrency' }),
    );
  });
});
