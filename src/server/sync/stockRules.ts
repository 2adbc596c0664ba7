import { DomainError } from '../../shared/domain/DomainError.ts';
import type { Order } from '../../shared/domain/order.ts';
import type { Product } from '../../shared/domain/product.ts';
import { shippedQuantities } from '../../shared/orders/shipments.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';

type ShippedOrder = Pick<Order, 'number' | 'status' | 'lines' | 'shipments'>;

/**
 * Checks a pushed order's shipments: goods that left stay recorded (a shipment's lines never
 * change or disappear; carrier, tracking and delivery may be filled in), a draft ships nothing,
 * and no line ships more than was ordered, which two devices shipping the same order offline
 * could otherwise do together. Throws DomainError.
 */
export function assertOrderShipments({
  current,
  next,
}: {
  current: ShippedOrder | undefined;
  next: ShippedOrder;
}): void {
  const shipments = next.shipments ?? [];
  const kept = new Map(shipments.map((shipment) => [shipment.id, shipment]));
  for (const shipment of current?.shipments ?? []) {
    const still = kept.get(shipment.id);
    if (!still || !deepEqual(still.lines, shipment.lines)) {
      throw new DomainError('immutable_field', { field: 'shipments', shipmentId: shipment.id });
    }
  }
  if (next.status === 'draft' && shipments.length > 0) {
    throw new DomainError('orderNotShippable', { number: next.number, status: next.status });
  }
  const shipped = shippedQuantities({ shipments });
  const ordered = new Map(next.lines.map((line) => [line.id, line.quantityMilli]));
  for (const [lineId, quantity] of Object.entries(shipped)) {
    const limit = ordered.get(lineId);
    if (limit === undefined) {
      throw new DomainError('unknownOrderLine', { number: next.number, lineId });
    }
    if (quantity > limit) {
      const before = current ? (shippedQuantities(current)[lineId] ?? 0) : 0;
      throw new DomainError('overShipment', {
        number: next.number,
        lineId,
        quantity,
        remaining: Math.max(0, limit - before),
      });
    }
  }
}

type StockedProduct = Pick<Product, 'id' | 'stockMovements'> &
  Partial<Pick<Product, 'sku' | 'kind'>>;

/**
 * Checks a pushed product's stock ledger: append-only (a booked receipt or count is never
 * changed or removed), every movement of this product, receipts positive and adjustments not
 * zero, and none added to a service (a service has no stock). Throws DomainError.
 */
export function assertProductLedger({
  current,
  next,
}: {
  current: StockedProduct | undefined;
  next: StockedProduct;
}): void {
  const movements = next.stockMovements ?? [];
  const byId = new Map(movements.map((movement) => [movement.id, movement]));
  for (const movement of current?.stockMovements ?? []) {
    if (!deepEqual(byId.get(movement.id), movement)) {
      throw new DomainError('immutable_field', { field: 'stockMovements', id: movement.id });
    }
  }
  const booked = new Set((current?.stockMovements ?? []).map((movement) => movement.id));
  if (next.kind === 'service' && movements.some((movement) => !booked.has(movement.id))) {
    throw new DomainError('serviceHasNoStock', { sku: next.sku ?? next.id });
  }
  for (const movement of movements) {
    const valid =
      movement.productId === next.id &&
      (movement.kind === 'receipt' ? movement.quantityMilli > 0 : movement.quantityMilli !== 0);
    if (!valid) {
      throw new DomainError('invalidStockMovement', {
        id: movement.id,
        kind: movement.kind,
        quantity: movement.quantityMilli,
      });
    }
  }
}
