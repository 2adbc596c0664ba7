import { Dexie, type Table } from 'dexie';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import { rowSealer } from '../crypto/rowSealer.ts';
import { type StoredConflict, type StoredIssue, unlockSyncRows } from './unlockSyncRows.ts';

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

export type LocalDatabase = Dexie & {
  // Plain entries are rows older versions wrote, until `unlock` seals them.
  conflicts: Table<StoredConflict | ConflictEntry, string>;
  issues: Table<StoredIssue | SyncIssue, string>;
  meta: Table<{ id: string; sealed: string }, string>;
};

/**
 * Local-only sync bookkeeping in a small Dexie database of its own: RxDB's open core allows 13
 * collections per process and the replicated model already uses 12. The values in it (a refused
 * lead, a losing email) are personal data, so they are sealed with the database key like the
 * RxDB fields; ids, dates, codes and paths stay plain for the indexes.
 */
export type SyncLocalStore = {
  /**
   * Checks that this store was written under the key it was opened with (rejects with
   * `SyncStoreLockedError`, changing nothing, when not) and seals rows older versions kept in
   * plain text. Call once the RxDB database accepted the key; every other method waits for it.
   */
  unlock(): Promise<void>;
  /** Empties the store, for a database that starts over under a new key. */
  startOver(): Promise<void>;
  addConflicts(entries: ConflictEntry[]): Promise<void>;
  addIssues(entries: SyncIssue[]): Promise<void>;
  getConflict(id: string): Promise<ConflictEntry | undefined>;
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
  cipher: FieldCipher;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}): SyncLocalStore {
  const db = new Dexie(`fieldbook-local-${options.name}`, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as LocalDatabase;
  db.version(1).stores({ conflicts: 'id, at, docId', issues: 'id, at, docId' });
  // Version 2 seals the values; `meta` keeps a sealed marker that tells a wrong key at once.
  db.version(2).stores({ meta: 'id' });
  const conflicts = rowSealer<ConflictEntry, 'keptValue' | 'lostValue'>(options.cipher, [
    'keptValue',
    'lostValue',
  ]);
  const issues = rowSealer<SyncIssue, 'message' | 'values'>(options.cipher, ['message', 'values']);
  let unlocked: Promise<void> | undefined;
  const ready = () => {
    unlocked ??= unlockSyncRows({ db, cipher: options.cipher, conflicts, issues });
    return unlocked;
  };
  // Once closed or removed (sign-out, wipe), readers that were already on their way (a Sync issues
  // badge answering the last change) get nothing instead of Dexie's DatabaseClosedError.
  let closed = false;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    unlock: ready,
    async startOver() {
      await db.transaction('rw', db.conflicts, db.issues, db.meta, async () => {
        await Promise.all([db.conflicts.clear(), db.issues.clear(), db.meta.clear()]);
      });
      unlocked = undefined;
      changed();
    },
    async addConflicts(entries) {
      if (entries.length === 0) return;
      await ready();
      await db.conflicts.bulkPut(await Promise.all(entries.map(conflicts.seal)));
      changed();
    },
    async addIssues(entries) {
      if (entries.length === 0) return;
      await ready();
      await db.issues.bulkPut(await Promise.all(entries.map(issues.seal)));
      changed();
    },
    async getConflict(id) {
      if (closed) return undefined;
      await ready();
      const row = await db.conflicts.get(id);
      return row && conflicts.isSealed(row) ? conflicts.open(row) : row;
    },
    async listConflicts() {
      if (closed) return [];
      await ready();
      const rows = await db.conflicts.orderBy('at').reverse().toArray();
      return Promise.all(rows.map((row) => (conflicts.isSealed(row) ? conflicts.open(row) : row)));
    },
    async listIssues() {
      if (closed) return [];
      await ready();
      const rows = await db.issues.orderBy('at').reverse().toArray();
      return Promise.all(rows.map((row) => (issues.isSealed(row) ? issues.open(row) : row)));
    },
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
    close: () => {
      closed = true;
      db.close();
    },
    async remove() {
      closed = true;
      await db.delete();
      changed();
    },
  };
}
