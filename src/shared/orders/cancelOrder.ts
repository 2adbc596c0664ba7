import { DomainError } from '../domain/DomainError.ts';
import type { Order } from '../domain/order.ts';
import type { Actor } from '../domain/roles.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';
import { assertOrderTransition } from '../workflow/orderWorkflow.ts';
import { shippedQuantities } from './shipments.ts';

function requireReason(order: Order, reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new DomainError('reasonRequired', {
      workflow: 'order',
      from: order.status,
      to: 'cancelled',
    });
  }
  return trimmed;
}

/**
 * Cancels an order nothing has shipped from (a reason is required; confirmed orders by the
 * seller, in-fulfillment ones by a manager). Once goods are out the order cannot be cancelled
 * as a whole (`orderHasShipments`): cancel the unshipped rest instead.
 */
export function cancelOrder({
  order,
  actor,
  reason,
  now,
}: {
  order: Order;
  actor: Actor;
  reason: string;
  now: string;
}): Order {
  if (order.shipments.length > 0) {
    throw new DomainError('orderHasShipments', { number: order.number });
  }
  assertOrderTransition({ from: order.status, to: 'cancelled', role: actor.role, reason });
  return {
    ...order,
    status: 'cancelled',
    cancelReason: requireReason(order, reason),
    updatedAt: now,
  };
}

/**
 * Cuts a partly shipped order down to what has shipped (a manager's call, with a reason): each
 * line keeps its shipped quantity, unshipped lines go, totals are recomputed and the order is
 * fulfilled. Reservations for the rest are the caller's to release.
 */
export function cancelUnshippedRest({
  order,
  actor,
  reason,
  now,
}: {
  order: Order;
  actor: Actor;
  reason: string;
  now: string;
}): Order {
  if (order.status !== 'in_fulfillment') {
    throw new DomainError('forbiddenTransition', {
      workflow: 'order',
      from: order.status,
      to: 'fulfilled',
      role: actor.role,
    });
  }
  // Same people who may cancel an order that is moving.
  assertOrderTransition({ from: order.status, to: 'cancelled', role: actor.role, reason });
  const cancelReason = requireReason(order, reason);
  const shipped = shippedQuantities(order);
  const lines = order.lines
    .filter((line) => (shipped[line.id] ?? 0) > 0)
    .map((line) => ({ ...line, quantityMilli: shipped[line.id] ?? 0 }));
  const { subtotal, discount, tax, total } = computeQuoteTotals({ ...order, lines });
  assertOrderTransition({ from: order.status, to: 'fulfilled', role: actor.role });
  return {
    ...order,
    lines,
    totals: { subtotal, discount, tax, total },
    status: 'fulfilled',
    cancelReason,
    updatedAt: now,
  };
}
