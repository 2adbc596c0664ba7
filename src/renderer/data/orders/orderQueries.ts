import type { Order, OrderStatus } from '../../../shared/domain/order.ts';

export type OrderQuery = { status?: OrderStatus; accountId?: string; quoteId?: string };

/** An RxDB query of an order list: the selector and the index that narrows it. */
export type OrderFind = { selector: Record<string, string>; index?: string[] };

/**
 * The RxDB query of an order list: a customer's orders through `[accountId, updatedAt]`, a
 * status through `[status, updatedAt]`; the quote filter rides on either (pass the quote's
 * account with it), the whole list scans.
 */
export function orderFind(query: OrderQuery): OrderFind {
  const selector: Record<string, string> = {};
  if (query.status) selector.status = query.status;
  if (query.accountId) selector.accountId = query.accountId;
  if (query.quoteId) selector.quoteId = query.quoteId;
  if (query.accountId) return { selector, index: ['accountId', 'updatedAt'] };
  if (query.status) return { selector, index: ['status', 'updatedAt'] };
  return { selector };
}

/** Most recently changed first, then by number, the same on every device. */
export function newestFirst(orders: readonly Order[]): Order[] {
  return [...orders].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.number.localeCompare(a.number),
  );
}
