import { eventRoi } from '../../../../shared/analytics/eventMetrics.ts';
import { industryBreakdown } from '../../../../shared/analytics/leadCohorts.ts';
import {
  consentShare,
  leadsByEvent,
  leadsBySource,
  leadsInPeriod,
  speedToLead,
} from '../../../../shared/analytics/leadMetrics.ts';
import type { Period } from '../../../../shared/analytics/period.ts';
import {
  averageSalesCycleDays,
  pipelineFunnel,
  pipelineValue,
  salesVelocity,
  winRate,
  wonAgainstTarget,
} from '../../../../shared/analytics/pipelineMetrics.ts';
import {
  leadConversionRate,
  qualifiedShare,
  scoreDistribution,
} from '../../../../shared/analytics/qualificationMetrics.ts';
import {
  approvalTurnaround,
  averageDiscountBps,
  quoteAcceptanceRate,
} from '../../../../shared/analytics/quoteMetrics.ts';
import type { ReportingCurrency } from '../../../../shared/analytics/reportingCurrency.ts';
import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { type ChartRow, percentOf, type Section } from './dashboardModel.ts';

export type SectionInput = {
  records: AnalyticsRecords;
  period: Period;
  reporting: ReportingCurrency;
  /** `YYYY-MM-DD` of the injected clock. */
  today: string;
  /** The period's sales target in reporting minor units, if any. */
  target: number | undefined;
  /** A lead's score as this device computes it now; the stored score where it has none. */
  scoreOf?: (leadId: string) => number | undefined;
  labels: {
    source: (source: string) => string;
    stage: (stage: string) => string;
    scoreBand: (band: string) => string;
    week: (isoDate: string) => string;
    /** A row whose time is still running: "Nov 24 (so far)". */
    soFar: (label: string) => string;
    /** A last "week" shorter than seven days (the period ends before it is full). */
    shortWeek: (label: string, days: number) => string;
    /** The label of leads with no UTM value. */
    noAttribution: string;
    /** An industry row's name: a known industry's code, other text as written, '' for none. */
    industry: (value: string) => string;
  };
};

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
const maxWeekRows = 60;

/**
 * Leads captured per week of the period: whole weeks of seven days from the period's first day
 * (weeks of several weeks past 60 rows, a custom range of years), up to the week of today. Weeks
 * still ahead are left out rather than drawn as a drop to zero; the week still running is marked
 * partial (its count so far is not a fall), and so is a last week the period cuts short (a
 * quarter's 92 days are 13 weeks and one day), labelled with its days.
 */
function leadsPerWeek({ records, period, labels, today }: SectionInput): ChartRow[] {
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  const weeks = Math.max(1, Math.ceil((end - start) / weekMs));
  const size = Math.ceil(weeks / maxWeekRows) * weekMs;
  const buckets = Array.from(
    { length: Math.max(1, Math.ceil((end - start) / size)) },
    () => [] as string[],
  );
  for (const lead of leadsInPeriod(records.leads, period)) {
    const index = Math.min(
      buckets.length - 1,
      Math.floor((Date.parse(lead.createdAt) - start) / size),
    );
    buckets[index]?.push(lead.id);
  }
  const rows = buckets.map((ids, index): ChartRow => {
    const from = start + index * size;
    const day = new Date(from).toISOString().slice(0, 10);
    const days = Math.round((Math.min(end, from + size) - from) / dayMs);
    const cut = days < size / dayMs;
    return {
      key: day,
      label: cut ? labels.shortWeek(labels.week(day), days) : labels.week(day),
      tick: labels.week(day),
      value: ids.length,
      drill: { collection: 'leads' as const, ids },
      ...(cut ? { partial: true } : {}),
    };
  });
  const elapsed = rows.filter((row) => row.key <= today);
  const shown: ChartRow[] = elapsed.length > 0 ? elapsed : rows.slice(0, 1);
  const last = shown.at(-1);
  const lastEnds = Math.min(end, start + shown.length * size);
  // Today's date names the whole day: the week is over only if it ended before today began.
  if (last && lastEnds > Date.parse(`${today}T00:00:00.000Z`)) {
    const label = labels.soFar(labels.week(last.key));
    shown[shown.length - 1] = { ...last, label, partial: true };
  }
  return shown;
}

