import type { Order } from '../../../../shared/domain/order.ts';
import { shippedQuantities } from '../../../../shared/orders/shipments.ts';

export type OrderProgress = {
  /** Ordered and shipped quantities (thousandths) summed over the lines, for the CSV export. */
  ordered: number;
  shipped: number;
  /**
   * How much of the order has shipped, 0 to 1: the mean of each line's shipped share. Lines
   * count in units of their own (20 scanners, 2.5 hours of training), so a sum of quantities
   * ("10 of 22.5") would say nothing; each line's share does.
   */
  share: number;
  /** Lines shipped in full, of all lines. */
  linesShipped: number;
  lines: number;
};

export function orderProgress(order: Pick<Order, 'lines' | 'shipments'>): OrderProgress {
  const shippedById = shippedQuantities(order);
  let ordered = 0;
  let shipped = 0;
  let shares = 0;
  let linesShipped = 0;
  for (const line of order.lines) {
    const lineShipped = Math.min(line.quantityMilli, shippedById[line.id] ?? 0);
    ordered += line.quantityMilli;
    shipped += lineShipped;
    shares += line.quantityMilli > 0 ? lineShipped / line.quantityMilli : 1;
    if (lineShipped >= line.quantityMilli) linesShipped += 1;
  }
  const lines = order.lines.length;
  return { ordered, shipped, share: lines === 0 ? 0 : shares / lines, linesShipped, lines };
}
