import type { Order } from '../../../../shared/domain/order.ts';
import { shippedQuantities } from '../../../../shared/orders/shipments.ts';

/** Ordered and shipped quantities (thousandths) summed over the order's lines. */
export function orderProgress(order: Pick<Order, 'lines' | 'shipments'>): {
  ordered: number;
  shipped: number;
} {
  const shipped = shippedQuantities(order);
  return {
    ordered: order.lines.reduce((sum, line) => sum + line.quantityMilli, 0),
    shipped: order.lines.reduce(
      (sum, line) => sum + Math.min(line.quantityMilli, shipped[line.id] ?? 0),
      0,
    ),
  };
}
