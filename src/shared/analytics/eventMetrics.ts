import type { FieldEvent } from '../domain/event.ts';
import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

export type EventRoi = {
  eventId: string;
  name: string;
  /** Event cost in reporting minor units (undefined when unknown). */
  cost: number | undefined;
  /** Won deals that came from the event (tagged with it, or converted from its leads). */
  wonIds: string[];
  wonRevenue: number;
  /** wonRevenue ÷ cost; undefined without a cost. 2.5 means every 1 spent brought 2.5 back. */
  roi: number | undefined;
};

/** Return on each event: revenue won from its leads ÷ what the event cost. */
export function eventRoi({
  events,
  leads,
  opportunities,
  reporting,
}: {
  events: readonly Pick<FieldEvent, 'id' | 'name' | 'cost'>[];
  leads: readonly Pick<Lead, 'id' | 'eventId'>[];
  opportunities: readonly Pick<Opportunity, 'id' | 'stage' | 'amount' | 'eventId' | 'leadId'>[];
  reporting: ReportingCurrency;
}): EventRoi[] {
  const eventOfLead = new Map<string, string>();
  for (const lead of leads) if (lead.eventId !== undefined) eventOfLead.set(lead.id, lead.eventId);
  const won = new Map<string, { ids: string[]; revenue: number }>();
  for (const deal of opportunities) {
    if (deal.stage !== 'closed_won') continue;
    const eventId =
      deal.eventId ?? (deal.leadId === undefined ? undefined : eventOfLead.get(deal.leadId));
    if (eventId === undefined) continue;
    const entry = won.get(eventId) ?? { ids: [], revenue: 0 };
    entry.ids.push(deal.id);
    entry.revenue += reporting.toReporting(deal.amount) ?? 0;
    won.set(eventId, entry);
  }
  return events.map((event) => {
    const cost = event.cost === undefined ? undefined : reporting.toReporting(event.cost);
    const entry = won.get(event.id) ?? { ids: [], revenue: 0 };
    return {
      eventId: event.id,
      name: event.name,
      cost,
      wonIds: entry.ids,
      wonRevenue: entry.revenue,
      roi: cost === undefined || cost <= 0 ? undefined : entry.revenue / cost,
    };
  });
}
