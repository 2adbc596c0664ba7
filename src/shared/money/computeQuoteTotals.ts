import {
  allocate,
  type Dinero,
  dinero,
  halfUp,
  multiply,
  toSnapshot,
  transformScale,
} from 'dinero.js/bigint';
import { DomainError } from '../domain/DomainError.ts';
import type { DocumentTotals, LineItem } from '../domain/lineItemSchema.ts';
import { dineroCurrency } from './currencies.ts';
import { toSafeAmount } from './money.ts';

/** What pricing needs from a line: quantity in thousandths, unit price in minor units, rates in basis points. */
export type PricedLine = Pick<
  LineItem,
  'quantityMilli' | 'unitPrice' | 'discountBps' | 'taxRateBps'
> & {
  id?: string;
};

/** One line's figures in minor units: gross − lineDiscount − orderDiscount = net; net + tax = total. */
export type LineTotals = {
  id?: string;
  gross: number;
  lineDiscount: number;
  orderDiscount: number;
  net: number;
  tax: number;
  total: number;
};

export type QuoteTotals = DocumentTotals & { lines: LineTotals[] };

const quantityScale = 3n;
const bpsScale = 4n;

// Multiplies by an exact decimal and rounds half up back to the currency's minor units.
function times(value: Dinero<bigint>, amount: bigint, scale: bigint): Dinero<bigint> {
  const { currency } = toSnapshot(value);
  return transformScale(multiply(value, { amount, scale }), currency.exponent, halfUp);
}

function amountOf(value: Dinero<bigint>): bigint {
  return toSnapshot(value).amount;
}

function checkLine(line: PricedLine, index: number): void {
  const fields = ['quantityMilli', 'unitPrice', 'discountBps', 'taxRateBps'] as const;
  for (const field of fields) {
    const value = line[field];
    const max =
      field === 'discountBps' || field === 'taxRateBps' ? 10_000 : Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(value) || value < 0 || value > max) {
      throw new DomainError(
        'invalidLine',
        { line: index + 1, field, value: String(value) },
        `Line ${index + 1}: ${field} must be an integer from 0 to ${max}, got ${value}`,
      );
    }
  }
}

type Priced = {
  gross: Dinero<bigint>;
  lineDiscount: Dinero<bigint>;
  afterLineDiscount: Dinero<bigint>;
};

function priceLine(line: PricedLine, currencyCode: string): Priced {
  const currency = dineroCurrency(currencyCode);
  const unitPrice = dinero({ amount: BigInt(line.unitPrice), currency });
  const gross = times(unitPrice, BigInt(line.quantityMilli), quantityScale);
  const lineDiscount = times(gross, BigInt(line.discountBps), bpsScale);
  const afterLineDiscount = dinero({
    amount: amountOf(gross) - amountOf(lineDiscount),
    currency,
  });
  return { gross, lineDiscount, afterLineDiscount };
}

function finishLine(
  line: PricedLine,
  priced: Priced,
  orderDiscount: bigint,
  currencyCode: string,
): { gross: bigint; lineDiscount: bigint; orderDiscount: bigint; net: bigint; tax: bigint } {
  const net = amountOf(priced.afterLineDiscount) - orderDiscount;
  const netMoney = dinero({ amount: net, currency: dineroCurrency(currencyCode) });
  const tax = amountOf(times(netMoney, BigInt(line.taxRateBps), bpsScale));
  return {
    gross: amountOf(priced.gross),
    lineDiscount: amountOf(priced.lineDiscount),
    orderDiscount,
    net,
    tax,
  };
}

function toLineTotals(id: string | undefined, parts: ReturnType<typeof finishLine>): LineTotals {
  const totals: LineTotals = {
    gross: toSafeAmount(parts.gross, 'line gross'),
    lineDiscount: toSafeAmount(parts.lineDiscount, 'line discount'),
    orderDiscount: toSafeAmount(parts.orderDiscount, 'order discount'),
    net: toSafeAmount(parts.net, 'line net'),
    tax: toSafeAmount(parts.tax, 'line tax'),
    total: toSafeAmount(parts.net + parts.tax, 'line total'),
  };
  return id === undefined ? totals : { id, ...totals };
}

