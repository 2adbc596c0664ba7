import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import {
  computeLineTotals,
  computeQuoteTotals,
  lineAmount,
  type PricedLine,
  printedTotals,
} from './computeQuoteTotals.ts';

const line = (overrides: Partial<PricedLine>): PricedLine => ({
  quantityMilli: 1_000,
  unitPrice: 100,
  discountBps: 0,
  taxRateBps: 0,
  ...overrides,
});

// Any line: quantities and prices up to 10,000 units, discounts and tax rates up to 100 %.
const lineArb = fc.record({
  quantityMilli: fc.integer({ min: 0, max: 10_000_000 }),
  unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
  discountBps: fc.integer({ min: 0, max: 10_000 }),
  taxRateBps: fc.integer({ min: 0, max: 10_000 }),
});

// An oracle written without Dinero: round-half-up integer division for non-negative numbers.
const halfUpDiv = (numerator: bigint, denominator: bigint): bigint =>
  (2n * numerator + denominator) / (2n * denominator);

describe('computeLineTotals', () => {
  it.each([
    // [what, line, expected gross, line discount, tax]
    ['12.5 % of 1.00 rounds the half fen up', line({ discountBps: 1250 }), 100, 13, 0],
    ['0.333 × 1.00 rounds 33.3 down', line({ quantityMilli: 333 }), 33, 0, 0],
    ['0.335 × 1.00 rounds 33.5 up', line({ quantityMilli: 335 }), 34, 0, 0],
    ['tax of 0.5 fen rounds up', line({ unitPrice: 5, taxRateBps: 1000 }), 5, 0, 1],
    ['tax of 0.4 fen rounds down', line({ unitPrice: 4, taxRateBps: 1000 }), 4, 0, 0],
    [
      '2.5 hours at 800.00',
      line({ quantityMilli: 2_500, unitPrice: 80_000, taxRateBps: 600 }),
      200_000,
      0,
      12_000,
    ],
    [
      '100 % line discount leaves nothing to tax',
      line({ discountBps: 10_000, taxRateBps: 1300 }),
      100,
      100,
      0,
    ],
    ['zero quantity', line({ quantityMilli: 0, taxRateBps: 1300 }), 0, 0, 0],
  ] as const)('%s', (_what, priced, gross, lineDiscount, tax) => {
    const totals = computeLineTotals({ line: priced, currency: 'CNY' });
    expect(totals).toMatchObject({ gross, lineDiscount, orderDiscount: 0, tax });
    expect(totals.net).toBe(gross - lineDiscount);
    expect(totals.total).toBe(totals.net + tax);
  });

  it('taxes the net after an allocated order-discount share', () => {
    const totals = computeLineTotals({
      line: line({ unitPrice: 10_000, taxRateBps: 1300 }),
      currency: 'CNY',
      orderDiscount: 1_000,
    });
    expect(totals).toMatchObject({ net: 9_000, tax: 1_170, total: 10_170 });
  });

  it('keeps the line id', () => {
    expect(computeLineTotals({ line: line({ id: 'l1' }), currency: 'USD' }).id).toBe('l1');
  });
});

