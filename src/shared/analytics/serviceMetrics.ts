import type { Ticket } from '../domain/ticket.ts';
import { inPeriod, minutesFromTo, type Period } from './period.ts';
import { mean, median, type Ratio, ratio } from './ratio.ts';

type MetricTicket = Pick<Ticket, 'id' | 'status' | 'createdAt' | 'sla'>;

/** Tickets not yet resolved or closed (a snapshot, whatever the period). */
export function openTickets(tickets: readonly MetricTicket[]): string[] {
  return tickets
    .filter((ticket) => ticket.status !== 'resolved' && ticket.status !== 'closed')
    .map((ticket) => ticket.id);
}

/**
 * SLA attainment: of the tickets resolved in the period that had deadlines, the share that met
 * both the first-response and the resolution deadline.
 */
export function slaAttainment({
  tickets,
  period,
}: {
  tickets: readonly MetricTicket[];
  period: Period;
}): Ratio & { metIds: string[]; breachedIds: string[] } {
  const metIds: string[] = [];
  const breachedIds: string[] = [];
  for (const ticket of tickets) {
    const { sla } = ticket;
    if (!inPeriod(sla.resolvedAt, period)) continue;
    if (sla.firstResponseDueAt === undefined && sla.resolutionDueAt === undefined) continue;
    const responded = sla.firstRespondedAt ?? sla.resolvedAt;
    const responseMet =
      sla.firstResponseDueAt === undefined ||
      (responded !== undefined && Date.parse(responded) <= Date.parse(sla.firstResponseDueAt));
    const resolutionMet =
      sla.resolutionDueAt === undefined ||
      (sla.resolvedAt !== undefined &&
        Date.parse(sla.resolvedAt) <= Date.parse(sla.resolutionDueAt));
    if (responseMet && resolutionMet) metIds.push(ticket.id);
    else breachedIds.push(ticket.id);
  }
  return { ...ratio(metIds.length, metIds.length + breachedIds.length), metIds, breachedIds };
}

/** Minutes from opening to the first response, for first responses given in the period. */
export function firstResponseTime({
  tickets,
  period,
}: {
  tickets: readonly MetricTicket[];
  period: Period;
}): { medianMinutes: number | undefined; meanMinutes: number | undefined; ids: string[] } {
  const responded = tickets.filter((ticket) => inPeriod(ticket.sla.firstRespondedAt, period));
  const minutes = responded.map((ticket) =>
    Math.max(0, minutesFromTo(ticket.createdAt, ticket.sla.firstRespondedAt ?? ticket.createdAt)),
  );
  return {
    medianMinutes: median(minutes),
    meanMinutes: mean(minutes),
    ids: responded.map((ticket) => ticket.id),
  };
}
