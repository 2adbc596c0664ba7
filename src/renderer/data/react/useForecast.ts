import { useMemo } from 'react';
import {
  type CurrencyForecast,
  type ForecastGroup,
  weightedPipeline,
} from '../../../shared/pipeline/weightedPipeline.ts';
import { useDataContext } from './DataProvider.tsx';
import { useOpportunities } from './useOpportunities.ts';

export type WeightedPipelineResult = ReturnType<typeof weightedPipeline>;
export type { CurrencyForecast, ForecastGroup };

/**
 * The weighted pipeline (amount × probability) and forecast categories by close month or by
 * owner over a date range, live; won deals count on the local day they closed.
 */
export function useForecast(params: {
  groupBy: 'month' | 'owner';
  range: { from: string; to: string };
  ownerId?: string;
}): WeightedPipelineResult {
  const { clock } = useDataContext();
  // Won deals are placed by when they closed, not their expected date, so read all of the owner's.
  const { rows } = useOpportunities(params.ownerId ? { ownerId: params.ownerId } : {});
  const { groupBy } = params;
  const { from, to } = params.range;
  return useMemo(
    () =>
      weightedPipeline({
        opportunities: rows,
        groupBy,
        range: { from, to },
        utcOffsetMinutes: -clock().getTimezoneOffset(),
      }),
    [rows, groupBy, from, to, clock],
  );
}
