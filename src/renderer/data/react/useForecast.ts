import { useMemo } from 'react';
import { forecastTargets } from '../../../shared/pipeline/forecastTargets.ts';
import {
  type CurrencyForecast,
  type ForecastGroup,
  weightedPipeline,
} from '../../../shared/pipeline/weightedPipeline.ts';
import { useDataContext } from './DataProvider.tsx';
import { useOpportunities } from './useOpportunities.ts';
import { useSalesTargets } from './useSalesTargets.ts';
import { useTeamMembers } from './useTeamMembers.ts';

export type WeightedPipelineResult = ReturnType<typeof weightedPipeline>;
export type { CurrencyForecast, ForecastGroup };

/**
 * The weighted pipeline (amount × probability) and forecast categories by close month or by
 * owner over a date range, live, against the sales targets; won deals count on the local day
 * they closed.
 */
export function useForecast(params: {
  groupBy: 'month' | 'owner';
  range: { from: string; to: string };
  ownerId?: string;
}): WeightedPipelineResult {
  const { clock } = useDataContext();
  // Won deals are placed by when they closed, not their expected date, so read all of the owner's.
  const { rows } = useOpportunities(params.ownerId ? { ownerId: params.ownerId } : {});
  const { targets } = useSalesTargets();
  // The targets of the people whose deals the owner filter's "whole team" shows, no one else's.
  const members = useTeamMembers();
  const { groupBy, ownerId } = params;
  const { from, to } = params.range;
  return useMemo(
    () =>
      weightedPipeline({
        opportunities: rows,
        groupBy,
        range: { from, to },
        targets: forecastTargets({
          targets: targets.targets,
          groupBy,
          range: { from, to },
          members,
          ...(ownerId ? { ownerId } : {}),
        }),
        utcOffsetMinutes: -clock().getTimezoneOffset(),
      }),
    [rows, targets, members, groupBy, from, to, ownerId, clock],
  );
}
