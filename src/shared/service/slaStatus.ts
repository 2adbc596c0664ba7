import type { Ticket } from '../domain/ticket.ts';

/** One SLA clock: no target, still running, met in time, or breached (late or overdue now). */
export type SlaClock =
  | { state: 'none' }
  | { state: 'pending'; dueAt: string; minutesLeft: number }
  | { state: 'met'; dueAt: string; at: string }
  | { state: 'breached'; dueAt: string; at?: string; minutesLate: number };

export type SlaStatus = { firstResponse: SlaClock; resolution: SlaClock; breached: boolean };

function clock(dueAt: string | undefined, doneAt: string | undefined, now: string): SlaClock {
  if (dueAt === undefined) return { state: 'none' };
  const due = Date.parse(dueAt);
  if (doneAt !== undefined) {
    const done = Date.parse(doneAt);
    return done <= due
      ? { state: 'met', dueAt, at: doneAt }
      : { state: 'breached', dueAt, at: doneAt, minutesLate: Math.ceil((done - due) / 60_000) };
  }
  const left = due - Date.parse(now);
  return left >= 0
    ? { state: 'pending', dueAt, minutesLeft: Math.floor(left / 60_000) }
    : { state: 'breached', dueAt, minutesLate: Math.ceil(-left / 60_000) };
}

/**
 * Where a ticket stands against its SLA at `now`: first response and resolution each met,
 * pending (with minutes left) or breached (with minutes late), plus one breach flag. A closed
 * ticket without a resolution time counts as resolved when closed.
 */
export function slaStatus({
  ticket,
  now,
}: {
  ticket: Pick<Ticket, 'sla' | 'closedAt'>;
  now: string;
}): SlaStatus {
  const firstResponse = clock(ticket.sla.firstResponseDueAt, ticket.sla.firstRespondedAt, now);
  const resolution = clock(
    ticket.sla.resolutionDueAt,
    ticket.sla.resolvedAt ?? ticket.closedAt,
    now,
  );
  return {
    firstResponse,
    resolution,
    breached: firstResponse.state === 'breached' || resolution.state === 'breached',
  };
}
