import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { LeadScore, ScoreReason } from '../../../shared/scoring/scoreLead.ts';
import { leadScoreCache } from '../scoring/LeadScoreCache.ts';
import { useDataContext } from './DataProvider.tsx';

/** A lead's score as the UI shows it: 0-100, its rating and the rules that fired (the why). */
export type LeadScoreView = Pick<LeadScore, 'score' | 'rating'> & { reasons: ScoreReason[] };

/**
 * A lead's score, recomputed locally when the lead, its activities or the scoring rules change;
 * undefined until the scores are computed and when the lead does not exist.
 */
export function useLeadScore(leadId: string): LeadScoreView | undefined {
  const { data, clock } = useDataContext();
  const cache = leadScoreCache(data, clock);
  useEffect(() => {
    void cache.start();
  }, [cache]);
  const subscribe = useCallback((listener: () => void) => cache.subscribe(listener), [cache]);
  const score = useSyncExternalStore(subscribe, () => cache.scoreOf(leadId));
  return score;
}
