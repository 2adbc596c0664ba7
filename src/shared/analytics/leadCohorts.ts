import { recognizeIndustry } from '../domain/industry.ts';
import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import { leadsInPeriod } from './leadMetrics.ts';
import type { Period } from './period.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

export type CohortRow = {
  /** What the leads share (a UTM value, an industry); '' for leads without one. */
  value: string;
  leadIds: string[];
  /** Won deals converted from those leads (whenever they closed). */
  wonIds: string[];
  wonRevenue: number;
};

/**
 * Leads captured in the period grouped by what `groupOf` reads of each, with the revenue their
 * deals have won since. Rows sort by leads, most first.
 */
export function leadCohortBreakdown<L extends Pick<Lead, 'id' | 'createdAt'>>({
  leads,
  opportunities,
  period,
  reporting,
  groupOf,
}: {
  leads: readonly L[];
  opportunities: readonly Pick<Opportunity, 'id' | 'stage' | 'amount' | 'leadId'>[];
  period: Period;
  reporting: ReportingCurrency;
  groupOf: (lead: L) => string;
}): CohortRow[] {
  const rows = new Map<string, CohortRow>();
  const rowOfLead = new Map<string, CohortRow>();
  for (const lead of leadsInPeriod(leads, period)) {
    const value = groupOf(lead);
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

/**
 * Leads captured in the period and the revenue they have brought, by industry: one row per known
 * industry however each lead wrote it (its code, "manufacturing"), other industries as written,
 * leads without one in the '' row.
 */
export function industryBreakdown({
  leads,
  opportunities,
  period,
  reporting,
}: {
  leads: readonly Pick<Lead, 'id' | 'createdAt' | 'industry'>[];
  opportunities: readonly Pick<Opportunity, 'id' | 'stage' | 'amount' | 'leadId'>[];
  period: Period;
  reporting: ReportingCurrency;
}): CohortRow[] {
  return leadCohortBreakdown({
    leads,
    opportunities,
    period,
    reporting,
    groupOf: (lead) => recognizeIndustry(lead.industry) ?? (lead.industry ?? '').trim(),
  });
}