export function leadCaptureSection(input: SectionInput): Section {
  const { records, period, reporting, labels } = input;
  const population = leadsInPeriod(records.leads, period);
  const speed = speedToLead({ leads: records.leads, activities: records.activities, period });
  const consent = consentShare({ leads: records.leads, period });
  const byEvent = leadsByEvent({ leads: records.leads, events: records.events, period, reporting });
  return {
    id: 'leadCapture',
    tiles: [
      {
        id: 'leadsCaptured',
        value: { kind: 'count', value: population.length },
        drill: { collection: 'leads', ids: population.map((lead) => lead.id) },
      },
      {
        id: 'speedToLead',
        value: { kind: 'minutes', value: speed.medianMinutes },
        drill: { collection: 'leads', ids: speed.touchedIds },
      },
      {
        id: 'untouchedLeads',
        value: { kind: 'count', value: speed.untouchedIds.length },
        drill: { collection: 'leads', ids: speed.untouchedIds },
      },
      {
        id: 'consentShare',
        value: percentOf(consent),
        ratio: consent,
        drill: { collection: 'leads', ids: consent.ids },
      },
    ],
    charts: [
      {
        id: 'leadsBySource',
        type: 'donut',
        valueKind: 'count',
        rows: leadsBySource({ leads: records.leads, period }).map((row) => ({
          key: row.source,
          label: labels.source(row.source),
          value: row.ids.length,
          drill: { collection: 'leads', ids: row.ids },
        })),
      },
      { id: 'leadsPerWeek', type: 'line', valueKind: 'count', rows: leadsPerWeek(input) },
      {
        id: 'costPerLead',
        type: 'bar',
        valueKind: 'money',
        secondaryKind: 'count',
        currency: reporting.currency,
        rows: byEvent
          .filter((row) => row.costPerLead !== undefined)
          .map((row) => ({
            key: row.eventId,
            label: row.name,
            value: row.costPerLead ?? 0,
            secondary: row.ids.length,
            drill: { collection: 'leads', ids: row.ids },
          })),
      },
    ],
  };
}

export function qualificationSection({
  records,
  period,
  reporting,
  labels,
  scoreOf,
}: SectionInput): Section {
  const conversion = leadConversionRate({ leads: records.leads, period });
  const qualified = qualifiedShare({ leads: records.leads, period });
  return {
    id: 'qualification',
    tiles: [
      {
        id: 'conversionRate',
        value: percentOf(conversion),
        ratio: conversion,
        drill: { collection: 'leads', ids: conversion.ids },
      },
      {
        id: 'qualifiedShare',
        value: percentOf(qualified),
        ratio: qualified,
        drill: { collection: 'leads', ids: qualified.ids },
      },
    ],
    charts: [
      {
        id: 'scoreDistribution',
        type: 'bar',
        valueKind: 'count',
        rows: scoreDistribution({
          leads: records.leads,
          period,
          scoreOf: (lead) => scoreOf?.(lead.id) ?? lead.score,
        }).map((row) => ({
          key: row.band,
          label: labels.scoreBand(row.band),
          value: row.ids.length,
          drill: { collection: 'leads', ids: row.ids },
        })),
      }, // Which industries bring leads, and which of them buy (top 10 by leads).
      {
        id: 'leadsByIndustry',
        type: 'bar',
        valueKind: 'count',
        secondaryKind: 'money',
        currency: reporting.currency,
        rows: industryBreakdown({
          leads: records.leads,
          opportunities: records.opportunities,
          period,
          reporting,
        })
          .slice(0, 10)
          .map((row) => ({
            key: row.value,
            label: labels.industry(row.value),
            value: row.leadIds.length,
            secondary: row.wonRevenue,
            drill: { collection: 'leads', ids: row.leadIds },
          })),
      },
    ],
  };
}

