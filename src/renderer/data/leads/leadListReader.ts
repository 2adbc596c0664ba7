import type { Lead } from '../../../shared/domain/lead.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { firstInOrder } from './firstInOrder.ts';
import type { CountedField, LeadCatalogueEntry } from './LeadSearchIndex.ts';
import { fromLeadDoc } from './leadDocument.ts';
import {
  activeFilters,
  compareEntries,
  filterMatcher,
  isIndexServedSort,
  type LeadListQuery,
  leadCountMangoQuery,
  leadListMangoQuery,
} from './leadListQuery.ts';

export const leadPageSize = 100;

/** The search text the list should use, or undefined when the list is not searching. */
export function activeSearch(query: LeadListQuery): string | undefined {
  const search = query.search?.trim();
  return search ? search : undefined;
}

/** The first `limit` leads of an unsearched list, read through the query's index. */
export async function readLeadPage(
  data: FieldbookData,
  query: LeadListQuery,
  limit: number,
): Promise<{ rows: Lead[]; hasMore: boolean }> {
  // One extra row tells whether there is more without counting.
  const docs = await data.leads.find(leadListMangoQuery(query, limit + 1)).exec();
  return {
    rows: docs.slice(0, limit).map((doc) => fromLeadDoc(doc._data)),
    hasMore: docs.length > limit,
  };
}

/** One page of a list picked from the catalogue: the first ids in list order, and how many match. */
export type LeadIdPage = { ids: string[]; total: number };

/** Whether the list is served from the in-memory catalogue: searches and unindexed sorts. */
export function needsCatalogue(query: LeadListQuery): boolean {
  return activeSearch(query) !== undefined || !isIndexServedSort(query);
}

// The catalogue and the search hits come in the order leads were indexed: roughly by creation
// and last change. A list wanting the newest first is scanned from the end, so the bounded sort
// fills with the newest at once and drops nearly every later entry after one comparison
// (scanned from the start, each entry would displace the heap's top: the worst case).
function scansFromEnd(query: LeadListQuery): boolean {
  const { field, direction } = query.sort;
  return direction === 'desc' && (field === 'createdAt' || field === 'updatedAt');
}

/**
 * The first `limit` ids of a list, picked from the ready catalogue: the search hits (or every
 * lead) that pass the filters, ordered by a bounded partial sort, so a very common word costs
 * one pass over its hits rather than sorting them all.
 */
export function pickLeadIds(data: FieldbookData, query: LeadListQuery, limit: number): LeadIdPage {
  const { leadSearch } = data;
  const search = activeSearch(query);
  const matches = filterMatcher(query);
  const candidates = search ? leadSearch.searchEntries(search) : leadSearch.entries.values();
  const matching: LeadCatalogueEntry[] = [];
  for (const entry of candidates) if (matches(entry)) matching.push(entry);
  if (scansFromEnd(query)) matching.reverse();
  const first = firstInOrder(matching, limit, compareEntries(query));
  return { ids: first.map((entry) => entry.id), total: matching.length };
}

/** The leads with these ids, in the same order. */
export async function readLeadsByIds(data: FieldbookData, ids: readonly string[]): Promise<Lead[]> {
  const found = await data.leads.findByIds([...ids]).exec();
  const rows: Lead[] = [];
  for (const id of ids) {
    const doc = found.get(id);
    if (doc) rows.push(fromLeadDoc(doc._data));
  }
  return rows;
}

/**
 * How many leads an unsearched list has, from the ready catalogue: a running count for none or
 * one filter, one pass over the entries for several. Undefined while the catalogue builds.
 */
export function countFromCatalogue(data: FieldbookData, query: LeadListQuery): number | undefined {
  const { leadSearch } = data;
  if (!leadSearch.ready) return undefined;
  const filters = Object.entries(activeFilters(query));
  const [only] = filters;
  if (!only) return leadSearch.entries.size;
  if (filters.length === 1) return leadSearch.countOf(only[0] as CountedField, only[1]);
  const matches = filterMatcher(query);
  let total = 0;
  for (const entry of leadSearch.entries.values()) if (matches(entry)) total += 1;
  return total;
}

/**
 * How many leads an unsearched list has: from the in-memory catalogue once it is built, else
 * from an index-only IndexedDB count for one event or status, else unknown. Never a full scan:
 * even an index-only count of every lead takes seconds at 100k in Chromium.
 */
export async function countLeads(
  data: FieldbookData,
  query: LeadListQuery,
): Promise<number | undefined> {
  const counted = countFromCatalogue(data, query);
  if (counted !== undefined) return counted;
  const countQuery = leadCountMangoQuery(query);
  return countQuery ? data.leads.count(countQuery).exec() : undefined;
}
