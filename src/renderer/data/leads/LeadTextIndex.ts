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
 * Each slot holds a value given with the text (the catalogue entry, so a search hands back
 * what the list sorts without a lookup per hit).
 */
export class LeadTextIndex<T> {
  private readonly terms = new SearchableMap<number[]>();
  private slots: Array<T | undefined> = [];
  private readonly slotOf = new Map<string, number>();

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a lead with its value, replacing what was indexed for it before. */
  set(id: string, lead: LeadSearchText, value: T): void {
    this.delete(id);
    const slot = this.slots.length;
    this.slots.push(value);
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

  /**
   * The values of the leads matching every word of the query (words match as prefixes), in the
   * order they were last indexed: roughly oldest change first, which lets a caller that wants
   * the newest scan from the end.
   */
  search(query: string): T[] {
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
    const values: T[] = [];
    for (const slot of candidates) {
      const value = this.slots[slot];
      if (value !== undefined) values.push(value);
    }
    return values;
  }

  // A CJK character is indexed on its own as well as in pairs, so its exact postings already
  // hold every lead a prefix match would find; Latin words and digits need the prefix walk.
  private postingsOf(token: string): number[][] {
    if (!isPrefixToken(token) || hasCjk(token)) {
      const postings = this.terms.get(token);
      return postings ? [postings] : [];
    }
    const lists: number[][] = [];
    collectValues(this.terms.atPrefix(token)._tree, lists);
    return lists;
  }
}

// A short digit prefix ("13") reaches thousands of phone terms; walking the radix tree for the
// values alone skips the key strings SearchableMap's iterator builds for each of them.
// (The tree is a Map per node: '' holds the node's own value, every other key a child node.)
type TermTree = SearchableMap<number[]>['_tree'];
function collectValues(node: TermTree, out: number[][]): void {
  for (const [key, child] of node) {
    if (key === '') out.push(child as number[]);
    else collectValues(child as TermTree, out);
  }
}

function listsSize(lists: number[][]): number {
  let size = 0;
  for (const list of lists) size += list.length;
  return size;
}

// Postings are each in slot order; the union is too, so callers may rely on the order.
function union(lists: number[][], slotCount: number): number[] {
  const [only] = lists;
  if (lists.length === 1 && only) return only;
  const seen = new Uint8Array(slotCount);
  for (const list of lists) for (const slot of list) seen[slot] = 1;
  const out: number[] = [];
  for (let slot = 0; slot < slotCount; slot += 1) if (seen[slot] === 1) out.push(slot);
  return out;
}
