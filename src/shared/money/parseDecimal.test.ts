import { describe, expect, it } from 'vitest';
import { moneyFromDecimal, parseDecimal } from './parseDecimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['2.5', 3, 2_500],
    ['1,299.90', 2, 129_990],
    [' 1 299.9 ', 2, 129_990],
    ['.5', 2, 50],
    ['7.', 2, 700],
    ['-3', 2, -300],
    ['+0.001', 3, 1],
    ['90071992547409.91', 2, Number.MAX_SAFE_INTEGER],
  ])('reads %s at scale %i as %i', (text, scale, expected) => {
    expect(parseDecimal(text, scale)).toBe(expected);
  });

  it.each([
    ['', 2],
    ['.', 2],
    ['1.234', 2],
    ['1e3', 2],
    ['12abc', 2],
    ['1.2.3', 2],
    ['--1', 2],
    ['90071992547409.92', 2],
  ])('refuses %s at scale %i', (text, scale) => {
    expect(parseDecimal(text, scale)).toBeUndefined();
  });

  it('reads money in the currency’s own decimals', () => {
    expect(moneyFromDecimal('1,299.90', 'CNY')).toEqual({ amount: 129_990, currency: 'CNY' });
    expect(moneyFromDecimal('2700000', 'JPY')).toEqual({ amount: 2_700_000, currency: 'JPY' });
    expect(moneyFromDecimal('1.5', 'JPY')).toBeUndefined();
    expect(moneyFromDecimal('1.505', 'KWD')).toEqual({ amount: 1_505, currency: 'KWD' });
  });
});
