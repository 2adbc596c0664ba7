import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lead } from '../../../shared/domain/lead.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import type { LeadListQuery, LeadListResult } from '../leads/leadListQuery.ts';
import { leadListMangoQuery } from '../leads/leadListQuery.ts';
import {
  countFromCatalogue,
  countLeads,
  leadPageSize,
  needsCatalogue,
  pickLeadIds,
  readLeadsByIds,
} from '../leads/leadListReader.ts';
import { useDataContext } from './DataProvider.tsx';
import { subscribeHoldingBackground } from './useLiveRecords.ts';

type Page = { key: string; limit: number; rows: Lead[]; hasMore: boolean; total?: number };

const totalRefreshMs = 500;

/**
 * The leads list: live rows loaded page by page (call `loadMore` near the end of a virtualized
 * list), filtered, sorted and searched. `total` arrives after the first page and follows changes:
 * at once from the in-memory catalogue when it is built, else at most twice a second.
 */
export function useLeadList(query: LeadListQuery): LeadListResult {
  const { data } = useDataContext();
  const key = JSON.stringify([
    query.search?.trim() ?? '',
    query.status,
    query.source,
    query.rating,
    query.eventId,
    query.sort.field,
    query.sort.direction,
  ]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures every field of `query`.
  const stableQuery = useMemo(() => query, [key]);
  const [limitState, setLimitState] = useState({ key, limit: leadPageSize });
  const limit = limitState.key === key ? limitState.limit : leadPageSize;
  const [page, setPage] = useState<Page | undefined>();
  const [total, setTotal] = useState<{ key: string; value: number | undefined }>();
  const fromCatalogue = needsCatalogue(stableQuery);

  // Index-served lists: a live RxDB query over the index that matches the sort.
  useEffect(() => {
    if (fromCatalogue) return;
    let first = true;
    // The background queue waits for this page.
    return subscribeHoldingBackground(
      data.leads.find(leadListMangoQuery(stableQuery, limit + 1)).$,
      (docs) => {
        setPage({
          key,
          limit,
          rows: docs.slice(0, limit).map((doc) => fromLeadDoc(doc._data)),
          hasMore: docs.length > limit,
        });
        // The catalogue already holds the change that moved these rows: same render, same total.
        const counted = countFromCatalogue(data, stableQuery);
        if (counted !== undefined) setTotal({ key, value: counted });
        if (first) {
          first = false;
          // Build the search index only once the first page is on screen.
          setTimeout(() => void data.leadSearch.start(), 0);
        }
      },
    );
  }, [data, stableQuery, key, limit, fromCatalogue]);

  // Searches and sorts no index serves: the in-memory catalogue picks and orders ids; RxDB
  // supplies the rows.
  useEffect(() => {
    if (!fromCatalogue) return;
    let cancelled = false;
    let latestRun = 0;
    const run = async () => {
      if (!data.leadSearch.ready) return;
      latestRun += 1;
      const thisRun = latestRun;
      const { ids, total } = pickLeadIds(data, stableQuery, limit);
      const rows = await readLeadsByIds(data, ids);
      if (cancelled || thisRun !== latestRun) return;
      setPage({ key, limit, rows, hasMore: total > limit, total });
    };
    const unsubscribe = data.leadSearch.subscribe(() => void run());
    void data.leadSearch.start();
    void run();
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [data, stableQuery, key, limit, fromCatalogue]);

  // Totals for index-served lists. Once the catalogue is built they follow its change
  // notifications at once (a count in memory); until then an IndexedDB index count runs after
  // changes, at most twice a second.
  useEffect(() => {
    if (fromCatalogue) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const countInMemory = () => {
      const value = countFromCatalogue(data, stableQuery);
      if (value === undefined) return false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      setTotal({ key, value });
      return true;
    };
    const refresh = async () => {
      timer = undefined;
      if (countInMemory()) return;
      const value = await countLeads(data, stableQuery);
      // The catalogue may have become ready (and counted) while IndexedDB was counting.
      if (!cancelled && !data.leadSearch.ready) setTotal({ key, value });
    };
    const schedule = () => {
      if (data.leadSearch.ready) return;
      timer ??= setTimeout(() => void refresh(), totalRefreshMs);
    };
    void refresh();
    const changes = data.leads.$.subscribe(schedule);
    const unsubscribeIndex = data.leadSearch.subscribe(() => {
      if (!cancelled) countInMemory();
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      changes.unsubscribe();
      unsubscribeIndex();
    };
  }, [data, stableQuery, key, fromCatalogue]);

  const current = page?.key === key ? page : undefined;
  const hasMore = current?.hasMore ?? false;
  const loadMore = useCallback(() => {
    if (!hasMore) return;
    setLimitState({ key, limit: limit + leadPageSize });
  }, [hasMore, key, limit]);

  return {
    // While a new query loads, the previous rows stay on screen so typing does not flash.
    rows: page?.rows ?? [],
    total: fromCatalogue ? current?.total : total?.key === key ? total.value : undefined,
    hasMore,
    loadMore,
    loading: current === undefined || current.limit !== limit,
  };
}