/**
 * Prices one line on its own (no order discount, unless its allocated share is passed):
 * gross = quantity × unit price, line discount on the gross, tax on what is left; each step
 * rounded half up to minor units.
 */
export function computeLineTotals({
  line,
  currency,
  orderDiscount = 0,
}: {
  line: PricedLine;
  currency: string;
  orderDiscount?: number;
}): LineTotals {
  checkLine(line, 0);
  const priced = priceLine(line, currency);
  return toLineTotals(line.id, finishLine(line, priced, BigInt(orderDiscount), currency));
}

/**
 * Prices a quote (or order, or invoice). Per line: gross = quantity × unit price; line
 * discount = gross × discountBps; the order discount is taken on the sum after line discounts
 * and allocated across lines in proportion to it, so the shares sum exactly; tax per line on
 * what remains. Every rounding is half up to the currency's minor unit. Totals are exact sums:
 * total = subtotal − discount + tax. Throws `amountOutOfRange` past Number.MAX_SAFE_INTEGER.
 */
export function computeQuoteTotals({
  lines,
  orderDiscountBps,
  currency,
}: {
  lines: readonly PricedLine[];
  orderDiscountBps: number;
  currency: string;
}): QuoteTotals {
  if (
    !Number.isSafeInteger(orderDiscountBps) ||
    orderDiscountBps < 0 ||
    orderDiscountBps > 10_000
  ) {
    throw new DomainError(
      'invalidDiscount',
      { value: String(orderDiscountBps) },
      `Order discount must be 0..10000 basis points, got ${orderDiscountBps}`,
    );
  }
  lines.forEach(checkLine);
  const dineroCur = dineroCurrency(currency);
  const priced = lines.map((line) => priceLine(line, currency));
  const afterLineDiscounts = priced.map((p) => amountOf(p.afterLineDiscount));
  const base = afterLineDiscounts.reduce((sum, amount) => sum + amount, 0n);
  const orderDiscount = amountOf(
    times(dinero({ amount: base, currency: dineroCur }), BigInt(orderDiscountBps), bpsScale),
  );
  const shares =
    orderDiscount === 0n || base === 0n
      ? priced.map(() => 0n)
      : allocate(dinero({ amount: orderDiscount, currency: dineroCur }), afterLineDiscounts).map(
          amountOf,
        );

  let subtotal = 0n;
  let discount = 0n;
  let tax = 0n;
  const lineTotals = lines.map((line, index) => {
    const parts = finishLine(line, priced[index] as Priced, shares[index] ?? 0n, currency);
    subtotal += parts.gross;
    discount += parts.lineDiscount + parts.orderDiscount;
    tax += parts.tax;
    return toLineTotals(line.id, parts);
  });
  return {
    lines: lineTotals,
    subtotal: toSafeAmount(subtotal, 'subtotal'),
    discount: toSafeAmount(discount, 'discount'),
    tax: toSafeAmount(tax, 'tax'),
    total: toSafeAmount(subtotal - discount + tax, 'total'),
  };
}

/** A line's printed amount: quantity × unit price less the line's own discount (before the order discount and tax). */
export function lineAmount(line: Pick<LineTotals, 'gross' | 'lineDiscount'>): number {
  return line.gross - line.lineDiscount;
}

/** The totals a document prints under its lines; `subtotal − orderDiscount + tax = total`. */
export type PrintedTotals = { subtotal: number; orderDiscount: number; tax: number; total: number };

/**
 * The totals as a quote, order or invoice prints them, so that they add up as the reader checks
 * them: the subtotal is the sum of the printed line amounts (after line discounts), then the
 * order discount alone, tax and total. The stored `subtotal` is before line discounts and the
 * stored `discount` holds both kinds; printing those under amounts that already had their line
 * discount taken off would make neither the lines nor the discount row add up.
 */
export function printedTotals(totals: QuoteTotals): PrintedTotals {
  let subtotal = 0;
  let orderDiscount = 0;
  for (const line of totals.lines) {
    subtotal += lineAmount(line);
    orderDiscount += line.orderDiscount;
  }
  return { subtotal, orderDiscount, tax: totals.tax, total: totals.total };
}
