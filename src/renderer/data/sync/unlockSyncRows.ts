import type { Table } from 'dexie';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import type { RowSealer, SealedRow } from '../crypto/rowSealer.ts';
import type { ConflictEntry, LocalDatabase, SyncIssue } from './syncLocalStore.ts';

export type StoredConflict = SealedRow<ConflictEntry, 'keptValue' | 'lostValue'>;
export type StoredIssue = SealedRow<SyncIssue, 'message' | 'values'>;

/** The Sync issues / Conflicts store was sealed under another key; nothing was changed. */
export class SyncStoreLockedError extends Error {
  readonly code = 'syncStoreLocked';
  constructor(databaseName: string) {
    super(`The sync inbox "${databaseName}" was written under another key`);
    this.name = 'SyncStoreLockedError';
  }
}

const keyCheckId = 'keyCheck';
// Written once every plain row is sealed: later opens skip reading both tables whole.
const plainRowsSealedId = 'plainRowsSealed';
const keyCheckText = 'fieldbook-sync-local';

// GCM fails on a foreign key, so a sealed marker is a key check that reveals nothing about it.
async function checkKey(db: LocalDatabase, cipher: FieldCipher): Promise<void> {
  const mine = { id: keyCheckId, sealed: await cipher.encrypt(keyCheckText) };
  // One transaction: two tabs opening a new store at once keep a single marker.
  const existing = await db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(keyCheckId);
    if (!stored) await db.meta.put(mine);
    return stored;
  });
  if (!existing) return;
  const opened = await cipher.decrypt(existing.sealed).catch(() => undefined);
  if (opened !== keyCheckText) throw new SyncStoreLockedError(db.name);
}

// Rows written before version 2 are plain: seal them in place. Encryption cannot run inside an
// IndexedDB transaction (it would commit while waiting), so rows are sealed first and written
// only if still plain, so a row another tab removed meanwhile does not come back.
async function sealPlainRows<T extends { id: string }, K extends keyof T>(
  db: LocalDatabase,
  table: Table<T | SealedRow<T, K>, string>,
  sealer: RowSealer<T, K>,
): Promise<void> {
  const plain: T[] = [];
  for (const row of await table.toArray()) if (!sealer.isSealed(row)) plain.push(row);
  if (plain.length === 0) return;
  const sealed = await Promise.all(
    plain.map(async (row) => ({ id: row.id, row: await sealer.seal(row) })),
  );
  await db.transaction('rw', table, async () => {
    for (const { id, row } of sealed) {
      const current = await table.get(id);
      if (current && !sealer.isSealed(current)) await table.put(row);
    }
  });
}

/** Checks the store's key, then seals what older versions left in plain text. */
export async function unlockSyncRows(context: {
  db: LocalDatabase;
  cipher: FieldCipher;
  conflicts: RowSealer<ConflictEntry, 'keptValue' | 'lostValue'>;
  issues: RowSealer<SyncIssue, 'message' | 'values'>;
}): Promise<void> {
  const { db, cipher } = context;
  await checkKey(db, cipher);
  if (await db.meta.get(plainRowsSealedId)) return;
  await sealPlainRows(db, db.conflicts, context.conflicts);
  await sealPlainRows(db, db.issues, context.issues);
  // Only after both: an open interrupted before this point seals what is left next time.
  await db.meta.put({ id: plainRowsSealedId, sealed: '' });
}