describe('computeQuoteTotals', () => {
  it('matches the example quote and its earlier version', () => {
    const quote = exampleRecords.quotes;
    const { lines: _lines, ...totals } = computeQuoteTotals(quote);
    expect(totals).toEqual(quote.totals);
    const [v1] = quote.previousVersions;
    if (v1 === undefined) throw new Error('example has a version 1');
    const { lines: _v1Lines, ...v1Totals } = computeQuoteTotals({
      ...v1,
      currency: quote.currency,
    });
    expect(v1Totals).toEqual(v1.totals);
  });

  it('allocates the order discount across lines so the shares sum exactly', () => {
    const result = computeQuoteTotals({
      currency: 'CNY',
      orderDiscountBps: 3_333,
      lines: [line({}), line({}), line({})],
    });
    // 33.33 % of 3.00 is 99.99 fen → 100 fen, split 34 / 33 / 33.
    expect(result.lines.map((l) => l.orderDiscount)).toEqual([34, 33, 33]);
    expect(result).toMatchObject({ subtotal: 300, discount: 100, tax: 0, total: 200 });
  });

  it('gives zero-value lines no share of the order discount', () => {
    const result = computeQuoteTotals({
      currency: 'CNY',
      orderDiscountBps: 5_000,
      lines: [line({ unitPrice: 0 }), line({ unitPrice: 101 }), line({ discountBps: 10_000 })],
    });
    expect(result.lines.map((l) => l.orderDiscount)).toEqual([0, 51, 0]);
    expect(result.lines.every((l) => l.net >= 0)).toBe(true);
  });

  it('applies line discount, then order discount, then tax per line', () => {
    const result = computeQuoteTotals({
      currency: 'USD',
      orderDiscountBps: 1_000,
      lines: [
        line({
          id: 'a',
          quantityMilli: 3_000,
          unitPrice: 1_999,
          discountBps: 1_500,
          taxRateBps: 825,
        }),
        line({ id: 'b', quantityMilli: 1_000, unitPrice: 4_999, taxRateBps: 0 }),
      ],
    });
    // a: gross 59.97, line discount 8.9955 → 9.00, after 50.97; b: 49.99. The order discount
    // on 100.96 is 10.096 → 10.10, split in proportion 50.97 : 49.99.
    const [a, b] = result.lines;
    expect(a).toMatchObject({ id: 'a', gross: 5_997, lineDiscount: 900 });
    // 1010 × 5097/10096 = 509.9 and 1010 × 4999/10096 = 500.08: floors 509 + 500, the left-over
    // fen goes to the larger line.
    expect(result.lines.map((l) => l.orderDiscount)).toEqual([510, 500]);
    expect(a?.tax).toBe(Number(halfUpDiv(BigInt((a?.net ?? 0) * 825), 10_000n)));
    expect(b?.tax).toBe(0);
    expect(result.total).toBe(result.subtotal - result.discount + result.tax);
  });

  it('prices zero-decimal currencies in whole units', () => {
    const result = computeQuoteTotals({
      currency: 'JPY',
      orderDiscountBps: 0,
      lines: [
        line({ quantityMilli: 3_000, unitPrice: 333, discountBps: 1_000, taxRateBps: 1_000 }),
      ],
    });
    // ¥999 − ¥99.9 → ¥100 discount = ¥899; 10 % tax ¥89.9 → ¥90.
    expect(result).toMatchObject({ subtotal: 999, discount: 100, tax: 90, total: 989 });
  });

  it('rounds a fractional quantity to whole yen and to three-decimal dinar', () => {
    const yen = computeQuoteTotals({
      currency: 'JPY',
      orderDiscountBps: 0,
      lines: [line({ quantityMilli: 1_500, unitPrice: 333 })],
    });
    expect(yen.subtotal).toBe(500); // 499.5 → 500
    const dinar = computeQuoteTotals({
      currency: 'KWD',
      orderDiscountBps: 0,
      lines: [line({ quantityMilli: 1_500, unitPrice: 333 })],
    });
    expect(dinar.subtotal).toBe(500); // 0.4995 KWD → 0.500 KWD (minor unit = fils)
  });

  it('makes everything zero with a 100 % order discount', () => {
    const result = computeQuoteTotals({
      currency: 'EUR',
      orderDiscountBps: 10_000,
      lines: [
        line({ unitPrice: 1_234, taxRateBps: 1_900 }),
        line({ unitPrice: 99, taxRateBps: 700 }),
      ],
    });
    expect(result).toMatchObject({ subtotal: 1_333, discount: 1_333, tax: 0, total: 0 });
    expect(result.lines.map((l) => l.net)).toEqual([0, 0]);
  });

  it('totals an empty quote to zero', () => {
    expect(computeQuoteTotals({ currency: 'CNY', orderDiscountBps: 500, lines: [] })).toEqual({
      lines: [],
      subtotal: 0,
      discount: 0,
      tax: 0,
      total: 0,
    });
  });

  it('stays exact over 1,000 lines', () => {
    const lines = Array.from({ length: 1_000 }, (_, i) =>
      line({
        quantityMilli: 1_500 + i,
        unitPrice: 99 + i * 7,
        discountBps: (i * 37) % 2_000,
        taxRateBps: [0, 600, 900, 1300][i % 4] ?? 0,
      }),
    );
    const result = computeQuoteTotals({ currency: 'CNY', orderDiscountBps: 777, lines });
    const sum = (pick: (l: (typeof result.lines)[number]) => number) =>
      result.lines.reduce((total, l) => total + pick(l), 0);
    expect(sum((l) => l.gross)).toBe(result.subtotal);
    expect(sum((l) => l.lineDiscount + l.orderDiscount)).toBe(result.discount);
    expect(sum((l) => l.tax)).toBe(result.tax);
    expect(sum((l) => l.total)).toBe(result.total);
    const base = BigInt(sum((l) => l.gross - l.lineDiscount));
    expect(sum((l) => l.orderDiscount)).toBe(Number(halfUpDiv(base * 777n, 10_000n)));
  });

  it('keeps 1,000,000 units at a large price exact', () => {
    const result = computeQuoteTotals({
      currency: 'CNY',
      orderDiscountBps: 1,
      lines: [line({ quantityMilli: 1_000_000_000, unitPrice: 999_999_999, taxRateBps: 1300 })],
    });
    expect(result.subtotal).toBe(999_999_999_000_000);
    expect(result.discount).toBe(Number(halfUpDiv(999_999_999_000_000n, 10_000n)));
    expect(BigInt(result.total)).toBe(
      999_999_999_000_000n - BigInt(result.discount) + BigInt(result.tax),
    );
  });

  it('does not lose precision when an intermediate product passes 2^53', () => {
    // ~1e12 thousandths × 8,000,003 ≈ 8e18 before scaling (floats would drop digits there);
    // the result, ~8e15, still fits.
    const result = computeQuoteTotals({
      currency: 'CNY',
      orderDiscountBps: 0,
      lines: [line({ quantityMilli: 999_999_999_999, unitPrice: 8_000_003 })],
    });
    expect(result.subtotal).toBe(8_000_002_999_992_000);
    expect(BigInt(result.subtotal)).toBe(halfUpDiv(999_999_999_999n * 8_000_003n, 1_000n));
  });

  it('refuses a total past Number.MAX_SAFE_INTEGER with a clear error', () => {
    expect(() =>
      computeQuoteTotals({
        currency: 'CNY',
        orderDiscountBps: 0,
        lines: [line({ quantityMilli: 1_000_000_000, unitPrice: 10_000_000_000 })],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'amountOutOfRange',
        params: expect.objectContaining({ what: 'line gross' }),
      }),
    );
  });

  it.each([
    ['a negative quantity', line({ quantityMilli: -1 }), 'invalidLine'],
    ['a fractional price', line({ unitPrice: 1.5 }), 'invalidLine'],
    ['a discount above 100 %', line({ discountBps: 10_001 }), 'invalidLine'],
    ['a tax rate as a float', line({ taxRateBps: 0.13 }), 'invalidLine'],
  ] as const)('refuses %s', (_what, bad, code) => {
    expect(() =>
      computeQuoteTotals({ currency: 'CNY', orderDiscountBps: 0, lines: [bad] }),
    ).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a bad order discount and an unknown currency', () => {
    expect(() => computeQuoteTotals({ currency: 'CNY', orderDiscountBps: -5, lines: [] })).toThrow(
      expect.objectContaining({ code: 'invalidDiscount' }),
    );
    expect(() => computeQuoteTotals({ currency: 'XYZ', orderDiscountBps: 0, lines: [] })).toThrow(
      expect.objectContaining({ code: 'unknownCurrency', params: { currency: 'XYZ' } }),
    );
  });

  it('holds total = subtotal − discount + tax and exact allocation for any quote', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('CNY', 'JPY', 'KWD', 'USD'),
        (lines, orderDiscountBps, currency) => {
          const result = computeQuoteTotals({ lines, orderDiscountBps, currency });
          expect(result.total).toBe(result.subtotal - result.discount + result.tax);
          let base = 0n;
          let lineTotals = 0;
          result.lines.forEach((l, i) => {
            const input = lines[i];
            if (input === undefined) throw new Error('line count');
            const gross = halfUpDiv(BigInt(input.quantityMilli) * BigInt(input.unitPrice), 1_000n);
            expect(BigInt(l.gross)).toBe(gross);
            expect(BigInt(l.lineDiscount)).toBe(
              halfUpDiv(gross * BigInt(input.discountBps), 10_000n),
            );
            expect(l.net).toBe(l.gross - l.lineDiscount - l.orderDiscount);
            expect(l.net).toBeGreaterThanOrEqual(0);
            expect(BigInt(l.tax)).toBe(
              halfUpDiv(BigInt(l.net) * BigInt(input.taxRateBps), 10_000n),
            );
            base += BigInt(l.gross - l.lineDiscount);
            lineTotals += l.total;
          });
          const orderDiscount = result.lines.reduce((sum, l) => sum + l.orderDiscount, 0);
          expect(BigInt(orderDiscount)).toBe(halfUpDiv(base * BigInt(orderDiscountBps), 10_000n));
          expect(lineTotals).toBe(result.total);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('printedTotals', () => {
  it('prints a subtotal that sums the line amounts and the order discount alone', () => {
    // 20 scanners at ¥2,199 less 5 %, 3 installations at ¥800, 2 % off the order, 13 % VAT.
    const totals = computeQuoteTotals({
      lines: [
        line({ quantityMilli: 20_000, unitPrice: 219_900, discountBps: 500, taxRateBps: 1_300 }),
        line({ quantityMilli: 3_000, unitPrice: 80_000, taxRateBps: 1_300 }),
      ],
      orderDiscountBps: 200,
      currency: 'CNY',
    });
    expect(totals.lines.map(lineAmount)).toEqual([4_178_100, 240_000]);
    expect(printedTotals(totals)).toEqual({
      subtotal: 4_418_100,
      orderDiscount: 88_362,
      tax: 562_866,
      total: 4_892_604,
    });
    // The stored figures: the subtotal before line discounts, both discounts in one.
    expect(totals).toMatchObject({ subtotal: 4_638_000, discount: 308_262, total: 4_892_604 });
  });

  it('adds up as printed for any quote', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 20 }),
        fc.integer({ min: 0, max: 10_000 }),
        (lines, orderDiscountBps) => {
          const totals = computeQuoteTotals({ lines, orderDiscountBps, currency: 'CNY' });
          const printed = printedTotals(totals);
          const amounts = totals.lines.map(lineAmount);
          expect(printed.subtotal).toBe(amounts.reduce((sum, amount) => sum + amount, 0));
          expect(printed.subtotal - printed.orderDiscount + printed.tax).toBe(printed.total);
          if (orderDiscountBps === 0) expect(printed.orderDiscount).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
