import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import { type CohortRow, leadCohortBreakdown } from './leadCohorts.ts';
import type { Period } from './period.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

export const attributionDimensions = ['source', 'medium', 'campaign'] as const;
export type AttributionDimension = (typeof attributionDimensions)[number];

export type AttributionRow = CohortRow;

/**
 * Leads captured in the period and the revenue they have brought, by one attribution dimension
 * (UTM source, medium or campaign from web forms). Leads without attribution form the '' row.
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
  return leadCohortBreakdown({
    leads,
    opportunities,
    period,
    reporting,
    groupOf: (lead) => (lead.attribution?.[dimension] ?? '').trim().toLowerCase(),
  });
}
