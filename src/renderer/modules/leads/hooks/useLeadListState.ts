import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  type LeadRating,
  type LeadSource,
  type LeadStatus,
  leadRatings,
  leadSources,
  leadStatuses,
} from '../../../../shared/domain/lead.ts';
import type { LeadListQuery } from '../../../data/index.ts';

export type LeadSortField = LeadListQuery['sort']['field'];
export type LeadSort = LeadListQuery['sort'];
export type LeadFilters = {
  status?: LeadStatus;
  source?: LeadSource;
  rating?: LeadRating;
  eventId?: string;
};

const sortFields = ['createdAt', 'updatedAt', 'lastName', 'company'] as const;
const defaultSort: LeadSort = { field: 'createdAt', direction: 'desc' };

function pick<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => value === raw);
}

/**
 * The list's search, filters and sort, kept in the URL so that going back from a lead restores
 * the same view. Typing updates the box at once and the query after a short pause.
 */
export function useLeadListState() {
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchText] = useState(() => params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(searchText.trim(), 120);

  const status = pick(leadStatuses, params.get('status'));
  const source = pick(leadSources, params.get('source'));
  const rating = pick(leadRatings, params.get('rating'));
  const eventId = params.get('event') ?? undefined;
  const sortField = pick(sortFields, params.get('sort')) ?? defaultSort.field;
  const sortDirection: LeadSort['direction'] = params.get('sort')
    ? params.get('dir') === 'asc'
      ? 'asc'
      : 'desc'
    : defaultSort.direction;
  const filters: LeadFilters = { status, source, rating, eventId };

  const update = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  useEffect(() => {
    update({ q: debouncedSearch || undefined });
  }, [debouncedSearch, update]);

  const sort: LeadSort = useMemo(
    () => ({ field: sortField, direction: sortDirection }),
    [sortField, sortDirection],
  );
  const query: LeadListQuery = useMemo(
    () => ({ search: debouncedSearch || undefined, status, source, rating, eventId, sort }),
    [debouncedSearch, status, source, rating, eventId, sort],
  );

  const hasFilters = Boolean(searchText.trim() || status || source || rating || eventId);

  return {
    query,
    searchText,
    setSearchText,
    filters,
    sort,
    hasFilters,
    setFilter: (key: keyof LeadFilters, value: string | null) =>
      update({ [key === 'eventId' ? 'event' : key]: value ?? undefined }),
    toggleSort: (field: LeadSortField) => {
      const direction =
        sort.field === field
          ? sort.direction === 'asc'
            ? 'desc'
            : 'asc'
          : field === 'createdAt' || field === 'updatedAt'
            ? 'desc'
            : 'asc';
      update({ sort: field, dir: direction });
    },
    clearFilters: () => {
      setSearchText('');
      update({
        q: undefined,
        status: undefined,
        source: undefined,
        rating: undefined,
        event: undefined,
      });
    },
  };
}
