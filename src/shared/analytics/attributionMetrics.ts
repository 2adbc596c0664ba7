import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import { leadsInPeriod } from './leadMetrics.ts';
import type { Period } from './period.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

export const attributionDimensions = ['source', 'medium', 'campaign'] as const;
export type AttributionDimension = (typeof attributionDimensions)[number];

export type AttributionRow = {
  /** The UTM value as captured (lower-cased, trimmed); '' for leads without one. */
  value: string;
  leadIds: string[];
  /** Won deals converted from those leads (whenever they closed). */
  wonIds: string[];
  wonRevenue: number;
};

/**
 * Leads captured in the period and the revenue they have brought, by one attribution dimension
 * (UTM source, medium or campaign from web forms). Leads without attribution form the '' row.
 * Rows sort by leads, most first.
 */
export function attributionBreakdown({
  leads,
  opportunities,
  period,
  reporting,
  dimension,
}: {
  leads: readonly Pick<Lead, 'id' | 'createdAt' | 'attribution'>[];
  opportunities: readonly Pick<Opportunity, 'id' | 'stage' | 'amount' | 'leadId'>[];
  period: Period;
  reporting: ReportingCurrency;
  dimension: AttributionDimension;
}): AttributionRow[] {
  const rows = new Map<string, AttributionRow>();
  const rowOfLead = new Map<string, AttributionRow>();
  for (const lead of leadsInPeriod(leads, period)) {
    const value = (lead.attribution?.[dimension] ?? '').trim().toLowerCase();
    const row = rows.get(value) ?? { value, leadIds: [], wonIds: [], wonRevenue: 0 };
    row.leadIds.push(lead.id);
    rows.set(value, row);
    rowOfLead.set(lead.id, row);
  }
  for (const deal of opportunities) {
    if (deal.stage !== 'closed_won' || deal.leadId === undefined) continue;
    const row = rowOfLead.get(deal.leadId);
    if (!row) continue;
    row.wonIds.push(deal.id);
    row.wonRevenue += reporting.toReporting(deal.amount) ?? 0;
  }
  return [...rows.values()].sort(
    (a, b) => b.leadIds.length - a.leadIds.length || a.value.localeCompare(b.value),
  );
}
