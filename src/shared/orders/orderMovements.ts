import type { Order, Shipment } from '../domain/order.ts';
import { reservedForOrder } from './stockLedger.ts';
import type { StockMovement } from './stockMovement.ts';

type Stamp = { at: string; by: string };

function perProduct(
  order: Pick<Order, 'lines'>,
  quantities: (lineId: string) => number,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of order.lines) {
    if (line.productId === undefined) continue;
    const quantity = quantities(line.id);
    if (quantity > 0) totals.set(line.productId, (totals.get(line.productId) ?? 0) + quantity);
  }
  return totals;
}

/**
 * The reservations a confirmed order makes, one per product. Ids derive from the order, so
 * two devices confirming the same order write the same movements instead of doubling them.
 */
export function reservationMovements({
  order,
  at,
  by,
}: { order: Pick<Order, 'id' | 'lines'> } & Stamp): StockMovement[] {
  const byLine = new Map(order.lines.map((line) => [line.id, line.quantityMilli]));
  return [...perProduct(order, (id) => byLine.get(id) ?? 0)].map(([productId, quantityMilli]) => ({
    id: `${order.id}:reserve:${productId}`,
    productId,
    kind: 'reservation',
    quantityMilli,
    reference: order.id,
    at,
    by,
  }));
}

/** The goods-out movements of one shipment, one per product, with ids derived from the shipment. */
export function shipmentMovements({
  order,
  shipment,
  at,
  by,
}: { order: Pick<Order, 'id' | 'lines'>; shipment: Shipment } & Stamp): StockMovement[] {
  const byLine = new Map<string, number>();
  for (const line of shipment.lines) {
    byLine.set(line.orderLineId, (byLine.get(line.orderLineId) ?? 0) + line.quantityMilli);
  }
  return [...perProduct(order, (id) => byLine.get(id) ?? 0)].map(([productId, quantityMilli]) => ({
    id: `${shipment.id}:ship:${productId}`,
    productId,
    kind: 'shipment',
    quantityMilli,
    reference: order.id,
    at: shipment.shippedAt ?? at,
    by,
  }));
}

/** Gives back whatever a cancelled or cut-short order still holds. */
export function releaseMovements({
  orderId,
  movements,
  at,
  by,
}: { orderId: string; movements: readonly StockMovement[] } & Stamp): StockMovement[] {
  return Object.entries(reservedForOrder({ orderId, movements }))
    .filter(([, quantity]) => quantity > 0)
    .map(([productId, quantityMilli]) => ({
      id: `${orderId}:release:${productId}:${at}`,
      productId,
      kind: 'release',
      quantityMilli,
      reference: orderId,
      at,
      by,
    }));
}
