import { getChangedDocumentsSince, type RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';
import {
  type BackgroundJob,
  backgroundWork,
  settleable,
  type WorkPriority,
} from './backgroundWork.ts';

/** One document's move: absent `before` is an insert, absent `after` a removal. */
export type MirrorChange<T> = { id: string; before: T | undefined; after: T | undefined };

// A load someone waits for reads big pages; one in the background reads small ones, each a
// short step of the background queue.
const pageSize = 2000;
const backgroundPageSize = 250;

/** `now`: a view waits for the documents; otherwise a background job of that priority. */
export type MirrorLoadPriority = 'now' | WorkPriority;

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
  private readonly watchers = new Set<() => void>();
  private readonly touchedWhileLoading = new Set<string>();
  private subscription: Subscription | undefined;
  private pending: MirrorChange<T>[] = [];
  private loading: Promise<void> | undefined;
  private finishLoad: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  private checkpoint: unknown;
  private job: BackgroundJob | undefined;
  private loaded = false;
  private stopped = false;
  private currentVersion = 0;
  private failed = false;

  constructor(collection: RxCollection<T>, accept: (doc: T) => boolean = () => true) {
    this.collection = collection;
    this.accept = accept;
  }

  /**
   * Loads every document once (later calls share the promise) and follows changes from then on.
   * In the background the load is a job of the page's background queue; `now` (the default)
   * reads at once, and also hurries a load that is queued or under way.
   */
  start(priority: MirrorLoadPriority = 'now'): Promise<void> {
    if (this.loading) {
      if (priority === 'now' && this.job) void this.hurry();
      else if (priority !== 'now') this.job?.raise(priority);
      return this.loading;
    }
    // Subscribe first: a change during the load is newer than what the load reads.
    this.subscription = this.collection.$.subscribe((event) => {
      const data = event.documentData as T & { _deleted?: boolean };
      const after =
        event.operation === 'DELETE' || data._deleted || !this.accept(data) ? undefined : data;
      this.apply(event.documentId, after);
    });
    const { promise, resolve, reject } = settleable<void>();
    this.finishLoad = { resolve: () => resolve(undefined), reject };
    // Watchers hear of a failure too, so views waiting for the load can turn to another source.
    const loading = promise.catch((error: unknown) => {
      this.failed = true;
      for (const watcher of this.watchers) watcher();
      throw error;
    });
    this.loading = loading;
    if (priority === 'now') void this.loadNow();
    else {
      const job = backgroundWork.run(() => this.readPage(backgroundPageSize), priority);
      this.job = job;
      job.done.then(
        () => {
          if (this.job === job) this.job = undefined;
        },
        (error: unknown) => this.finishLoad?.reject(error),
      );
    }
    return loading;
  }

  /** Takes a queued load out of the background queue and finishes it at once. */
  private async hurry(): Promise<void> {
    const job = this.job;
    this.job = undefined;
    await job?.cancel();
    if (!this.loaded && !this.failed) await this.loadNow();
  }

  stop(): void {
    this.stopped = true;
    void this.job?.cancel();
    this.job = undefined;
    // As before the background queue: a stopped load ends (without the documents).
    this.finishLoad?.resolve();
    this.subscription?.unsubscribe();
    this.listeners.clear();
    this.watchers.clear();
  }

  /** The mirrored collection's name, for messages. */
  get collectionName(): string {
    return this.collection.name;
  }

  /** True from the first `start()` on while the load runs or succeeded; false once it failed. */
  get started(): boolean {
    return this.loading !== undefined && !this.failed;
  }

  /** True once the load finished: from then on `docs` is complete and current. */
  get ready(): boolean {
    return this.loaded;
  }

  /**
   * 0 until loaded, then a number that grows with every change to `docs` (bound, so it can be
   * handed to useSyncExternalStore as is).
   */
  readonly version = (): number => this.currentVersion;

  /** Calls `onChange` when the load finishes and after each batch of changes (bound). */
  readonly watch = (onChange: () => void): (() => void) => {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  };

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
    this.currentVersion += 1;
    this.pending.push({ id, before, after });
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
  }

  private flush(): void {
    const changes = this.pending;
    this.pending = [];
    if (this.stopped || changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
    for (const watcher of this.watchers) watcher();
  }

  private async loadNow(): Promise<void> {
    const endForeground = backgroundWork.beginForeground();
    try {
      while (!(await this.readPage(pageSize)));
    } catch (error) {
      this.finishLoad?.reject(error);
    } finally {
      endForeground();
    }
  }

  // Pages through RxDB's own [_meta.lwt, id] index: every collection has it, so each page is a
  // range read that continues where the last stopped. (Paging by `id` looked right but no index
  // starts with it once a schema declares its own, so every page scanned the whole collection:
  // 87 s for 50k leads, measured by `npm run bench:qualification`.) True once all are read.
  private async readPage(size: number): Promise<boolean> {
    if (this.loaded || this.stopped) {
      this.finishLoad?.resolve();
      return true;
    }
    const page = await getChangedDocumentsSince(
      this.collection.storageInstance,
      size,
      this.checkpoint as never,
    );
    if (this.stopped || this.loaded) {
      this.finishLoad?.resolve();
      return true;
    }
    for (const stored of page.documents) {
      const data = stored as unknown as T & { _deleted?: boolean };
      if (data._deleted || this.touchedWhileLoading.has(data.id) || !this.accept(data)) continue;
      this.docs.set(data.id, data);
    }
    if (page.documents.length === size) {
      this.checkpoint = page.checkpoint;
      return false;
    }
    this.loaded = true;
    this.touchedWhileLoading.clear();
    this.currentVersion += 1;
    this.finishLoad?.resolve();
    for (const watcher of this.watchers) watcher();
    return true;
  }
}
