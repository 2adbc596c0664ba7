import type { Order, OrderStatus } from '../../../shared/domain/order.ts';

export type OrderQuery = { status?: OrderStatus; accountId?: string; quoteId?: string };

/** The RxDB selector of an order list (orders carry no indexes: a device holds few). */
export function orderSelector(query: OrderQuery): Record<string, string> {
  const selector: Record<string, string> = {};
  if (query.status) selector.status = query.status;
  if (query.accountId) selector.accountId = query.accountId;
  if (query.quoteId) selector.quoteId = query.quoteId;
  return selector;
}

/** Most recently changed first, then by number, the same on every device. */
export function newestFirst(orders: readonly Order[]): Order[] {
  return [...orders].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.number.localeCompare(a.number),
  );
}
