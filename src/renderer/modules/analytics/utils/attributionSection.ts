import {
  attributionBreakdown,
  attributionDimensions,
} from '../../../../shared/analytics/attributionMetrics.ts';
import type { Section } from './dashboardModel.ts';
import type { SectionInput } from './salesSections.ts';

/** Web leads by UTM source, medium and campaign, with the revenue their deals won (top 10 each). */
export function attributionSection({ records, period, reporting, labels }: SectionInput): Section {
  return {
    id: 'attribution',
    tiles: [],
    charts: attributionDimensions.map((dimension) => ({
      id: `attribution-${dimension}`,
      type: 'bar' as const,
      valueKind: 'count' as const,
      secondaryKind: 'money' as const,
      currency: reporting.currency,
      rows: attributionBreakdown({
        leads: records.leads,
        opportunities: records.opportunities,
        period,
        reporting,
        dimension,
      })
        .slice(0, 10)
        .map((row) => ({
          key: row.value,
          label: row.value || labels.noAttribution,
          value: row.leadIds.length,
          secondary: row.wonRevenue,
          drill: { collection: 'leads' as const, ids: row.leadIds },
        })),
    })),
  };
}
