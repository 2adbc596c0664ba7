import type { Address } from '../domain/addressSchema.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Order } from '../domain/order.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';

/** Most lines an order may carry (the order schema's bound). */
export const maxOrderLines = 1000;

/** Throws `orderNotEditable` unless the order is still a draft: confirmed orders reserve stock. */
export function assertDraftOrder(order: Pick<Order, 'number' | 'status'>): void {
  if (order.status !== 'draft') {
    throw new DomainError('orderNotEditable', { number: order.number, status: order.status });
  }
}

function withLines(order: Order, lines: LineItem[], now: string): Order {
  if (lines.length > maxOrderLines) {
    throw new DomainError('tooManyLines', { max: String(maxOrderLines) });
  }
  const { subtotal, discount, tax, total } = computeQuoteTotals({
    lines,
    orderDiscountBps: order.orderDiscountBps,
    currency: order.currency,
  });
  return { ...order, lines, totals: { subtotal, discount, tax, total }, updatedAt: now };
}

function checkQuantity(quantityMilli: number, line: number): void {
  if (!Number.isSafeInteger(quantityMilli) || quantityMilli <= 0) {
    throw new DomainError('invalidLine', { line, field: 'quantity', value: String(quantityMilli) });
  }
}

/** Adds a priced line to a draft order and re-totals it. */
export function addDraftOrderLine({
  order,
  line,
  now,
}: {
  order: Order;
  line: LineItem;
  now: string;
}): Order {
  assertDraftOrder(order);
  checkQuantity(line.quantityMilli, order.lines.length + 1);
  return withLines(order, [...order.lines, line], now);
}

/** Changes how many of a line a draft order wants (more than zero) and re-totals it. */
export function changeDraftOrderLineQuantity({
  order,
  lineId,
  quantityMilli,
  now,
}: {
  order: Order;
  lineId: string;
  quantityMilli: number;
  now: string;
}): Order {
  assertDraftOrder(order);
  const index = order.lines.findIndex((line) => line.id === lineId);
  if (index < 0) throw new DomainError('unknownOrderLine', { lineId });
  checkQuantity(quantityMilli, index + 1);
  return withLines(
    order,
    order.lines.map((line) => (line.id === lineId ? { ...line, quantityMilli } : line)),
    now,
  );
}

/** Takes a line off a draft order and re-totals it (an empty draft cannot be confirmed). */
export function removeDraftOrderLine({
  order,
  lineId,
  now,
}: {
  order: Order;
  lineId: string;
  now: string;
}): Order {
  assertDraftOrder(order);
  if (!order.lines.some((line) => line.id === lineId)) {
    throw new DomainError('unknownOrderLine', { lineId });
  }
  return withLines(
    order,
    order.lines.filter((line) => line.id !== lineId),
    now,
  );
}

/**
 * Sets where a draft order ships to (the first address line is required). An order without a
 * bill-to address bills to the same place, so an account without an address can still be
 * invoiced.
 */
export function setDraftOrderShipTo({
  order,
  shipTo,
  now,
}: {
  order: Order;
  shipTo: Address;
  now: string;
}): Order {
  assertDraftOrder(order);
  if (shipTo.line1.trim() === '') {
    throw new DomainError('shipToRequired', { number: order.number });
  }
  return { ...order, shipTo, billTo: order.billTo ?? shipTo, updatedAt: now };
}
