import type { Lead } from '../../../shared/domain/lead.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { fromLeadDoc } from './leadDocument.ts';
import {
  compareEntries,
  type LeadListQuery,
  leadCountMangoQuery,
  leadListMangoQuery,
  matchesFilters,
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

/** Ids of the leads matching a search and the filters, in list order. Needs a ready search index. */
export function searchLeadIds(data: FieldbookData, query: LeadListQuery, search: string): string[] {
  const { leadSearch } = data;
  const entries = [];
  for (const id of leadSearch.search(search)) {
    const entry = leadSearch.entries.get(id);
    if (entry && matchesFilters(entry, query)) entries.push(entry);
  }
  entries.sort(compareEntries(query));
  return entries.map((entry) => entry.id);
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
 * How many leads an unsearched list has: from the in-memory catalogue once it is built, else
 * from an index-only IndexedDB count for one event or status, else unknown. Never a full scan:
 * even an index-only count of every lead takes seconds at 100k in Chromium.
 */
export async function countLeads(
  data: FieldbookData,
  query: LeadListQuery,
): Promise<number | undefined> {
  if (data.leadSearch.ready) {
    let total = 0;
    for (const entry of data.leadSearch.entries.values())
      if (matchesFilters(entry, query)) total += 1;
    return total;
  }
  const countQuery = leadCountMangoQuery(query);
  return countQuery ? data.leads.count(countQuery).exec() : undefined;
}
