import { Dexie, type EntityTable } from 'dexie';
import type { CollectionName } from '../../../shared/domain/collections.ts';

/** A value that lost a same-field conflict, kept so the user can see and re-apply it. */
export type ConflictEntry = {
  id: string;
  collection: CollectionName;
  docId: string;
  /** Dotted field path, `lines[line-2].quantity` for items of an array. */
  path: string;
  keptValue: unknown;
  lostValue: unknown;
  /** Which side's value was kept: this device's ('local') or the server's ('remote'). */
  kept: 'local' | 'remote';
  at: string;
};

/** A write the server refused, with the values the user had entered (never silently dropped). */
export type SyncIssue = {
  id: string;
  collection: CollectionName;
  docId: string;
  /** Machine code from the server (`forbidden`, `invalid_document`, a workflow code...). */
  code: string;
  /** The server's explanation, in English; the UI shows a translation of `code` first. */
  message: string;
  /** The document as this device tried to write it. */
  values: Record<string, unknown>;
  at: string;
};

type LocalDatabase = Dexie & {
  conflicts: EntityTable<ConflictEntry, 'id'>;
  issues: EntityTable<SyncIssue, 'id'>;
};

/**
 * Local-only sync bookkeeping in a small Dexie database of its own: RxDB's open core allows 13
 * collections per process and the replicated model already uses 12.
 */
export type SyncLocalStore = {
  readonly db: LocalDatabase;
  addConflicts(entries: ConflictEntry[]): Promise<void>;
  addIssues(entries: SyncIssue[]): Promise<void>;
  listConflicts(): Promise<ConflictEntry[]>;
  listIssues(): Promise<SyncIssue[]>;
  removeConflict(id: string): Promise<void>;
  removeIssue(id: string): Promise<void>;
  /** Calls `listener` after every change of either list. */
  subscribe(listener: () => void): () => void;
  close(): void;
  remove(): Promise<void>;
};

export function openSyncLocalStore(options: {
  name: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}): SyncLocalStore {
  const db = new Dexie(`fieldbook-local-${options.name}`, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as LocalDatabase;
  db.version(1).stores({ conflicts: 'id, at, docId', issues: 'id, at, docId' });
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    db,
    async addConflicts(entries) {
      if (entries.length === 0) return;
      await db.conflicts.bulkPut(entries);
      changed();
    },
    async addIssues(entries) {
      if (entries.length === 0) return;
      await db.issues.bulkPut(entries);
      changed();
    },
    listConflicts: () => db.conflicts.orderBy('at').reverse().toArray(),
    listIssues: () => db.issues.orderBy('at').reverse().toArray(),
    async removeConflict(id) {
      await db.conflicts.delete(id);
      changed();
    },
    async removeIssue(id) {
      await db.issues.delete(id);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => db.close(),
    async remove() {
      await db.delete();
      changed();
    },
  };
}
