import type { Activity } from '../domain/activity.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Actor } from '../domain/roles.ts';
import type { SettingValue } from '../domain/setting.ts';
import type { Ticket, TicketStatus } from '../domain/ticket.ts';
import { assertTicketTransition } from '../workflow/ticketWorkflow.ts';
import { applyServiceLevels } from './serviceLevels.ts';

type ServiceLevelsValue = Extract<SettingValue, { kind: 'serviceLevels' }>;

/** What a new ticket needs besides its id, number and clock. */
export type TicketInput = Pick<Ticket, 'accountId' | 'subject' | 'priority'> &
  Partial<
    Pick<
      Ticket,
      'contactId' | 'orderId' | 'productId' | 'description' | 'channel' | 'category' | 'assigneeId'
    >
  >;

/** Opens a ticket (status new) with SLA deadlines from its priority. */
export function openTicket({
  id,
  number,
  input,
  actor,
  now,
  serviceLevels,
}: {
  id: string;
  number: string;
  input: TicketInput;
  actor: Actor;
  now: string;
  serviceLevels?: ServiceLevelsValue;
}): Ticket {
  const subject = input.subject.trim();
  if (subject === '') throw new DomainError('subjectRequired', { number });
  return applyServiceLevels({
    ticket: {
      description: '',
      ...input,
      subject,
      id,
      number,
      ownerId: actor.id,
      createdAt: now,
      updatedAt: now,
      status: 'new',
      sla: {},
    },
    serviceLevels,
  });
}

/** Stamps the first response (a reply, a call back) once; later responses change nothing. */
export function recordFirstResponse({ ticket, now }: { ticket: Ticket; now: string }): Ticket {
  if (ticket.sla.firstRespondedAt !== undefined) return ticket;
  return { ...ticket, sla: { ...ticket.sla, firstRespondedAt: now }, updatedAt: now };
}

/**
 * Moves a ticket through its workflow and keeps the SLA facts: leaving `new` counts as the
 * first response, resolving stamps the resolution (with its text), closing the close time,
 * and reopening clears both so the resolution clock runs again.
 */
export function changeTicketStatus({
  ticket,
  to,
  actor,
  reason,
  resolution,
  now,
}: {
  ticket: Ticket;
  to: TicketStatus;
  actor: Actor;
  reason?: string;
  resolution?: string;
  now: string;
}): Ticket {
  assertTicketTransition({ from: ticket.status, to, role: actor.role, reason });
  const responded = ticket.sla.firstRespondedAt ?? now;
  const { resolvedAt: _resolvedAt, ...openSla } = ticket.sla;
  const { closedAt: _closedAt, ...open } = ticket;
  if (to === 'resolved') {
    return {
      ...open,
      status: to,
      sla: { ...ticket.sla, firstRespondedAt: responded, resolvedAt: now },
      ...(resolution?.trim() ? { resolution: resolution.trim() } : {}),
      updatedAt: now,
    };
  }
  if (to === 'closed') {
    return { ...ticket, status: to, closedAt: now, updatedAt: now };
  }
  return { ...open, status: to, sla: { ...openSla, firstRespondedAt: responded }, updatedAt: now };
}

/** A call, email, visit or meeting we made answers the customer; a note, a task or their own call does not. */
export function answersCustomer(activity: Pick<Activity, 'type' | 'direction'>): boolean {
  return (
    ['call', 'email', 'visit', 'meeting'].includes(activity.type) &&
    activity.direction !== 'inbound'
  );
}

/**
 * What logging an activity on a ticket does to it: a reply to the customer (see answersCustomer)
 * is its first response, at the time the reply happened (never before the ticket was opened nor
 * after now), and takes a new ticket in hand. Anything else, or a closed ticket, is unchanged.
 */
export function recordTicketReply({
  ticket,
  activity,
  actor,
  now,
}: {
  ticket: Ticket;
  activity: Pick<Activity, 'type' | 'direction' | 'occurredAt'>;
  actor: Actor;
  now: string;
}): Ticket {
  if (!answersCustomer(activity) || ticket.status === 'closed') return ticket;
  const repliedMs = Math.min(
    Date.parse(now),
    Math.max(Date.parse(ticket.createdAt), Date.parse(activity.occurredAt)),
  );
  const repliedAt = new Date(repliedMs).toISOString();
  const responded = recordFirstResponse({ ticket, now: repliedAt });
  if (responded.status !== 'new') {
    return responded === ticket ? ticket : { ...responded, updatedAt: now };
  }
  return changeTicketStatus({ ticket: responded, to: 'in_progress', actor, now });
}
