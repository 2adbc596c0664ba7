import type { Activity } from '../domain/activity.ts';
import type { FieldEvent } from '../domain/event.ts';
import { type Lead, type LeadSource, leadSources } from '../domain/lead.ts';
import { inPeriod, minutesFromTo, type Period } from './period.ts';
import { mean, median, type Ratio, ratio } from './ratio.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

type MetricLead = Pick<
  Lead,
  'id' | 'source' | 'eventId' | 'createdAt' | 'status' | 'consent' | 'score' | 'convertedAt'
>;
type MetricActivity = Pick<Activity, 'type' | 'related' | 'occurredAt' | 'done'>;
type MetricEvent = Pick<FieldEvent, 'id' | 'name' | 'cost' | 'startsOn' | 'endsOn'>;

/** Activities that touch the person: not notes; only what already happened (done). */
const touchTypes: ReadonlySet<Activity['type']> = new Set([
  'call',
  'visit',
  'email',
  'meeting',
  'task',
]);

function isTouch(activity: MetricActivity): boolean {
  return touchTypes.has(activity.type) && activity.done;
}

/** Leads captured in the period (the population of every lead metric). */
export function leadsInPeriod<T extends Pick<Lead, 'createdAt'>>(
  leads: readonly T[],
  period: Period,
): T[] {
  return leads.filter((lead) => inPeriod(lead.createdAt, period));
}

/** Leads captured in the period per source, with their ids for drill-down. */
export function leadsBySource({
  leads,
  period,
}: {
  leads: readonly MetricLead[];
  period: Period;
}): { source: LeadSource; ids: string[] }[] {
  const bySource = new Map<LeadSource, string[]>(leadSources.map((source) => [source, []]));
  for (const lead of leadsInPeriod(leads, period)) bySource.get(lead.source)?.push(lead.id);
  return [...bySource].map(([source, ids]) => ({ source, ids })).filter((row) => row.ids.length);
}

export type EventLeadRow = {
  eventId: string;
  name: string;
  /** Leads captured at the event in the period. */
  ids: string[];
  /** Event cost in reporting minor units; undefined when unknown or without a rate. */
  cost: number | undefined;
  /** cost ÷ all leads ever tagged with the event (its cost buys all of them). */
  costPerLead: number | undefined;
};

/**
 * Leads per event for events that overlap the period. Cost per lead divides the event's whole
 * cost by every lead tagged with it, whenever captured, because the cost bought all of them.
 */
export function leadsByEvent({
  leads,
  events,
  period,
  reporting,
}: {
  leads: readonly MetricLead[];
  events: readonly MetricEvent[];
  period: Period;
  reporting: ReportingCurrency;
}): EventLeadRow[] {
  const startDate = period.start.slice(0, 10);
  const endDate = period.end.slice(0, 10);
  const allByEvent = new Map<string, number>();
  for (const lead of leads) {
    if (lead.eventId !== undefined) {
      allByEvent.set(lead.eventId, (allByEvent.get(lead.eventId) ?? 0) + 1);
    }
  }
  const inPeriodLeads = leadsInPeriod(leads, period);
  return events
    .filter((event) => event.startsOn < endDate && event.endsOn >= startDate)
    .map((event) => {
      const cost = event.cost === undefined ? undefined : reporting.toReporting(event.cost);
      const all = allByEvent.get(event.id) ?? 0;
      return {
        eventId: event.id,
        name: event.name,
        ids: inPeriodLeads.filter((lead) => lead.eventId === event.id).map((lead) => lead.id),
        cost,
        costPerLead: cost === undefined || all === 0 ? undefined : Math.round(cost / all),
      };
    });
}

export type SpeedToLead = {
  /** Minutes from capture to the first touch, over leads that were touched. */
  medianMinutes: number | undefined;
  meanMinutes: number | undefined;
  touchedIds: string[];
  /** Leads of the period nobody has touched yet. */
  untouchedIds: string[];
};

/** Capture → first real touch (call, visit, email, meeting, done task) for leads of the period. */
export function speedToLead({
  leads,
  activities,
  period,
}: {
  leads: readonly MetricLead[];
  activities: readonly MetricActivity[];
  period: Period;
}): SpeedToLead {
  const firstTouch = new Map<string, string>();
  for (const activity of activities) {
    if (activity.related.collection !== 'leads' || !isTouch(activity)) continue;
    const known = firstTouch.get(activity.related.id);
    if (known === undefined || activity.occurredAt < known) {
      firstTouch.set(activity.related.id, activity.occurredAt);
    }
  }
  const minutes: number[] = [];
  const touchedIds: string[] = [];
  const untouchedIds: string[] = [];
  for (const lead of leadsInPeriod(leads, period)) {
    const touch = firstTouch.get(lead.id);
    if (touch === undefined) {
      untouchedIds.push(lead.id);
      continue;
    }
    touchedIds.push(lead.id);
    minutes.push(Math.max(0, minutesFromTo(lead.createdAt, touch)));
  }
  return { medianMinutes: median(minutes), meanMinutes: mean(minutes), touchedIds, untouchedIds };
}

/** Share of the period's leads that gave marketing consent. */
export function consentShare({
  leads,
  period,
}: {
  leads: readonly MetricLead[];
  period: Period;
}): Ratio & { ids: string[] } {
  const population = leadsInPeriod(leads, period);
  const ids = population.filter((lead) => lead.consent.given).map((lead) => lead.id);
  return { ...ratio(ids.length, population.length), ids };
}
