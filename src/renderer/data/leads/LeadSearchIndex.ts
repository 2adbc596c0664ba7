import MiniSearch from 'minisearch';
import type { RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { LeadRating, LeadSource, LeadStatus } from '../../../shared/domain/lead.ts';
import {
  isPrefixToken,
  personNameSearchText,
  phoneIndexTokens,
  queryTokens,
  textIndexTokens,
} from '../../../shared/text/searchTokens.ts';
import type { LeadDocType } from './leadDocument.ts';

/** What the in-memory catalogue keeps per lead: enough to filter, sort and count without IndexedDB. */
export type LeadCatalogueEntry = {
  id: string;
  status: LeadStatus;
  source: LeadSource;
  rating: LeadRating | undefined;
  eventId: string | undefined;
  createdAt: string;
  updatedAt: string;
  lastNameKey: string;
  companyKey: string;
};

type SearchDoc = { id: string; name: string; company: string; email: string; phone: string };

const chunkSize = 500;
const addSliceSize = 250;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toSearchDoc(doc: LeadDocType): SearchDoc {
  return {
    id: doc.id,
    name: personNameSearchText(doc.firstName, doc.lastName),
    company: doc.company,
    email: doc.email,
    phone: doc.phone,
  };
}

function toEntry(doc: LeadDocType): LeadCatalogueEntry {
  return {
    id: doc.id,
    status: doc.status,
    source: doc.source,
    rating: doc.rating,
    eventId: doc.eventId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    lastNameKey: doc.lastNameKey,
    companyKey: doc.companyKey,
  };
}

/**
 * Full-text index over every lead's name, company, email and phone, held in memory and kept
 * current from RxDB's change stream. It is built in small slices after the first list page is
 * on screen so that typing and scrolling never wait for it.
 */
export class LeadSearchIndex {
  readonly entries = new Map<string, LeadCatalogueEntry>();
  private readonly collection: RxCollection<LeadDocType>;
  private readonly miniSearch = new MiniSearch<SearchDoc>({
    fields: ['name', 'company', 'email', 'phone'],
    tokenize: (text, field) => (field === 'phone' ? phoneIndexTokens(text) : textIndexTokens(text)),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTokens,
      processTerm: (term) => term,
      prefix: (term) => isPrefixToken(term),
      combineWith: 'AND',
    },
  });
  private readonly listeners = new Set<() => void>();
  private readonly removedWhileBuilding = new Set<string>();
  private subscription: Subscription | undefined;
  private building: Promise<void> | undefined;
  private stopped = false;
  private notifyScheduled = false;
  ready = false;

  constructor(collection: RxCollection<LeadDocType>) {
    this.collection = collection;
  }

  /** Starts the background build once; later calls return the same promise. */
  start(): Promise<void> {
    if (this.building) return this.building;
    this.subscription = this.collection.$.subscribe((event) => {
      if (event.operation === 'DELETE' || event.documentData._deleted) {
        this.remove(event.documentId);
      } else {
        this.put(event.documentData);
      }
      this.scheduleNotify();
    });
    this.building = this.build();
    return this.building;
  }

  stop(): void {
    this.stopped = true;
    this.subscription?.unsubscribe();
    this.listeners.clear();
  }

  /** Calls `listener` (batched) whenever the index changes or finishes building. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ids of the leads matching every word of the query (words match as prefixes). */
  search(query: string): string[] {
    if (queryTokens(query).length === 0) return [];
    return this.miniSearch.search(query).map((result) => String(result.id));
  }

  private put(doc: LeadDocType): void {
    const searchDoc = toSearchDoc(doc);
    if (this.miniSearch.has(doc.id)) this.miniSearch.replace(searchDoc);
    else this.miniSearch.add(searchDoc);
    this.entries.set(doc.id, toEntry(doc));
  }

  private remove(id: string): void {
    if (this.miniSearch.has(id)) this.miniSearch.discard(id);
    this.entries.delete(id);
    if (!this.ready) this.removedWhileBuilding.add(id);
  }

  private scheduleNotify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setTimeout(() => {
      this.notifyScheduled = false;
      for (const listener of this.listeners) listener();
    }, 0);
  }

  // Reads leads in creation order through the createdAt index, resuming after the last one
  // read; ids already read at that same instant are skipped, so equal times never loop.
  private async build(): Promise<void> {
    let after = '';
    let readAtAfter = new Set<string>();
    for (;;) {
      const docs = await this.collection
        .find({
          selector: { createdAt: { $gte: after } },
          sort: [{ createdAt: 'asc' }, { id: 'asc' }],
          limit: chunkSize + readAtAfter.size,
          index: ['createdAt'],
        })
        .exec();
      if (this.stopped) return;
      const fresh = docs.filter((doc) => !readAtAfter.has(doc.id));
      for (let start = 0; start < fresh.length; start += addSliceSize) {
        for (const doc of fresh.slice(start, start + addSliceSize)) {
          // The change stream may already hold a newer version, or know it was deleted.
          if (this.entries.has(doc.id) || this.removedWhileBuilding.has(doc.id)) continue;
          this.put(doc._data);
        }
        await yieldToUi();
        if (this.stopped) return;
      }
      const last = fresh.at(-1);
      if (!last || docs.length < chunkSize + readAtAfter.size) break;
      if (last.createdAt !== after) readAtAfter = new Set();
      after = last.createdAt;
      for (const doc of fresh) if (doc.createdAt === after) readAtAfter.add(doc.id);
    }
    this.ready = true;
    this.removedWhileBuilding.clear();
    this.scheduleNotify();
  }
}
