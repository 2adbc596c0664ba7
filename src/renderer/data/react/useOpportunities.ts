import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { map, tap } from 'rxjs';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import {
  type OpportunityQuery,
  opportunityMangoQuery,
} from '../opportunities/opportunityQueries.ts';
import { selectOpportunities } from '../opportunities/selectOpportunities.ts';
import type { MirrorLoadPriority } from '../records/CollectionMirror.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { opportunityMirror, startMirror } from '../records/sharedMirrors.ts';
import { useDataContext } from './DataProvider.tsx';
import { warmUpAccountNames } from './useAccountNames.ts';
import { useLiveValue } from './useLiveRecords.ts';

// Long enough for the page the app opened on to start reading its first rows. The load itself is
// a `next` job of the background queue: it waits while a screen waits for its rows and goes
// before the search index and the dashboards' records (a few thousand deals against 50k leads),
// so a first visit to the board 1.5 s after start-up finds the deals in memory.
const warmUpDelayMs = 300;

function loadMirror(data: FieldbookData, priority: MirrorLoadPriority): void {
  startMirror(data, opportunityMirror(data), priority);
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
  // Waiting for a load that is queued in the background: it runs now.
  const waitsForMirror = version === 0 && fromMirror;
  useEffect(() => {
    if (waitsForMirror) loadMirror(data, 'now');
  }, [data, waitsForMirror]);
  const { value, loading } = useLiveValue(
    fromMirror ? `opportunities:mirror` : `opportunities:${key}`,
    () => {
      if (fromMirror) return undefined;
      let first = true;
      return collectionOf(data, 'opportunities')
        .find(opportunityMangoQuery({ ownerId, accountId, closeFrom, closeTo }))
        .$.pipe(
          map((docs) => docs.map((doc) => plainRecord<Opportunity>(doc._data))),
          // Once the rows are here, load the mirror so the next change and visit need no query
          // (queued: reading every deal right away slowed the board's own first paint).
          tap(() => {
            if (first) loadMirror(data, 'next');
            first = false;
          }),
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
 * Loads the opportunities and the account names in the background shortly after the app shell
 * mounts, so the first visit to the pipeline or the forecast reads memory instead of IndexedDB.
 */
export function useOpportunityWarmUp(): void {
  const { data } = useDataContext();
  useEffect(() => {
    if (!hasCollection(data, 'opportunities')) return;
    const timer = setTimeout(() => {
      loadMirror(data, 'next');
      warmUpAccountNames(data);
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
