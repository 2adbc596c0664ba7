import type { ForecastCategory, Opportunity } from '../domain/opportunity.ts';

/**
 * The forecast category of an opportunity: closed won → closed, closed lost → omitted; an open
 * deal keeps the rep's own call when set (pipeline, best case, commit or omitted), else
 * negotiation → commit, proposal → best case, earlier stages → pipeline.
 */
export function forecastCategoryOf(
  opportunity: Pick<Opportunity, 'stage' | 'forecastCategory'>,
): ForecastCategory {
  if (opportunity.stage === 'closed_won') return 'closed';
  if (opportunity.stage === 'closed_lost') return 'omitted';
  const own = opportunity.forecastCategory;
  if (own !== undefined && own !== 'closed') return own;
  if (opportunity.stage === 'negotiation') return 'commit';
  if (opportunity.stage === 'proposal') return 'best_case';
  return 'pipeline';
}
