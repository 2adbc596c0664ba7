import { map, of, switchMap } from 'rxjs';
import { dateOf } from '../../../shared/billing/calendarDate.ts';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { type ContractStatus, contractStatus } from '../../../shared/quotes/contractStatus.ts';
import { type QuoteQuery, quoteMangoQuery } from '../quotes/quoteQueries.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

const toQuotes = map((docs: readonly { _data: unknown }[]) =>
  docs.map((doc) => plainRecord<Quote>(doc._data as Record<string, unknown>)).reverse(),
);

/** Quotes of an opportunity, an account and/or in a status, most recently changed first; live. */
export function useQuotes(query: QuoteQuery): { rows: Quote[]; loading: boolean } {
  const { data } = useDataContext();
  const key = JSON.stringify([query.opportunityId, query.accountId, query.status]);
  const { value, loading } = useLiveValue(`quotes:${key}`, () => {
    // A window opened without quotes (a test of another screen) simply has none.
    if (!hasCollection(data, 'quotes')) return of([] as Quote[]);
    const quotes = collectionOf(data, 'quotes');
    if (!query.opportunityId || query.accountId || !hasCollection(data, 'opportunities')) {
      return quotes.find(quoteMangoQuery(query)).$.pipe(toQuotes);
    }
    // Quotes of an opportunity are found through its account's index.
    return collectionOf(data, 'opportunities')
      .findOne(query.opportunityId)
      .$.pipe(
        switchMap((doc) => {
          const accountId = doc ? (doc._data as Opportunity).accountId : undefined;
          if (!accountId) return of([] as Quote[]);
          return quotes.find(quoteMangoQuery({ ...query, accountId })).$.pipe(toQuotes);
        }),
      );
  });
  return { rows: value ?? [], loading };
}

/** One quote, live; undefined while loading and when it does not exist (or was deleted). */
export function useQuote(id: string): { quote?: Quote; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`quote:${id}`, () =>
    collectionOf(data, 'quotes')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? plainRecord<Quote>(doc._data) : undefined))),
  );
  return value ? { quote: value, loading } : { loading };
}

/**
 * A manager's approval inbox: quotes waiting for approval that they neither own nor asked
 * approval for (the server syncs only their team's). Empty for reps and finance.
 */
export function usePendingApprovals(): Quote[] {
  const { data, currentUser } = useDataContext();
  const approver = currentUser.role === 'manager' || currentUser.role === 'admin';
  const { value } = useLiveValue(`pendingApprovals:${currentUser.id}:${approver}`, () =>
    approver && hasCollection(data, 'quotes')
      ? collectionOf(data, 'quotes')
          .find(quoteMangoQuery({ status: 'pending_approval' }))
          .$.pipe(
            toQuotes,
            map((quotes) =>
              quotes.filter(
                (quote) =>
                  quote.ownerId !== currentUser.id &&
                  quote.approval?.requestedBy !== currentUser.id,
              ),
            ),
          )
      : of([] as Quote[]),
  );
  return value ?? [];
}

export type ContractRow = { quote: Quote; status: ContractStatus };

/** Accepted quotes (contracts) with where each stands today: active, expiring within 30 days, expired. */
export function useContracts(): ContractRow[] {
  const { data, clock } = useDataContext();
  const today = dateOf(clock().toISOString());
  const { value } = useLiveValue(`contracts:${today}`, () =>
    collectionOf(data, 'quotes')
      .find(quoteMangoQuery({ status: 'accepted' }))
      .$.pipe(
        toQuotes,
        map((quotes) =>
          quotes
            .filter((quote) => quote.contract !== undefined)
            .map((quote) => ({ quote, status: contractStatus({ quote, today }) }))
            .sort((a, b) =>
              (a.quote.contract?.endsOn ?? '').localeCompare(b.quote.contract?.endsOn ?? ''),
            ),
        ),
      ),
  );
  return value ?? [];
}
