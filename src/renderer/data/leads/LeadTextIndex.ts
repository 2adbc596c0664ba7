import SearchableMap from 'minisearch/SearchableMap';
import {
  hasCjk,
  isPrefixToken,
  personNameSearchText,
  phoneIndexTokens,
  queryTokens,
  textIndexTokens,
} from '../../../shared/text/searchTokens.ts';

/** The searchable text of one lead. */
export type LeadSearchText = {
  firstName: string;
  lastName: string;
  company: string;
  email: string;
  phone: string;
};

/** Every term a lead is found by, each once. */
export function leadSearchTerms(lead: LeadSearchText): string[] {
  const terms = new Set<string>(
    textIndexTokens(personNameSearchText(lead.firstName, lead.lastName)),
  );
  for (const term of textIndexTokens(lead.company)) terms.add(term);
  for (const term of textIndexTokens(lead.email)) terms.add(term);
  for (const term of phoneIndexTokens(lead.phone)) terms.add(term);
  return [...terms];
}

/**
 * An inverted index from search terms to leads, with AND semantics and prefix matching.
 *
 * The list orders search results by its own sort, never by relevance, so this keeps no scores:
 * each term maps to the slots of the leads that contain it, and a query intersects those lists.
 * Common CJK pairs ("公司" in 60% of leads) then cost one pass over an integer array instead
 * of scoring every hit. A changed or removed lead frees its slot (stale postings are skipped).
 */
export class LeadTextIndex {
  private readonly terms = new SearchableMap<number[]>();
  private slots: Array<string | undefined> = [];
  private readonly slotOf = new Map<string, number>();

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a lead, replacing what was indexed for it before. */
  set(id: string, lead: LeadSearchText): void {
    this.delete(id);
    const slot = this.slots.length;
    this.slots.push(id);
    this.slotOf.set(id, slot);
    for (const term of leadSearchTerms(lead)) {
      const postings = this.terms.get(term);
      if (postings) postings.push(slot);
      else this.terms.set(term, [slot]);
    }
  }

  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
  }

  /** Ids of the leads matching every word of the query (words match as prefixes), unordered. */
  search(query: string): string[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return [];
    const lists = tokens
      .map((token) => this.postingsOf(token))
      .sort((a, b) => listsSize(a) - listsSize(b));
    const [smallest, ...others] = lists;
    if (!smallest || listsSize(smallest) === 0) return [];
    let candidates = union(smallest, this.slots.length);
    for (const other of others) {
      const marks = new Uint8Array(this.slots.length);
      for (const postings of other) for (const slot of postings) marks[slot] = 1;
      candidates = candidates.filter((slot) => marks[slot] === 1);
      if (candidates.length === 0) return [];
    }
    const ids: string[] = [];
    for (const slot of candidates) {
      const id = this.slots[slot];
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  // A CJK character is indexed on its own as well as in pairs, so its exact postings already
  // hold every lead a prefix match would find; Latin words and digits need the prefix walk.
  private postingsOf(token: string): number[][] {
    if (!isPrefixToken(token) || hasCjk(token)) {
      const postings = this.terms.get(token);
      return postings ? [postings] : [];
    }
    const lists: number[][] = [];
    this.terms.atPrefix(token).forEach((_term, postings) => {
      lists.push(postings);
    });
    return lists;
  }
}

function listsSize(lists: number[][]): number {
  let size = 0;
  for (const list of lists) size += list.length;
  return size;
}

function union(lists: number[][], slotCount: number): number[] {
  const [only] = lists;
  if (lists.length === 1 && only) return only;
  const seen = new Uint8Array(slotCount);
  const out: number[] = [];
  for (const list of lists) {
    for (const slot of list) {
      if (seen[slot] === 1) continue;
      seen[slot] = 1;
      out.push(slot);
    }
  }
  return out;
}
