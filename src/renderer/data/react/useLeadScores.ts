import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { LeadScore } from '../../../shared/scoring/scoreLead.ts';
import { leadScoreCache } from '../scoring/LeadScoreCache.ts';
import { useDataContext } from './DataProvider.tsx';

/**
 * Every local lead's score as the device computes it (the scoring rules, the lead, its
 * activities), for views that read many: `version` changes whenever any score may have.
 */
export function useLeadScores(): {
  scoreOf: (leadId: string) => LeadScore | undefined;
  version: number;
} {
  const { data, clock } = useDataContext();
  const cache = leadScoreCache(data, clock);
  useEffect(() => {
    void cache.start();
  }, [cache]);
  // Any notice from the cache re-renders (the scores themselves are read on demand). Its size is
  // no signal: scores are computed on first read, so the cache finishing its build leaves it at 0.
  const notices = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe(() => {
        notices.current += 1;
        listener();
      }),
    [cache],
  );
  const version = useSyncExternalStore(subscribe, () => notices.current);
  const scoreOf = useCallback((leadId: string) => cache.scoreOf(leadId), [cache]);
  return { scoreOf, version };
}
