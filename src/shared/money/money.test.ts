import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateMoney,
  convertMoney,
  money,
  moneyEquals,
  multiplyMoney,
  subtractMoney,
  sumMoney,
  toSafeAmount,
  zeroMoney,
} from './money.ts';

const cny = (amount: number) => money(amount, 'CNY');

describe('money', () => {
  it('refuses floats, unsafe integers and unknown currencies', () => {
    expect(() => money(12.5, 'CNY')).toThrow(expect.objectContaining({ code: 'amountNotInteger' }));
    expect(() => money(2 ** 53, 'CNY')).toThrow(
      expect.objectContaining({ code: 'amountNotInteger' }),
    );
    expect(() => money(1, 'RMB')).toThrow(expect.objectContaining({ code: 'unknownCurrency' }));
  });

  it('adds, subtracts and sums within one currency', () => {
    expect(addMoney(cny(10), cny(5))).toEqual(cny(15));
    expect(subtractMoney(cny(10), cny(15))).toEqual(cny(-5));
    expect(sumMoney([cny(1), cny(2), cny(3)], 'CNY')).toEqual(cny(6));
    expect(sumMoney([], 'JPY')).toEqual(zeroMoney('JPY'));
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(cny(1), money(1, 'USD'))).toThrow(
      expect.objectContaining({ code: 'currencyMismatch', params: { left: 'CNY', right: 'USD' } }),
    );
    expect(() => sumMoney([money(1, 'USD')], 'CNY')).toThrow(
      expect.objectContaining({ code: 'currencyMismatch' }),
    );
  });

  it('refuses results past Number.MAX_SAFE_INTEGER', () => {
    expect(() => addMoney(cny(Number.MAX_SAFE_INTEGER), cny(1))).toThrow(
      expect.objectContaining({ code: 'amountOutOfRange' }),
    );
    expect(toSafeAmount(-BigInt(Number.MAX_SAFE_INTEGER))).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('allocates with the left-over going to the largest shares', () => {
    expect(allocateMoney(cny(100), [1, 1, 1]).map((m) => m.amount)).toEqual([34, 33, 33]);
    expect(allocateMoney(cny(5), [0, 1, 3]).map((m) => m.amount)).toEqual([0, 1, 4]);
    expect(allocateMoney(money(-100, 'CNY'), [1, 1, 1]).map((m) => m.amount)).toEqual([
      -34, -33, -33,
    ]);
    expect(allocateMoney(cny(0), [0, 0]).map((m) => m.amount)).toEqual([0, 0]);
  });

  it('refuses allocations that cannot be made', () => {
    expect(() => allocateMoney(cny(1), [0, 0])).toThrow(
      expect.objectContaining({ code: 'invalidRatio' }),
    );
    expect(() => allocateMoney(cny(1), [])).toThrow(
      expect.objectContaining({ code: 'invalidRatio' }),
    );
    expect(() => allocateMoney(cny(1), [1, -1])).toThrow(
      expect.objectContaining({ code: 'invalidRatio' }),
    );
    expect(() => allocateMoney(cny(1), [0.5])).toThrow(
      expect.objectContaining({ code: 'invalidRatio' }),
    );
  });

  it('allocation always sums exactly and stays within one unit of the fair share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (amount, ratios) => {
          fc.pre(ratios.some((r) => r > 0));
          const parts = allocateMoney(cny(amount), ratios);
          const total = parts.reduce((sum, p) => sum + BigInt(p.amount), 0n);
          expect(total).toBe(BigInt(amount));
          const ratioSum = BigInt(ratios.reduce((a, b) => a + b, 0));
          parts.forEach((part, i) => {
            const fair = (BigInt(amount) * BigInt(ratios[i] ?? 0)) / ratioSum;
            const got = BigInt(part.amount);
            expect(got >= fair && got <= fair + 1n).toBe(true);
          });
        },
      ),
    );
  });

  it('multiplies by an exact decimal, rounding half up', () => {
    expect(multiplyMoney(cny(1_000), { amount: 1_3, scale: 2 })).toEqual(cny(130));
    expect(multiplyMoney(cny(5), { amount: 1, scale: 1 })).toEqual(cny(1)); // 0.5 → 1
    expect(multiplyMoney(cny(4), { amount: 1, scale: 1 })).toEqual(cny(0)); // 0.4 → 0
  });

  it('converts between currencies of different exponents', () => {
    expect(convertMoney(money(10_000, 'USD'), 'CNY', { amount: 72_400, scale: 4 })).toEqual(
      cny(72_400),
    );
    // $100 at ¥150.12345 = ¥15,012.345 → ¥15,012
    expect(convertMoney(money(10_000, 'USD'), 'JPY', { amount: 15_012_345, scale: 5 })).toEqual(
      money(15_012, 'JPY'),
    );
    // ¥1,500 at 0.002 KWD = 3.000 KWD
    expect(convertMoney(money(1_500, 'JPY'), 'KWD', { amount: 2, scale: 3 })).toEqual(
      money(3_000, 'KWD'),
    );
  });

  it('compares by amount and currency', () => {
    expect(moneyEquals(cny(1), cny(1))).toBe(true);
    expect(moneyEquals(cny(1), money(1, 'USD'))).toBe(false);
  });
});
