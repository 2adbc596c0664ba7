import type { MangoQuery } from 'rxdb';
import type { Lead, LeadRating, LeadSource, LeadStatus } from '../../../shared/domain/lead.ts';
import type { LeadCatalogueEntry } from './LeadSearchIndex.ts';
import type { LeadDocType } from './leadDocument.ts';

export type LeadSortField = 'createdAt' | 'updatedAt' | 'lastName' | 'company';
export type SortDirection = 'asc' | 'desc';

export type LeadListQuery = {
  search?: string;
  status?: LeadStatus;
  source?: LeadSource;
  rating?: LeadRating;
  eventId?: string;
  sort: { field: LeadSortField; direction: SortDirection };
};

export type LeadListResult = {
  rows: Lead[];
  total: number | undefined;
  hasMore: boolean;
  loadMore: () => void;
  loading: boolean;
};

type SortKeyField =
  | 'createdAt'
  | 'createdAtDesc'
  | 'lastNameKey'
  | 'lastNameDesc'
  | 'companyKey'
  | 'companyDesc';

// Each (field, direction) the list header offers reads through an ascending index on its own
// key, so the first page comes straight off the index instead of sorting every lead in memory.
// Sorts without an index (by last change) are served from the in-memory catalogue instead:
// every index costs on every write, and no screen offers that sort.
const sortKeyFields: Partial<Record<LeadSortField, Record<SortDirection, SortKeyField>>> = {
  createdAt: { asc: 'createdAt', desc: 'createdAtDesc' },
  lastName: { asc: 'lastNameKey', desc: 'lastNameDesc' },
  company: { asc: 'companyKey', desc: 'companyDesc' },
};

/** Whether an IndexedDB index serves this list's order (else the catalogue must sort it). */
export function isIndexServedSort(query: LeadListQuery): boolean {
  return sortKeyFields[query.sort.field] !== undefined;
}

type FilterField = 'status' | 'source' | 'rating' | 'eventId';
const filterFields: readonly FilterField[] = ['eventId', 'status', 'source', 'rating'];

// Stored field per filter: the event is indexed through its always-present derived key.
const storedFilterField: Record<FilterField, string> = {
  eventId: 'eventKey',
  status: 'status',
  source: 'source',
  rating: 'rating',
};

// Filters with a compound index in front of `createdAtDesc` (newest first, the default list).
const compoundFilters: readonly FilterField[] = ['eventId', 'status'];

/** The filters a query sets, in the order they narrow the most. */
export function activeFilters(query: LeadListQuery): Partial<Record<FilterField, string>> {
  const filters: Partial<Record<FilterField, string>> = {};
  for (const field of filterFields) {
    const value = query[field];
    if (value !== undefined && value !== '') filters[field] = value;
  }
  return filters;
}

/** The RxDB query (with its index pinned) for one page window of the lead list. */
export function leadListMangoQuery(query: LeadListQuery, limit: number): MangoQuery<LeadDocType> {
  const sortKey = sortKeyFields[query.sort.field]?.[query.sort.direction];
  if (!sortKey) throw new Error(`No index serves the lead list sorted by ${query.sort.field}`);
  const filters = activeFilters(query);
  const selector: Record<string, { $eq: string }> = {};
  for (const [field, value] of Object.entries(filters)) {
    selector[storedFilterField[field as FilterField]] = { $eq: value };
  }
  const compound =
    sortKey === 'createdAtDesc'
      ? compoundFilters.find((field) => filters[field] !== undefined)
      : undefined;
  return {
    selector,
    sort: [{ [sortKey]: 'asc' }, { id: 'asc' }],
    limit,
    index: compound ? [storedFilterField[compound], sortKey] : [sortKey],
  } as MangoQuery<LeadDocType>;
}

/** A count query that IndexedDB answers from an index alone, or undefined if none can. */
export function leadCountMangoQuery(query: LeadListQuery): MangoQuery<LeadDocType> | undefined {
  const filters = Object.entries(activeFilters(query));
  const [only] = filters;
  if (filters.length > 1 || !only || !(compoundFilters as readonly string[]).includes(only[0])) {
    return undefined;
  }
  const field = storedFilterField[only[0] as FilterField];
  return {
    selector: { [field]: { $eq: only[1] } },
    index: [field, 'createdAtDesc'],
  } as MangoQuery<LeadDocType>;
}

/** A predicate for the query's filters, made once and run over many catalogue entries. */
export function filterMatcher(query: LeadListQuery): (entry: LeadCatalogueEntry) => boolean {
  const filters = Object.entries(activeFilters(query)) as Array<[FilterField, string]>;
  if (filters.length === 0) return () => true;
  return (entry) => {
    for (const [field, value] of filters) if (entry[field] !== value) return false;
    return true;
  };
}

const entrySortKey: Record<LeadSortField, keyof LeadCatalogueEntry> = {
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastName: 'lastNameKey',
  company: 'companyKey',
};

/** Orders catalogue entries the way the list query would. */
export function compareEntries(
  query: LeadListQuery,
): (a: LeadCatalogueEntry, b: LeadCatalogueEntry) => number {
  const key = entrySortKey[query.sort.field];
  const sign = query.sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const left = a[key] ?? '';
    const right = b[key] ?? '';
    if (left !== right) return left < right ? -sign : sign;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
