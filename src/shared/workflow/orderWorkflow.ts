import { type OrderStatus, orderStatuses } from '../domain/order.ts';
import type { Role } from '../domain/roles.ts';
import {
  assertTransition,
  defineWorkflow,
  nextStatuses,
  type TransitionRequest,
} from './stateMachine.ts';

const sellers = ['rep', 'manager', 'admin'] as const satisfies readonly Role[];
const overseers = ['manager', 'admin'] as const satisfies readonly Role[];

/**
 * draft → confirmed → in_fulfillment → fulfilled → closed. Cancelling needs a reason and is
 * impossible once fulfilled; once goods are moving only a manager may cancel.
 */
export const orderWorkflow = defineWorkflow<OrderStatus>({
  name: 'order',
  statuses: orderStatuses,
  rules: [
    { from: ['draft'], to: 'confirmed', roles: sellers },
    { from: ['confirmed'], to: 'in_fulfillment', roles: sellers },
    { from: ['in_fulfillment'], to: 'fulfilled', roles: sellers },
    // Closing follows invoicing, so finance closes too.
    { from: ['fulfilled'], to: 'closed', roles: ['manager', 'finance', 'admin'] },
    { from: ['draft', 'confirmed'], to: 'cancelled', roles: sellers, reasonRequired: true },
    { from: ['in_fulfillment'], to: 'cancelled', roles: overseers, reasonRequired: true },
  ],
});

/** The statuses `role` may move an order to from `from`. */
export function nextOrderStatuses(args: { from: OrderStatus; role: Role }): OrderStatus[] {
  return nextStatuses(orderWorkflow, args);
}

/** Throws a DomainError unless the order may move; cancelling needs a reason. */
export function assertOrderTransition(request: TransitionRequest<OrderStatus>): void {
  assertTransition(orderWorkflow, request);
}
