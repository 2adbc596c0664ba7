import type { Ticket, TicketPriority, TicketStatus } from '../../../shared/domain/ticket.ts';
import { slaStatus } from '../../../shared/service/slaStatus.ts';

/** What a ticket list can be narrowed to; `open` means anything not resolved or closed. */
export type TicketFilter = {
  accountId?: string;
  orderId?: string;
  contactId?: string;
  status?: TicketStatus | 'open';
  priority?: TicketPriority;
  /** A user id, or `unassigned` for tickets nobody has taken. */
  assigneeId?: string;
  /** Only tickets whose first response or resolution is late at `now`. */
  breached?: boolean;
};

const closedStatuses: readonly TicketStatus[] = ['resolved', 'closed'];
const openStatuses: readonly TicketStatus[] = ['new', 'in_progress', 'waiting_on_customer'];

/** An RxDB query of a ticket list: the selector and the index that narrows it. */
export type TicketFind = {
  selector: {
    accountId?: string;
    orderId?: string;
    contactId?: string;
    status?: TicketStatus | { $in: TicketStatus[] };
  };
  index?: string[];
};

/**
 * The RxDB query behind a ticket list: a customer's tickets (an order's or a contact's too, found
 * through their customer when it is given) through `[accountId, updatedAt]`, a status filter
 * through `[status, updatedAt]`. Priority, assignee and breaches are checked in memory.
 */
export function ticketFind(
  filter: Pick<TicketFilter, 'accountId' | 'orderId' | 'contactId' | 'status'>,
): TicketFind {
  const status =
    filter.status === 'open' ? { $in: [...openStatuses] } : (filter.status ?? undefined);
  const selector: TicketFind['selector'] = {
    ...(filter.accountId ? { accountId: filter.accountId } : {}),
    ...(filter.orderId ? { orderId: filter.orderId } : {}),
    ...(filter.contactId ? { contactId: filter.contactId } : {}),
    ...(status === undefined ? {} : { status }),
  };
  if (filter.accountId) return { selector, index: ['accountId', 'updatedAt'] };
  if (status !== undefined) return { selector, index: ['status', 'updatedAt'] };
  return { selector };
}

/** Tells whether a ticket still waits for work (not resolved, not closed). */
export function isOpenTicket(ticket: Pick<Ticket, 'status'>): boolean {
  return !closedStatuses.includes(ticket.status);
}

function matches(ticket: Ticket, filter: TicketFilter, now: string): boolean {
  if (filter.accountId && ticket.accountId !== filter.accountId) return false;
  if (filter.orderId && ticket.orderId !== filter.orderId) return false;
  if (filter.contactId && ticket.contactId !== filter.contactId) return false;
  if (filter.status === 'open' && !isOpenTicket(ticket)) return false;
  if (filter.status && filter.status !== 'open' && ticket.status !== filter.status) return false;
  if (filter.priority && ticket.priority !== filter.priority) return false;
  if (filter.assigneeId === 'unassigned' && ticket.assigneeId !== undefined) return false;
  if (
    filter.assigneeId &&
    filter.assigneeId !== 'unassigned' &&
    ticket.assigneeId !== filter.assigneeId
  )
    return false;
  if (filter.breached && !slaStatus({ ticket, now }).breached) return false;
  return true;
}

// The deadline that matters next: first response until answered, then resolution.
function nextDueAt(ticket: Ticket): string {
  const { sla } = ticket;
  return (
    (sla.firstRespondedAt === undefined ? sla.firstResponseDueAt : undefined) ??
    sla.resolutionDueAt ??
    '9999'
  );
}

/**
 * The tickets that pass `filter` at `now`: open ones first, the nearest deadline first, then
 * resolved and closed ones, most recently changed first.
 */
export function selectTickets(tickets: readonly Ticket[], filter: TicketFilter, now: string) {
  return tickets
    .filter((ticket) => matches(ticket, filter, now))
    .sort((a, b) => {
      const openA = isOpenTicket(a);
      const openB = isOpenTicket(b);
      if (openA !== openB) return openA ? -1 : 1;
      if (openA) return nextDueAt(a).localeCompare(nextDueAt(b)) || b.id.localeCompare(a.id);
      return b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);
    });
}
