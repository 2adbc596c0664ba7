import { DomainError } from '../domain/DomainError.ts';
import type { Order } from '../domain/order.ts';
import { remainingToShip } from './shipments.ts';
import type { StockMovement } from './stockMovement.ts';

/** Stock of one product in thousandths: available = on hand − reserved (may go negative: oversold). */
export type StockLevel = { onHand: number; reserved: number; available: number };

function checkMovement(movement: StockMovement): void {
  if (movement.kind !== 'adjustment' && movement.quantityMilli <= 0) {
    throw new DomainError('invalidStockMovement', {
      id: movement.id,
      kind: movement.kind,
      quantity: movement.quantityMilli,
    });
  }
}

// Same id, different content cannot happen with immutable movements; if it does, pick the
// same winner on every device so the ledgers still converge.
function preferred(a: StockMovement, b: StockMovement): StockMovement {
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/** Unions ledgers by movement id, ordered by time then id: the same result whatever the order of the inputs. */
export function mergeLedgers(...ledgers: readonly (readonly StockMovement[])[]): StockMovement[] {
  const byId = new Map<string, StockMovement>();
  for (const ledger of ledgers) {
    for (const movement of ledger) {
      const known = byId.get(movement.id);
      byId.set(movement.id, known === undefined ? movement : preferred(known, movement));
    }
  }
  return [...byId.values()].sort(
    (a, b) => a.at.localeCompare(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * On hand, reserved and available per product id from the ledger (duplicates by id count
 * once). A reservation is held per order (`reference`) until released or shipped.
 */
export function stockLevels({
  movements,
}: {
  movements: readonly StockMovement[];
}): Record<string, StockLevel> {
  const onHand = new Map<string, number>();
  const held = new Map<string, Map<string, number>>();
  for (const movement of mergeLedgers(movements)) {
    checkMovement(movement);
    const { productId, quantityMilli: quantity, reference } = movement;
    const holds = held.get(productId) ?? new Map<string, number>();
    held.set(productId, holds);
    const hold = holds.get(reference) ?? 0;
    if (movement.kind === 'receipt' || movement.kind === 'adjustment') {
      onHand.set(productId, (onHand.get(productId) ?? 0) + quantity);
    } else if (movement.kind === 'shipment') {
      onHand.set(productId, (onHand.get(productId) ?? 0) - quantity);
      holds.set(reference, Math.max(0, hold - quantity));
    } else {
      holds.set(
        reference,
        Math.max(0, hold + (movement.kind === 'reservation' ? quantity : -quantity)),
      );
    }
  }
  const levels: Record<string, StockLevel> = {};
  for (const productId of new Set([...onHand.keys(), ...held.keys()])) {
    const stock = onHand.get(productId) ?? 0;
    const reserved = [...(held.get(productId)?.values() ?? [])].reduce((sum, q) => sum + q, 0);
    levels[productId] = { onHand: stock, reserved, available: stock - reserved };
  }
  return levels;
}

/** What an order still holds per product (its reservations less releases and shipments). */
export function reservedForOrder({
  orderId,
  movements,
}: {
  orderId: string;
  movements: readonly StockMovement[];
}): Record<string, number> {
  return Object.fromEntries(
    Object.entries(
      stockLevels({ movements: movements.filter((m) => m.reference === orderId) }),
    ).map(([productId, level]) => [productId, level.reserved]),
  );
}

export type BackorderWarning = {
  productId: string;
  needed: number;
  covered: number;
  short: number;
};

/**
 * Products a confirmed order cannot be filled from: what is left to ship beyond what is
 * available plus what this order already holds. Empty when stock covers the order.
 */
export function backorderWarnings({
  order,
  movements,
}: {
  order: Pick<Order, 'id' | 'lines' | 'shipments'>;
  movements: readonly StockMovement[];
}): BackorderWarning[] {
  return backorderWarningsFromLevels({
    order,
    levels: stockLevels({ movements }),
    held: reservedForOrder({ orderId: order.id, movements }),
  });
}

/**
 * `backorderWarnings` against figures already computed (e.g. the server's company-wide ones):
 * `held` is what this order itself holds per product, which `levels` counts as reserved.
 */
export function backorderWarningsFromLevels({
  order,
  levels,
  held,
}: {
  order: Pick<Order, 'lines' | 'shipments'>;
  levels: Readonly<Record<string, StockLevel>>;
  held: Readonly<Record<string, number>>;
}): BackorderWarning[] {
  const remaining = remainingToShip(order);
  const needed = new Map<string, number>();
  for (const line of order.lines) {
    if (line.productId === undefined) continue;
    needed.set(line.productId, (needed.get(line.productId) ?? 0) + (remaining[line.id] ?? 0));
  }
  const warnings: BackorderWarning[] = [];
  for (const [productId, quantity] of needed) {
    const covered = Math.max(0, (levels[productId]?.available ?? 0) + (held[productId] ?? 0));
    if (quantity > covered)
      warnings.push({ productId, needed: quantity, covered, short: quantity - covered });
  }
  return warnings;
}
