import type { Account } from '../domain/account.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Order } from '../domain/order.ts';
import type { Actor } from '../domain/roles.ts';
import { assertOrderTransition } from '../workflow/orderWorkflow.ts';

/** Why an order cannot be confirmed yet; the UI translates `orders.problems.<reason>`. */
export type ConfirmationProblem = 'noCustomer' | 'noShipTo' | 'noLines' | 'creditHold';

/**
 * What stops a draft order from being confirmed: no (matching) customer, no ship-to address,
 * no line with a quantity, or the customer on credit hold. Empty means it may be confirmed.
 */
export function orderConfirmationProblems({
  order,
  account,
  creditHold,
}: {
  order: Pick<Order, 'accountId' | 'shipTo' | 'lines'>;
  account: Pick<Account, 'id'> | undefined;
  creditHold: { onHold: boolean };
}): ConfirmationProblem[] {
  const problems: ConfirmationProblem[] = [];
  if (account === undefined || account.id !== order.accountId) problems.push('noCustomer');
  if (order.shipTo === undefined || order.shipTo.line1.trim() === '') problems.push('noShipTo');
  if (!order.lines.some((line) => line.quantityMilli > 0)) problems.push('noLines');
  if (creditHold.onHold) problems.push('creditHold');
  return problems;
}

/**
 * Confirms a draft order; throws `orderNotConfirmable` with the problems (comma-joined in
 * `params.problems`) when any check fails.
 */
export function confirmOrder({
  order,
  account,
  creditHold,
  actor,
  now,
}: {
  order: Order;
  account: Pick<Account, 'id'> | undefined;
  creditHold: { onHold: boolean };
  actor: Actor;
  now: string;
}): Order {
  assertOrderTransition({ from: order.status, to: 'confirmed', role: actor.role });
  const problems = orderConfirmationProblems({ order, account, creditHold });
  if (problems.length > 0) {
    throw new DomainError('orderNotConfirmable', {
      number: order.number,
      problems: problems.join(','),
    });
  }
  return { ...order, status: 'confirmed', confirmedAt: now, updatedAt: now };
}