export function pipelineSection({
  records,
  period,
  reporting,
  labels,
  target,
}: SectionInput): Section {
  const { opportunities } = records;
  const value = pipelineValue({ opportunities, reporting });
  const rate = winRate({ opportunities, period });
  const velocity = salesVelocity({ opportunities, period, reporting });
  const won = wonAgainstTarget({ opportunities, period, reporting, target });
  const money = (amount: number) => ({
    kind: 'money' as const,
    amount,
    currency: reporting.currency,
  });
  return {
    id: 'pipeline',
    tiles: [
      {
        id: 'pipelineValue',
        value: money(value.value),
        drill: { collection: 'opportunities', ids: value.ids },
        excluded: value.excluded,
      },
      {
        id: 'weightedValue',
        value: money(value.weighted),
        drill: { collection: 'opportunities', ids: value.ids },
        excluded: value.excluded,
      },
      {
        id: 'winRate',
        value: percentOf(rate),
        ratio: rate,
        drill: { collection: 'opportunities', ids: [...rate.wonIds, ...rate.lostIds] },
      },
      {
        id: 'salesCycle',
        value: { kind: 'days', value: averageSalesCycleDays({ opportunities, period }) },
        drill: { collection: 'opportunities', ids: rate.wonIds },
      },
      { id: 'salesVelocity', value: money(velocity.perDay ?? 0) },
      {
        id: 'wonRevenue',
        value: money(won.won),
        drill: { collection: 'opportunities', ids: rate.wonIds },
      },
      ...(won.attainment
        ? [{ id: 'targetAttainment', value: percentOf(won.attainment), ratio: won.attainment }]
        : []),
    ],
    charts: [
      {
        id: 'funnel',
        type: 'funnel',
        valueKind: 'count',
        secondaryKind: 'percent',
        rows: pipelineFunnel({ opportunities, period }).map((step) => ({
          key: step.stage,
          label: labels.stage(step.stage),
          value: step.ids.length,
          ...(step.fromPrevious?.value === undefined ? {} : { secondary: step.fromPrevious.value }),
          drill: { collection: 'opportunities', ids: step.ids },
        })),
      },
    ],
  };
}

export function quotesSection({ records, period }: SectionInput): Section {
  const acceptance = quoteAcceptanceRate({ quotes: records.quotes, period });
  const discount = averageDiscountBps({ quotes: records.quotes, period });
  const turnaround = approvalTurnaround({ quotes: records.quotes, period });
  return {
    id: 'quotes',
    tiles: [
      {
        id: 'quoteToOrder',
        value: percentOf(acceptance),
        ratio: acceptance,
        drill: { collection: 'quotes', ids: acceptance.sentIds },
      },
      {
        id: 'averageDiscount',
        value: { kind: 'percent', value: discount === undefined ? undefined : discount / 10_000 },
        drill: { collection: 'quotes', ids: acceptance.sentIds },
      },
      {
        id: 'approvalTurnaround',
        value: { kind: 'hours', value: turnaround.medianHours },
        drill: { collection: 'quotes', ids: turnaround.ids },
      },
    ],
    charts: [],
  };
}

export function eventsSection({ records, reporting }: SectionInput): Section {
  const rows = eventRoi({
    events: records.events,
    leads: records.leads,
    opportunities: records.opportunities,
    reporting,
  });
  return {
    id: 'events',
    tiles: [],
    charts: [
      {
        id: 'eventRoi',
        type: 'bar',
        valueKind: 'money',
        secondaryKind: 'money',
        showMultiple: true,
        currency: reporting.currency,
        rows: rows.map((row) => ({
          key: row.eventId,
          label: row.name,
          value: row.wonRevenue,
          ...(row.cost === undefined ? {} : { secondary: row.cost }),
          drill: { collection: 'opportunities', ids: row.wonIds },
        })),
      },
    ],
  };
}
