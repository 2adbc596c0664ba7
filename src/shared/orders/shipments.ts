import { DomainError } from '../domain/DomainError.ts';
import type { Order, OrderStatus, Shipment } from '../domain/order.ts';
import type { Actor } from '../domain/roles.ts';
import { assertOrderTransition } from '../workflow/orderWorkflow.ts';

/** Quantities (thousandths) shipped so far per order line id, over all shipments. */
export function shippedQuantities(order: Pick<Order, 'shipments'>): Record<string, number> {
  const shipped: Record<string, number> = {};
  for (const shipment of order.shipments) {
    for (const line of shipment.lines) {
      shipped[line.orderLineId] = (shipped[line.orderLineId] ?? 0) + line.quantityMilli;
    }
  }
  return shipped;
}

/** What is still to ship per order line id (never negative). */
export function remainingToShip(order: Pick<Order, 'lines' | 'shipments'>): Record<string, number> {
  const shipped = shippedQuantities(order);
  return Object.fromEntries(
    order.lines.map((line) => [line.id, Math.max(0, line.quantityMilli - (shipped[line.id] ?? 0))]),
  );
}

/**
 * The status an order's shipments call for: fulfilled when every line has fully shipped,
 * in fulfillment when something has, else unchanged.
 */
export function orderStatusAfterShipments(
  order: Pick<Order, 'status' | 'lines' | 'shipments'>,
): OrderStatus {
  if (order.status !== 'confirmed' && order.status !== 'in_fulfillment') return order.status;
  if (order.shipments.length === 0) return order.status;
  const remaining = remainingToShip(order);
  return Object.values(remaining).every((quantity) => quantity === 0)
    ? 'fulfilled'
    : 'in_fulfillment';
}

/**
 * Adds a (possibly partial) shipment to a confirmed or in-fulfillment order and moves the
 * status on. Refuses unknown lines (`unknownOrderLine`), more than is left (`overShipment`)
 * and a shipment id already there (`duplicateShipment`).
 */
export function recordShipment({
  order,
  shipment,
  actor,
  now,
}: {
  order: Order;
  shipment: Shipment;
  actor: Actor;
  now: string;
}): Order {
  if (order.status !== 'confirmed' && order.status !== 'in_fulfillment') {
    throw new DomainError('orderNotShippable', { number: order.number, status: order.status });
  }
  if (order.shipments.some((existing) => existing.id === shipment.id)) {
    throw new DomainError('duplicateShipment', { number: order.number, shipmentId: shipment.id });
  }
  const remaining = remainingToShip(order);
  const wanted: Record<string, number> = {};
  for (const line of shipment.lines) {
    if (remaining[line.orderLineId] === undefined) {
      throw new DomainError('unknownOrderLine', { number: order.number, lineId: line.orderLineId });
    }
    wanted[line.orderLineId] = (wanted[line.orderLineId] ?? 0) + line.quantityMilli;
  }
  for (const [lineId, quantity] of Object.entries(wanted)) {
    const left = remaining[lineId] ?? 0;
    if (quantity > left) {
      throw new DomainError('overShipment', {
        number: order.number,
        lineId,
        quantity,
        remaining: left,
      });
    }
  }
  const next = { ...order, shipments: [...order.shipments, shipment], updatedAt: now };
  const target = orderStatusAfterShipments(next);
  const path: OrderStatus[] = ['confirmed', 'in_fulfillment', 'fulfilled'];
  let status: OrderStatus = order.status;
  while (status !== target) {
    const step: OrderStatus = path[path.indexOf(status) + 1] ?? target;
    assertOrderTransition({ from: status, to: step, role: actor.role });
    status = step;
  }
  return { ...next, status };
}

/** Records when a shipment reached the customer. */
export function markShipmentDelivered({
  order,
  shipmentId,
  deliveredAt,
}: {
  order: Order;
  shipmentId: string;
  deliveredAt: string;
}): Order {
  if (!order.shipments.some((shipment) => shipment.id === shipmentId)) {
    throw new DomainError('shipmentNotFound', { number: order.number, shipmentId });
  }
  return {
    ...order,
    shipments: order.shipments.map((shipment) =>
      shipment.id === shipmentId ? { ...shipment, deliveredAt } : shipment,
    ),
    updatedAt: deliveredAt,
  };
}
