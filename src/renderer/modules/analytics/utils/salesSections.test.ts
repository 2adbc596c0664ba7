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
const fourWeeks = { start: '2026-11-02T00:00:00.000Z', end: '2026-11-30T00:00:00.000Z' };
const mondayLeads = [
  lead('0190a000-0000-7000-8000-000000000001', '2026-11-02T09:00:00.000Z'),
  lead('0190a000-0000-7000-8000-000000000002', '2026-11-09T09:00:00.000Z'),
  lead('0190a000-0000-7000-8000-000000000003', '2026-11-16T09:00:00.000Z'),
  lead('0190a000-0000-7000-8000-000000000004', '2026-11-25T09:00:00.000Z'),
];

function weeks(today: string, period = fourWeeks, leads = mondayLeads) {
  const input: SectionInput = {
    records: { ...none, leads },
    period,
    reporting: reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' }),
    today,
    target: undefined,
    labels: {
      source: (source) => source,
      stage: (stage) => stage,
      scoreBand: (band) => band,
      week: (day) => day,
      soFar: (label) => `${label} (so far)`,
      shortWeek: (label, days) => `${label} (${days} days)`,
      noAttribution: 'none',
      industry: (value) => value,
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
    // The axis names every week alike; "so far" is in the tooltip and the table, so a long last
    // label does not make the axis drop the ticks before it.
    expect(rows?.map((row) => row.tick)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
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

describe('leads per week of a period that is not whole weeks', () => {
  // The fourth quarter: 92 days from Thursday 1 October, so 13 weeks and one day.
  const quarter = { start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };
  const leads = [
    lead('0190a000-0000-7000-8000-000000000011', '2026-10-07T23:59:00.000Z'),
    lead('0190a000-0000-7000-8000-000000000012', '2026-10-08T00:00:00.000Z'),
    lead('0190a000-0000-7000-8000-000000000013', '2026-12-31T12:00:00.000Z'),
  ];

  it('counts whole seven-day weeks from the first day, and labels the day left over', () => {
    const rows = weeks('2027-01-05', quarter, leads) ?? [];
    expect(rows).toHaveLength(14);
    expect(rows.slice(0, 3).map((row) => [row.label, row.value])).toEqual([
      ['2026-10-01', 1],
      ['2026-10-08', 1],
      ['2026-10-15', 0],
    ]);
    expect(rows.at(-2)?.label).toBe('2026-12-24');
    expect(rows.at(-2)?.partial).toBeUndefined();
    // One day, not a week: drawn dashed and named so, not read as a fall.
    expect(rows.at(-1)).toMatchObject({ label: '2026-12-31 (1 days)', value: 1, partial: true });
  });

  it('shows the running week as so far, whatever day the period started on', () => {
    const rows = weeks('2026-11-27', quarter, leads) ?? [];
    expect(rows.map((row) => row.label).slice(-2)).toEqual(['2026-11-19', '2026-11-26 (so far)']);
    expect(rows.filter((row) => row.partial)).toHaveLength(1);
  });
});
