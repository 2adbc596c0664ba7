import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { attributionSection } from './attributionSection.ts';
import type { Audience, Section } from './dashboardModel.ts';
import { cashSection, fulfillmentSection, serviceSection } from './operationsSections.ts';
import {
  eventsSection,
  leadCaptureSection,
  pipelineSection,
  qualificationSection,
  quotesSection,
  type SectionInput,
} from './salesSections.ts';

/** Keeps the records owned by the given people (all records when `owners` is undefined). */
export function recordsOwnedBy(
  records: AnalyticsRecords,
  owners: ReadonlySet<string> | undefined,
): AnalyticsRecords {
  if (owners === undefined) return records;
  const mine = <T extends { ownerId: string }>(rows: T[]) =>
    rows.filter((row) => owners.has(row.ownerId));
  return {
    leads: mine(records.leads),
    activities: mine(records.activities),
    opportunities: mine(records.opportunities),
    quotes: mine(records.quotes),
    orders: mine(records.orders),
    invoices: mine(records.invoices),
    tickets: mine(records.tickets),
    // Events belong to the team, not to one owner: their cost and ROI stay whole.
    events: records.events,
  };
}

/** The sections each audience sees, in order. */
export function buildDashboard(
  audience: Audience,
  input: SectionInput & { bucketLabel: (bucket: string) => string },
): Section[] {
  switch (audience) {
    case 'rep':
      return [leadCaptureSection(input), pipelineSection(input), quotesSection(input)];
    case 'manager':
      return [
        leadCaptureSection(input),
        qualificationSection(input),
        pipelineSection(input),
        quotesSection(input),
        fulfillmentSection(input),
        serviceSection(input),
        eventsSection(input),
        attributionSection(input),
      ];
    case 'finance':
      return [cashSection(input), fulfillmentSection(input), quotesSection(input)];
  }
}
