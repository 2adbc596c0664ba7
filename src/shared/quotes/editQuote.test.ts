import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Quote, quoteSchema } from '../domain/quote.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';
import { catalogPrice } from './catalogPrice.ts';
import {
  addCatalogLine,
  addFreeLine,
  removeQuoteLine,
  setOrderDiscount,
  updateQuoteLine,
} from './editQuote.ts';

const now = '2026-03-05T02:00:00.000Z';
const { acceptance: _a, approval: _b, sentAt: _s, ...base } = exampleRecords.quotes;
const empty: Quote = {
  ...base,
  status: 'draft',
  version: 1,
  lines: [],
  previousVersions: [],
  totals: { subtotal: 0, discount: 0, tax: 0, total: 0 },
};
const product = exampleRecords.products;
const lineIds = Array.from(
  { length: 6 },
  (_, i) => `0195a3c2-7f00-7000-8000-0000000001${String(i).padStart(2, '0')}`,
);

function expectConsistent(quote: Quote): void {
  const { subtotal, discount, tax, total } = computeQuoteTotals(quote);
  expect(quote.totals).toEqual({ subtotal, discount, tax, total });
  expect(quote.totals.total).toBe(quote.totals.subtotal - quote.totals.discount + quote.totals.tax);
  expect(quoteSchema.parse(quote)).toEqual(quote);
}

describe('catalogPrice', () => {
  const account = {
    negotiatedPrices: [
      {
        productId: product.id,
        price: { amount: 119_900, currency: 'CNY' },
        validUntil: '2026-06-30',
      },
    ],
  };

  it('uses the negotiated price while it is valid, then the list price', () => {
    expect(catalogPrice({ product, account, currency: 'CNY', today: '2026-06-30' })).toEqual({
      unitPrice: 119_900,
      source: 'negotiated',
    });
    expect(catalogPrice({ product, account, currency: 'CNY', today: '2026-07-01' })).toEqual({
      unitPrice: 129_900,
      source: 'list',
    });
    expect(catalogPrice({ product, account, currency: 'USD', today: '2026-03-01' }).unitPrice).toBe(
      17_900,
    );
  });

  it('refuses a currency the product has no price in', () => {
    expect(() => catalogPrice({ product, currency: 'EUR', today: '2026-03-01' })).toThrow(
      expect.objectContaining({
        code: 'noPriceInCurrency',
        params: { sku: 'FB-SCN-200', currency: 'EUR' },
      }),
    );
  });
});

describe('quote builder', () => {
  it('builds the example quote line by line with exact totals', () => {
    let quote = addCatalogLine({
      quote: empty,
      product,
      lineId: lineIds[0] ?? '',
      quantityMilli: 20_000,
      discountBps: 500,
      now,
    });
    expect(quote.lines[0]).toMatchObject({
      productId: product.id,
      sku: 'FB-SCN-200',
      description: '手持扫描枪',
      unitPrice: 129_900,
      taxRateBps: 1300,
    });
    quote = addFreeLine({
      quote,
      line: {
        id: lineIds[1] ?? '',
        description: 'On-site training (hours)',
        unit: 'hour',
        quantityMilli: 2_500,
        unitPrice: 80_000,
        discountBps: 0,
        taxRateBps: 600,
      },
      now,
    });
    expect(quote.totals).toEqual(exampleRecords.quotes.totals);
    expect(quote.updatedAt).toBe(now);
    expectConsistent(quote);
  });

  it('names catalog lines in the quote language and prices them for the account', () => {
    const quote = addCatalogLine({
      quote: { ...empty, language: 'en', currency: 'USD' },
      product,
      account: {
        negotiatedPrices: [{ productId: product.id, price: { amount: 15_000, currency: 'USD' } }],
      },
      lineId: lineIds[0] ?? '',
      now,
    });
    expect(quote.lines[0]).toMatchObject({ description: 'Handheld scanner', unitPrice: 15_000 });
    expect(quote.totals).toEqual({ subtotal: 15_000, discount: 0, tax: 1_950, total: 16_950 });
  });

  it('quotes a customer abroad without domestic VAT, and a customer at home with it', () => {
    const add = (country: string | undefined, sellerCountry: string | undefined) =>
      addCatalogLine({
        quote: empty,
        product,
        account: { negotiatedPrices: [], ...(country ? { country } : {}) },
        lineId: lineIds[0] ?? '',
        now,
        sellerCountry,
      }).lines[0]?.taxRateBps;
    expect(product.taxRateBps).toBeGreaterThan(0);
    // A Chinese seller exporting to Germany: zero-rated; to a customer in China: 13 % VAT.
    expect(add('DE', 'CN')).toBe(0);
    expect(add('de', 'CN')).toBe(0);
    expect(add('CN', 'CN')).toBe(product.taxRateBps);
    // Either country unknown: treated as a domestic sale.
    expect(add(undefined, 'CN')).toBe(product.taxRateBps);
    expect(add('DE', undefined)).toBe(product.taxRateBps);
    expect(add('Germany', 'CN')).toBe(product.taxRateBps);
  });

  it('reprices after quantity, discount, tax and order-discount changes', () => {
    let quote = addCatalogLine({ quote: empty, product, lineId: lineIds[0] ?? '', now });
    quote = addCatalogLine({ quote, product, lineId: lineIds[1] ?? '', now });
    quote = updateQuoteLine({
      quote,
      lineId: lineIds[0] ?? '',
      changes: { quantityMilli: 3_333, discountBps: 1_250 },
      now,
    });
    quote = updateQuoteLine({ quote, lineId: lineIds[1] ?? '', changes: { taxRateBps: 0 }, now });
    quote = setOrderDiscount({ quote, orderDiscountBps: 333, now });
    expectConsistent(quote);
    quote = removeQuoteLine({ quote, lineId: lineIds[1] ?? '', now });
    expect(quote.lines).toHaveLength(1);
    expectConsistent(quote);
  });

  it('stays exact with many lines and huge quantities', () => {
    let quote = empty;
    for (let i = 0; i < 200; i += 1) {
      quote = addFreeLine({
        quote,
        line: {
          id: `0195a3c2-7f00-7000-8000-${String(i).padStart(12, '0')}`,
          description: `Part ${i}`,
          quantityMilli: 1_000_000_000 + i * 7,
          unitPrice: 1 + (i % 13),
          discountBps: i % 17,
          taxRateBps: 1300,
        },
        now,
      });
    }
    quote = setOrderDiscount({ quote, orderDiscountBps: 1, now });
    expectConsistent(quote);
  });

  it('only edits drafts and known lines', () => {
    const sent: Quote = { ...empty, status: 'sent' };
    expect(() => setOrderDiscount({ quote: sent, orderDiscountBps: 100, now })).toThrow(
      expect.objectContaining({
        code: 'quoteNotEditable',
        params: { number: empty.number, status: 'sent' },
      }),
    );
    expect(() =>
      updateQuoteLine({
        quote: empty,
        lineId: lineIds[5] ?? '',
        changes: { quantityMilli: 1 },
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'lineNotFound' }));
    expect(() =>
      addCatalogLine({
        quote: empty,
        product: { ...product, active: false },
        lineId: lineIds[0] ?? '',
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'productInactive' }));
    expect(() => setOrderDiscount({ quote: empty, orderDiscountBps: 10_001, now })).toThrow(
      expect.objectContaining({ code: 'invalidDiscount' }),
    );
  });
});
