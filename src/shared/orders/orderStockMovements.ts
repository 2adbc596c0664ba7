import type { Order, OrderStatus } from '../domain/order.ts';
import type { Product } from '../domain/product.ts';
import { reservationMovements, shipmentMovements } from './orderMovements.ts';
import { remainingToShip } from './shipments.ts';
import type { StockMovement } from './stockMovement.ts';

// Orders that still hold stock for what they have not shipped yet.
const holding: ReadonlySet<OrderStatus> = new Set(['confirmed', 'in_fulfillment']);

/** The order fields stock follows from. */
export type StockOrder = Pick<
  Order,
  'id' | 'ownerId' | 'status' | 'lines' | 'shipments' | 'confirmedAt' | 'updatedAt'
>;

/**
 * The stock movements an order stands for, derived from the order instead of stored: a
 * confirmed or in-fulfillment order reserves its unshipped rest (reference: the order id), and
 * every shipment takes goods out (reference: the shipment id, so the figures never depend on
 * how shipment and reservation times sort). Drafts hold nothing; a cancelled order only keeps
 * goods that already left.
 */
export function orderStockMovements(order: StockOrder): StockMovement[] {
  if (order.status === 'draft') return [];
  const by = order.ownerId;
  const out = order.shipments.flatMap((shipment) =>
    shipmentMovements({ order, shipment, at: shipment.shippedAt ?? order.updatedAt, by }).map(
      (movement) => ({ ...movement, reference: shipment.id }),
    ),
  );
  if (holding.has(order.status)) {
    const remaining = remainingToShip(order);
    const rest = order.lines.map((line) => ({ ...line, quantityMilli: remaining[line.id] ?? 0 }));
    out.push(
      ...reservationMovements({
        order: { id: order.id, lines: rest },
        at: order.confirmedAt ?? order.updatedAt,
        by,
      }),
    );
  }
  return out;
}

/**
 * The whole stock ledger a device can see: receipts and adjustments kept in the products, plus
 * what the orders reserve and ship. Feed it to `stockLevels` or `backorderWarnings`.
 */
export function inventoryLedger({
  products,
  orders,
}: {
  products: readonly Pick<Product, 'stockMovements'>[];
  orders: readonly StockOrder[];
}): StockMovement[] {
  return [
    ...products.flatMap((product) => product.stockMovements),
    ...orders.flatMap(orderStockMovements),
  ];
}
