import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { finalize, map, tap } from 'rxjs';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import {
  type OpportunityQuery,
  opportunityMangoQuery,
} from '../opportunities/opportunityQueries.ts';
import { selectOpportunities } from '../opportunities/selectOpportunities.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { opportunityMirror } from '../records/sharedMirrors.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

// Long enough for the page the app opened on to show its first rows (the leads list needs about
// 150 ms), short enough to be done before a user's first click elsewhere. Not gated on idle time:
// the leads search index builds right after that first page and keeps the main thread busy for
// seconds with 50k leads, which pushed the load past the click (measured: 800 ms + idle missed
// most first visits in `npm run bench:qualification`).
const warmUpDelayMs = 300;

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

// Views reading the query whose first rows have not arrived yet: the warm-up leaves IndexedDB to
// them (they start the mirror themselves once their rows are on screen).
const firstQueriesRunning = new WeakMap<FieldbookData, number>();
const countQuery = (data: FieldbookData, step: 1 | -1) =>
  firstQueriesRunning.set(data, (firstQueriesRunning.get(data) ?? 0) + step);

// In the background: a failure after the database closed (sign-out, tests) is expected; others
// leave the hooks on their live query, so they are reported, not thrown.
function loadMirror(data: FieldbookData): void {
  opportunityMirror(data)
    .start()
    .catch((error: unknown) => {
      if (!data.db.closed) console.error('Could not load the opportunities into memory', error);
    });
}

// The rows last picked from each mirror per query, kept until the mirror changes: a return visit
// to the board or the forecast (a new mount) gets them without filtering and sorting 5,000 deals.
const selections = new WeakMap<object, { version: number; rows: Map<string, Opportunity[]> }>();

function selectionOf(
  mirror: ReturnType<typeof opportunityMirror>,
  version: number,
  key: string,
  query: OpportunityQuery,
): Opportunity[] {
  let cached = selections.get(mirror);
  if (cached?.version !== version) {
    cached = { version, rows: new Map() };
    selections.set(mirror, cached);
  }
  let rows = cached.rows.get(key);
  if (!rows) {
    rows = selectOpportunities(mirror.docs.values(), query);
    cached.rows.set(key, rows);
  }
  return rows;
}

/**
 * Opportunities by expected close date, filtered by owner, account and close-date range; live.
 * Served from the in-memory mirror once it is loaded (no IndexedDB read), from a live query
 * before that.
 */
export function useOpportunities(query: OpportunityQuery): {
  rows: Opportunity[];
  loading: boolean;
} {
  const { data } = useDataContext();
  const mirror = opportunityMirror(data);
  // > 0: loaded (and changes with every batch), 0: loading, -1: not started or failed.
  const version = useSyncExternalStore(mirror.watch, () =>
    mirror.ready ? mirror.version() : mirror.started ? 0 : -1,
  );
  const { ownerId, accountId, closeFrom, closeTo } = query;
  const key = JSON.stringify([ownerId, closeFrom, closeTo, accountId]);
  // While the mirror loads (the warm-up started it), a new view waits for it: a query beside it
  // would read the same documents from IndexedDB a second time and slow both down. A view already
  // on its query keeps it until the mirror is ready, so its rows never blank out in between.
  const queryKey = useRef<string | undefined>(undefined);
  if (version < 0) queryKey.current = key;
  const fromMirror = version > 0 || (version === 0 && queryKey.current !== key);
  const { value, loading } = useLiveValue(
    fromMirror ? `opportunities:mirror` : `opportunities:${key}`,
    () => {
      if (fromMirror) return undefined;
      let first = true;
      countQuery(data, 1);
      const firstDone = () => {
        if (!first) return;
        first = false;
        countQuery(data, -1);
      };
      return collectionOf(data, 'opportunities')
        .find(opportunityMangoQuery({ ownerId, accountId, closeFrom, closeTo }))
        .$.pipe(
          map((docs) => docs.map((doc) => plainRecord<Opportunity>(doc._data))),
          // Once the rows are painted, load the mirror so the next change and visit need no query
          // (when idle: reading every deal right away slowed the board's own first paint).
          tap(() => {
            if (first) whenIdle(() => loadMirror(data));
            firstDone();
          }),
          finalize(firstDone),
        );
    },
  );
  const mirrored = useMemo(
    // `version` marks a change in the mirror's documents.
    () =>
      version > 0
        ? selectionOf(mirror, version, key, { ownerId, accountId, closeFrom, closeTo })
        : undefined,
    [mirror, version, key, ownerId, accountId, closeFrom, closeTo],
  );
  if (mirrored) return { rows: mirrored, loading: false };
  return { rows: value ?? [], loading };
}

/**
 * Loads the opportunity mirror in the background shortly after the app shell mounts, so the
 * first visit to the pipeline or the forecast reads memory instead of IndexedDB.
 */
export function useOpportunityWarmUp(): void {
  const { data } = useDataContext();
  useEffect(() => {
    if (!hasCollection(data, 'opportunities')) return;
    const timer = setTimeout(() => {
      if (!firstQueriesRunning.get(data)) loadMirror(data);
    }, warmUpDelayMs);
    return () => clearTimeout(timer);
  }, [data]);
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
