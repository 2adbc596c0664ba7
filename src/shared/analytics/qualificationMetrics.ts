import type { Lead } from '../domain/lead.ts';
import { leadsInPeriod } from './leadMetrics.ts';
import type { Period } from './period.ts';
import { type Ratio, ratio } from './ratio.ts';

type MetricLead = Pick<Lead, 'id' | 'createdAt' | 'status' | 'score'>;

/** Lead → opportunity: share of the period's leads converted (whenever the conversion happened). */
export function leadConversionRate({
  leads,
  period,
}: {
  leads: readonly MetricLead[];
  period: Period;
}): Ratio & { ids: string[] } {
  const population = leadsInPeriod(leads, period);
  const ids = population.filter((lead) => lead.status === 'converted').map((lead) => lead.id);
  return { ...ratio(ids.length, population.length), ids };
}

/** Share of the period's leads that reached qualified (qualified now, or converted since). */
export function qualifiedShare({
  leads,
  period,
}: {
  leads: readonly MetricLead[];
  period: Period;
}): Ratio & { ids: string[] } {
  const population = leadsInPeriod(leads, period);
  const ids = population
    .filter((lead) => lead.status === 'qualified' || lead.status === 'converted')
    .map((lead) => lead.id);
  return { ...ratio(ids.length, population.length), ids };
}

export const scoreBands = [
  'unscored',
  'below0',
  's0to19',
  's20to39',
  's40to59',
  's60to79',
  's80up',
] as const;
export type ScoreBand = (typeof scoreBands)[number];

/** The band a score falls in: below 0, then steps of 20 up to 80 and above. */
export function scoreBand(score: number | undefined): ScoreBand {
  if (score === undefined) return 'unscored';
  if (score < 0) return 'below0';
  if (score < 20) return 's0to19';
  if (score < 40) return 's20to39';
  if (score < 60) return 's40to59';
  if (score < 80) return 's60to79';
  return 's80up';
}

/** How the period's leads spread over score bands (every band present, empty ones with no ids). */
export function scoreDistribution({
  leads,
  period,
  scoreOf = (lead) => lead.score,
}: {
  leads: readonly MetricLead[];
  period: Period;
  /** The score to use (e.g. the device's current rule score); defaults to the stored one. */
  scoreOf?: (lead: MetricLead) => number | undefined;
}): { band: ScoreBand; ids: string[] }[] {
  const byBand = new Map<ScoreBand, string[]>(scoreBands.map((band) => [band, []]));
  for (const lead of leadsInPeriod(leads, period))
    byBand.get(scoreBand(scoreOf(lead)))?.push(lead.id);
  return [...byBand].map(([band, ids]) => ({ band, ids }));
}
