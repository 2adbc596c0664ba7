import { dateOf } from '../billing/calendarDate.ts';
import type { Account } from '../domain/account.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Product } from '../domain/product.ts';
import type { Quote } from '../domain/quote.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';
import { catalogPrice } from './catalogPrice.ts';
import { isCrossBorderSale } from './crossBorderVat.ts';

type Priced = Pick<Quote, 'lines' | 'orderDiscountBps' | 'currency' | 'totals'>;

/** Recomputes a document's totals from its lines with the shared money rules. */
export function repriceQuote<T extends Priced>(quote: T): T {
  const { subtotal, discount, tax, total } = computeQuoteTotals(quote);
  return { ...quote, totals: { subtotal, discount, tax, total } };
}

function assertEditable(quote: Quote): void {
  if (quote.status !== 'draft') {
    throw new DomainError('quoteNotEditable', { number: quote.number, status: quote.status });
  }
}

function withLines(quote: Quote, lines: LineItem[], now: string, orderDiscountBps?: number): Quote {
  if (lines.length > 1000) throw new DomainError('tooManyLines', { max: 1000 });
  return repriceQuote({
    ...quote,
    lines,
    orderDiscountBps: orderDiscountBps ?? quote.orderDiscountBps,
    updatedAt: now,
  });
}

type CatalogProduct = Pick<Product, 'id' | 'sku' | 'name' | 'unit' | 'prices' | 'taxRateBps'>;

/**
 * The line that sells a catalog product: the account's negotiated price or the list price in
 * `currency` (as of `today`), the product's tax rate, and its name in `language` (zh unless en).
 */
export function catalogLineItem({
  product,
  account,
  currency,
  language,
  today,
  lineId,
  quantityMilli = 1000,
  discountBps = 0,
  sellerCountry,
}: {
  product: CatalogProduct;
  account?: Pick<Account, 'negotiatedPrices' | 'country'>;
  currency: string;
  language?: string;
  today: string;
  lineId: string;
  quantityMilli?: number;
  discountBps?: number;
  /** The selling company's country (ISO 3166 alpha-2), when the company profile names it. */
  sellerCountry?: string | undefined;
}): LineItem {
  const { unitPrice } = catalogPrice({ product, account, currency, today });
  const [first, second] =
    language === 'en' ? [product.name.en, product.name.zh] : [product.name.zh, product.name.en];
  return {
    id: lineId,
    productId: product.id,
    sku: product.sku,
    description: (first || second || product.sku).slice(0, 2000),
    unit: product.unit,
    quantityMilli,
    unitPrice,
    discountBps,
    // A sale abroad carries no domestic VAT (exports are zero-rated, EU B2B is reverse-charged);
    // the rep can still set a rate on the line.
    taxRateBps: isCrossBorderSale({ sellerCountry, customerCountry: account?.country })
      ? 0
      : product.taxRateBps,
  };
}

/**
 * Adds a catalog product to a draft quote at the account's negotiated price or the list price
 * in the quote currency, with the product's tax rate (none for a customer abroad) and name in
 * the quote's language.
 */
export function addCatalogLine({
  quote,
  product,
  account,
  lineId,
  quantityMilli = 1000,
  discountBps = 0,
  now,
  sellerCountry,
}: {
  quote: Quote;
  product: CatalogProduct & Pick<Product, 'active'>;
  account?: Pick<Account, 'negotiatedPrices' | 'country'>;
  lineId: string;
  quantityMilli?: number;
  discountBps?: number;
  now: string;
  /** The selling company's country: a customer elsewhere gets the line without domestic VAT. */
  sellerCountry?: string | undefined;
}): Quote {
  assertEditable(quote);
  if (!product.active) throw new DomainError('productInactive', { sku: product.sku });
  const line = catalogLineItem({
    product,
    ...(account ? { account } : {}),
    currency: quote.currency,
    ...(quote.language ? { language: quote.language } : {}),
    today: dateOf(now),
    lineId,
    quantityMilli,
    discountBps,
    sellerCountry,
  });
  return withLines(quote, [...quote.lines, line], now);
}

/** Adds a free-text line (service, freight, anything not in the catalog) to a draft quote. */
export function addFreeLine({
  quote,
  line,
  now,
}: {
  quote: Quote;
  line: Omit<LineItem, 'productId' | 'sku' | 'sourceLineId'>;
  now: string;
}): Quote {
  assertEditable(quote);
  if (line.description.trim() === '') {
    throw new DomainError('invalidLine', {
      line: quote.lines.length + 1,
      field: 'description',
      value: '',
    });
  }
  return withLines(quote, [...quote.lines, line], now);
}

/** Changes a line's quantity, unit price, discount, tax rate or text and reprices the quote. */
export function updateQuoteLine({
  quote,
  lineId,
  changes,
  now,
}: {
  quote: Quote;
  lineId: string;
  changes: Partial<
    Pick<
      LineItem,
      'quantityMilli' | 'unitPrice' | 'discountBps' | 'taxRateBps' | 'description' | 'unit'
    >
  >;
  now: string;
}): Quote {
  assertEditable(quote);
  if (!quote.lines.some((line) => line.id === lineId)) {
    throw new DomainError('lineNotFound', { lineId, number: quote.number });
  }
  const lines = quote.lines.map((line) => (line.id === lineId ? { ...line, ...changes } : line));
  return withLines(quote, lines, now);
}

/** Removes a line from a draft quote. */
export function removeQuoteLine({
  quote,
  lineId,
  now,
}: {
  quote: Quote;
  lineId: string;
  now: string;
}): Quote {
  assertEditable(quote);
  return withLines(
    quote,
    quote.lines.filter((line) => line.id !== lineId),
    now,
  );
}

/** Sets the order-level discount (basis points) of a draft quote. */
export function setOrderDiscount({
  quote,
  orderDiscountBps,
  now,
}: {
  quote: Quote;
  orderDiscountBps: number;
  now: string;
}): Quote {
  assertEditable(quote);
  return withLines(quote, quote.lines, now, orderDiscountBps);
}
