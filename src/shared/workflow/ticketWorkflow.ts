import type { Role } from '../domain/roles.ts';
import { type TicketStatus, ticketStatuses } from '../domain/ticket.ts';
import {
  assertTransition,
  defineWorkflow,
  nextStatuses,
  type TransitionRequest,
} from './stateMachine.ts';

const everyone = ['rep', 'manager', 'finance', 'admin'] as const satisfies readonly Role[];
const overseers = ['manager', 'admin'] as const satisfies readonly Role[];

/**
 * new → in_progress ⇄ waiting_on_customer → resolved → closed. Anyone on the team works
 * tickets (finance takes billing questions). A resolved ticket reopens when the customer
 * answers; a closed one only by a manager, with a reason, because closing ends the SLA clock.
 */
export const ticketWorkflow = defineWorkflow<TicketStatus>({
  name: 'ticket',
  statuses: ticketStatuses,
  rules: [
    { from: ['new', 'waiting_on_customer', 'resolved'], to: 'in_progress', roles: everyone },
    { from: ['new', 'in_progress'], to: 'waiting_on_customer', roles: everyone },
    { from: ['new', 'in_progress', 'waiting_on_customer'], to: 'resolved', roles: everyone },
    { from: ['resolved'], to: 'closed', roles: everyone },
    { from: ['closed'], to: 'in_progress', roles: overseers, reasonRequired: true },
  ],
});

/** The statuses `role` may move a ticket to from `from`. */
export function nextTicketStatuses(args: { from: TicketStatus; role: Role }): TicketStatus[] {
  return nextStatuses(ticketWorkflow, args);
}

/** Throws a DomainError unless the ticket may move; reopening a closed ticket needs a reason. */
export function assertTicketTransition(request: TransitionRequest<TicketStatus>): void {
  assertTransition(ticketWorkflow, request);
}
