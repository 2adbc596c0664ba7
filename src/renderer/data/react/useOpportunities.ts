import { map } from 'rxjs';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import {
  type OpportunityQuery,
  opportunityMangoQuery,
} from '../opportunities/opportunityQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/** Opportunities by expected close date, filtered by owner, account and close-date range; live. */
export function useOpportunities(query: OpportunityQuery): {
  rows: Opportunity[];
  loading: boolean;
} {
  const { data } = useDataContext();
  const key = JSON.stringify([query.ownerId, query.closeFrom, query.closeTo, query.accountId]);
  const { value, loading } = useLiveValue(`opportunities:${key}`, () =>
    collectionOf(data, 'opportunities')
      .find(opportunityMangoQuery(query))
      .$.pipe(map((docs) => docs.map((doc) => plainRecord<Opportunity>(doc._data)))),
  );
  return { rows: value ?? [], loading };
}

/** One opportunity, live; undefined while loading and when it does not exist (or was deleted). */
export function useOpportunity(id: string): { opportunity?: Opportunity; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`opportunity:${id}`, () =>
    collectionOf(data, 'opportunities')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? plainRecord<Opportunity>(doc._data) : undefined))),
  );
  return value ? { opportunity: value, loading } : { loading };
}
