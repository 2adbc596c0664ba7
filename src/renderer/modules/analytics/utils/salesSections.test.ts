import { describe, expect, it } from 'vitest';
import { reportingCurrency } from '../../../../shared/analytics/reportingCurrency.ts';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { toLeadDoc } from '../../../data/leads/leadDocument.ts';
import { leadCaptureSection, type SectionInput } from './salesSections.ts';

const none: AnalyticsRecords = {
  leads: [],
  activities: [],
  opportunities: [],
  quotes: [],
  orders: [],
  invoices: [],
  tickets: [],
  events: [],
};

const lead = (id: string, createdAt: string) =>
  toLeadDoc({ ...exampleRecords.leads, id, createdAt, updatedAt: createdAt });

// Four weeks from Monday 2 November 2026; a lead on each of the first three Mondays and one on
// Wednesday of the fourth, which is still running on "today".
function weeks(today: string) {
  const input: SectionInput = {
    records: {
      ...none,
      leads: [
        lead('0190a000-0000-7000-8000-000000000001', '2026-11-02T09:00:00.000Z'),
        lead('0190a000-0000-7000-8000-000000000002', '2026-11-09T09:00:00.000Z'),
        lead('0190a000-0000-7000-8000-000000000003', '2026-11-16T09:00:00.000Z'),
        lead('0190a000-0000-7000-8000-000000000004', '2026-11-25T09:00:00.000Z'),
      ],
    },
    period: { start: '2026-11-02T00:00:00.000Z', end: '2026-11-30T00:00:00.000Z' },
    reporting: reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' }),
    today,
    target: undefined,
    labels: {
      source: (source) => source,
      stage: (stage) => stage,
      scoreBand: (band) => band,
      week: (day) => day,
      soFar: (label) => `${label} (so far)`,
      noAttribution: 'none',
    },
  };
  return leadCaptureSection(input).charts.find((chart) => chart.id === 'leadsPerWeek')?.rows;
}

describe('leads per week', () => {
  it('marks the week still running as so far, not as a drop', () => {
    const rows = weeks('2026-11-26');
    expect(rows?.map((row) => [row.label, row.value, row.partial ?? false])).toEqual([
      ['2026-11-02', 1, false],
      ['2026-11-09', 1, false],
      ['2026-11-16', 1, false],
      ['2026-11-23 (so far)', 1, true],
    ]);
  });

  it('shows every week complete once the period is over, and leaves out weeks ahead', () => {
    expect(weeks('2026-12-01')?.some((row) => row.partial)).toBe(false);
    // On the last day of the third week it is still running; the fourth is not shown yet.
    expect(weeks('2026-11-22')?.map((row) => [row.label, row.partial ?? false])).toEqual([
      ['2026-11-02', false],
      ['2026-11-09', false],
      ['2026-11-16 (so far)', true],
    ]);
  });
});
