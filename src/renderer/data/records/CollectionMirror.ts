import type { RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';

/** One document's move: absent `before` is an insert, absent `after` a removal. */
export type MirrorChange<T> = { id: string; before: T | undefined; after: T | undefined };

const pageSize = 2000;

/**
 * Every (accepted) document of a collection held in memory as its stored data and kept current
 * from RxDB's change stream; listeners get the changes in batches. Stored data is immutable in
 * RxDB, so holding it costs no copies.
 */
export class CollectionMirror<T extends { id: string }> {
  readonly docs = new Map<string, T>();
  private readonly collection: RxCollection<T>;
  private readonly accept: (doc: T) => boolean;
  private readonly listeners = new Set<(changes: MirrorChange<T>[]) => void>();
  private readonly touchedWhileLoading = new Set<string>();
  private subscription: Subscription | undefined;
  private pending: MirrorChange<T>[] = [];
  private loading: Promise<void> | undefined;
  private loaded = false;
  private stopped = false;

  constructor(collection: RxCollection<T>, accept: (doc: T) => boolean = () => true) {
    this.collection = collection;
    this.accept = accept;
  }

  /** Loads every document once (later calls share the promise) and follows changes from then on. */
  start(): Promise<void> {
    if (this.loading) return this.loading;
    // Subscribe first: a change during the load is newer than what the load reads.
    this.subscription = this.collection.$.subscribe((event) => {
      const data = event.documentData as T & { _deleted?: boolean };
      const after =
        event.operation === 'DELETE' || data._deleted || !this.accept(data) ? undefined : data;
      this.apply(event.documentId, after);
    });
    this.loading = this.load();
    return this.loading;
  }

  stop(): void {
    this.stopped = true;
    this.subscription?.unsubscribe();
    this.listeners.clear();
  }

  /** Calls `listener` with each batch of changes made after the load; read `docs` for the rest. */
  subscribe(listener: (changes: MirrorChange<T>[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(id: string, after: T | undefined): void {
    const before = this.docs.get(id);
    if (!before && !after) {
      if (!this.loaded) this.touchedWhileLoading.add(id);
      return;
    }
    if (after) this.docs.set(id, after);
    else this.docs.delete(id);
    if (!this.loaded) {
      this.touchedWhileLoading.add(id);
      return;
    }
    this.pending.push({ id, before, after });
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
  }

  private flush(): void {
    const changes = this.pending;
    this.pending = [];
    if (this.stopped || changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }

  // Pages through the primary key so no single read holds the whole collection twice.
  private async load(): Promise<void> {
    let after = '';
    for (;;) {
      const docs = await this.collection
        .find({
          selector: after === '' ? {} : ({ id: { $gt: after } } as never),
          sort: [{ id: 'asc' } as never],
          limit: pageSize,
        })
        .exec();
      if (this.stopped) return;
      for (const doc of docs) {
        const data = doc._data as T;
        if (!this.touchedWhileLoading.has(data.id) && this.accept(data)) {
          this.docs.set(data.id, data);
        }
      }
      if (docs.length < pageSize) break;
      after = docs[docs.length - 1]?.primary ?? after;
    }
    this.loaded = true;
    this.touchedWhileLoading.clear();
  }
}
