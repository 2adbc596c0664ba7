import type { RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { LeadRating, LeadSource, LeadStatus } from '../../../shared/domain/lead.ts';
import { backgroundWork } from '../records/backgroundWork.ts';
import { type LeadSearchText, LeadTextIndex } from './LeadTextIndex.ts';
import type { LeadDocType } from './leadDocument.ts';
import { yieldToMain } from './yieldToMain.ts';

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

/** The filters the catalogue keeps running counts for. */
export type CountedField = 'status' | 'source' | 'rating' | 'eventId';
const countedFields: readonly CountedField[] = ['status', 'source', 'rating', 'eventId'];

// One IndexedDB read of this many leads is one main-thread task (RxDB maps them in one go).
const chunkSize = 250;
// Work at most this long before giving the main thread back, so a keypress never waits long.
const sliceBudgetMs = 6;

function toSearchText(doc: LeadDocType): LeadSearchText {
  return {
    firstName: doc.firstName,
    lastName: doc.lastName,
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

type PendingText = { text: LeadSearchText; entry: LeadCatalogueEntry };

const countKey = (field: CountedField, value: string | undefined) => `${field}\u0000${value ?? ''}`;

/**
 * Every lead's filter and sort fields plus a full-text index over name, company, email and
 * phone, held in memory and kept current from RxDB's change stream. It is built in small
 * slices after the first list page is on screen so that typing and scrolling never wait for it.
 * Text indexing of changes is deferred to the next search or idle slice, so a bulk write pays
 * only for the cheap catalogue entry; counts per filter value are kept as leads change.
 */
export class LeadSearchIndex {
  readonly entries = new Map<string, LeadCatalogueEntry>();
  private readonly counts = new Map<string, number>();
  private readonly collection: RxCollection<LeadDocType>;
  private readonly text = new LeadTextIndex<LeadCatalogueEntry>();
  // Text changes not yet indexed: the lead's text and entry, or null once removed.
  private readonly pendingText = new Map<string, PendingText | null>();
  private readonly listeners = new Set<() => void>();
  private readonly removedWhileBuilding = new Set<string>();
  private subscription: Subscription | undefined;
  private building: Promise<void> | undefined;
  private stopped = false;
  private notifyScheduled = false;
  private flushScheduled = false;
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
        this.put(event.documentData, true);
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

  /** Ids of the leads matching every word of the query (words match as prefixes), unordered. */
  search(query: string): string[] {
    return this.searchEntries(query).map((entry) => entry.id);
  }

  /**
   * Catalogue entries of the leads matching the query, roughly oldest change first (the order
   * they were indexed), so a list that wants the newest can scan from the end.
   */
  searchEntries(query: string): LeadCatalogueEntry[] {
    this.flushText();
    return this.text.search(query);
  }

  /** How many leads have this value in this field (`undefined`: the field is not set). */
  countOf(field: CountedField, value: string | undefined): number {
    return this.counts.get(countKey(field, value)) ?? 0;
  }

  private put(doc: LeadDocType, deferText: boolean): void {
    const before = this.entries.get(doc.id);
    if (before) this.adjustCounts(before, -1);
    const entry = toEntry(doc);
    this.entries.set(doc.id, entry);
    this.adjustCounts(entry, 1);
    if (!deferText) {
      this.text.set(doc.id, toSearchText(doc), entry);
      return;
    }
    this.pendingText.set(doc.id, { text: toSearchText(doc), entry });
    this.scheduleFlush();
  }

  private remove(id: string): void {
    const before = this.entries.get(id);
    if (before) this.adjustCounts(before, -1);
    this.entries.delete(id);
    this.pendingText.set(id, null);
    this.scheduleFlush();
    if (!this.ready) this.removedWhileBuilding.add(id);
  }

  private adjustCounts(entry: LeadCatalogueEntry, delta: number): void {
    for (const field of countedFields) {
      const key = countKey(field, entry[field]);
      this.counts.set(key, (this.counts.get(key) ?? 0) + delta);
    }
  }

  private flushText(): void {
    for (const [id, pending] of this.pendingText) {
      if (pending) this.text.set(id, pending.text, pending.entry);
      else this.text.delete(id);
    }
    this.pendingText.clear();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    void yieldToMain('background').then(() => {
      this.flushScheduled = false;
      if (!this.stopped) this.flushText();
    });
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
  // read; ids already read at that same instant are skipped, so equal times never loop. Each
  // chunk is one step of the page's background queue, so it never runs while a screen waits
  // for its rows.
  private build(): Promise<void> {
    let after = '';
    let readAtAfter = new Set<string>();
    const step = async (): Promise<boolean> => {
      if (this.stopped) return true;
      const docs = await this.collection
        .find({
          selector: { createdAt: { $gte: after } },
          sort: [{ createdAt: 'asc' }, { id: 'asc' }],
          limit: chunkSize + readAtAfter.size,
          index: ['createdAt'],
        })
        .exec();
      if (this.stopped) return true;
      const fresh = docs.filter((doc) => !readAtAfter.has(doc.id));
      let sliceStart = performance.now();
      for (const doc of fresh) {
        // The change stream may already hold a newer version, or know it was deleted.
        if (!this.entries.has(doc.id) && !this.removedWhileBuilding.has(doc.id)) {
          this.put(doc._data, false);
        }
        if (performance.now() - sliceStart > sliceBudgetMs) {
          await yieldToMain('user-visible');
          if (this.stopped) return true;
          sliceStart = performance.now();
        }
      }
      const last = fresh.at(-1);
      if (!last || docs.length < chunkSize + readAtAfter.size) {
        this.ready = true;
        this.removedWhileBuilding.clear();
        this.scheduleNotify();
        return true;
      }
      if (last.createdAt !== after) readAtAfter = new Set();
      after = last.createdAt;
      for (const doc of fresh) if (doc.createdAt === after) readAtAfter.add(doc.id);
      return false;
    };
    return backgroundWork.run(step, 'background').done;
  }
}
