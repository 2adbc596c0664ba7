import { useMemo } from 'react';
import { map } from 'rxjs';
import type { Lead, LeadRating } from '../../../shared/domain/lead.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLeadScores } from '../react/useLeadScores.ts';
import { useLiveValue } from '../react/useLiveRecords.ts';

/** A lead in the follow-up view: its score, the rating shown, and whether it counts as hot. */
export type FollowUpLead = {
  lead: Lead;
  score: number | undefined;
  rating: LeadRating | undefined;
  /** Rated hot at the booth, or scored hot by the scoring rules. */
  hot: boolean;
};

/** An event's leads, live, with their scores, highest score first (unscored last). */
export function useFollowUpLeads(eventId: string): { rows: FollowUpLead[]; loading: boolean } {
  const { data } = useDataContext();
  const { scoreOf, version } = useLeadScores();
  const { value, loading } = useLiveValue(`followUp:${eventId}`, () =>
    data.leads
      .find({ selector: { eventKey: eventId }, index: ['eventKey', 'createdAtDesc'] })
      .$.pipe(map((docs) => docs.map((doc) => fromLeadDoc(doc._data)))),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when scores do.
  const rows = useMemo(() => {
    const scored = (value ?? []).map((lead) => {
      const score = scoreOf(lead.id);
      const rating = lead.rating ?? score?.rating;
      return {
        lead,
        score: score?.score ?? lead.score,
        rating,
        hot: rating === 'hot' || score?.rating === 'hot',
      };
    });
    return scored.sort((a, b) => (b.score ?? -1_000_000) - (a.score ?? -1_000_000));
  }, [value, scoreOf, version]);
  return { rows, loading };
}
