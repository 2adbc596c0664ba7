import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldCipher, newDatabaseKey } from '../crypto/fieldCipher.ts';
import { rawIndexedDbText } from '../crypto/rawIndexedDbText.ts';
import { freshDatabaseName } from '../testing/openTestData.ts';
import {
  type ConflictEntry,
  openSyncLocalStore,
  type SyncIssue,
  type SyncLocalStore,
} from './syncLocalStore.ts';
import { SyncStoreLockedError } from './unlockSyncRows.ts';

// Values that appear nowhere else, so a hit in the raw records can only be a leak.
const canary = {
  email: 'inbox.canary.m3@leak-check.example',
  phone: '+86 135 8642 0975',
  lost: 'INBOX-CANARY-LOST-7e21',
  kept: 'INBOX-CANARY-KEPT-c09d',
  message: 'INBOX-CANARY-MESSAGE-44af',
};
const at = '2026-11-27T09:30:00.000Z';

const issue: SyncIssue = {
  id: 'issue-1',
  collection: 'leads',
  docId: '0195a3c2-7f00-7000-8000-000000000001',
  code: 'forbidden',
  message: canary.message,
  values: { company: 'Globex', email: canary.email, phone: canary.phone },
  at,
};
const conflict: ConflictEntry = {
  id: 'conflict-1',
  collection: 'leads',
  docId: '0195a3c2-7f00-7000-8000-000000000002',
  path: 'notes',
  keptValue: canary.kept,
  lostValue: canary.lost,
  kept: 'remote',
  at,
};

const opened: SyncLocalStore[] = [];

async function open(name: string, key: string): Promise<SyncLocalStore> {
  const store = openSyncLocalStore({
    name,
    cipher: await createFieldCipher(key),
    indexedDB,
    IDBKeyRange,
  });
  opened.push(store);
  return store;
}

async function rawText(name: string): Promise<string> {
  return (await rawIndexedDbText({ indexedDB, match: `fieldbook-local-${name}` })).text;
}

function expectNoCanary(text: string) {
  // The ids stay plain for the indexes: proves the grep sees the records.
  expect(text).toContain(issue.docId);
  for (const value of Object.values(canary)) expect(text).not.toContain(value);
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('Sync issues and Conflicts store at rest', () => {
  it('keeps refused values and losing values sealed, and reads them back', async () => {
    const name = freshDatabaseName();
    const store = await open(name, newDatabaseKey());
    await store.unlock();
    await store.addIssues([issue]);
    await store.addConflicts([conflict]);

    expectNoCanary(await rawText(name));
    expect(await store.listIssues()).toEqual([issue]);
    expect(await store.listConflicts()).toEqual([conflict]);
    expect(await store.getConflict(conflict.id)).toEqual(conflict);
    expect(await store.getConflict('missing')).toBeUndefined();
  });

  it('seals the plain rows an older version wrote, and lists them as before', async () => {
    const name = freshDatabaseName();
    // What version 1 of the store (before encryption) left on disk.
    const legacy = new Dexie(`fieldbook-local-${name}`, { indexedDB, IDBKeyRange });
    legacy.version(1).stores({ conflicts: 'id, at, docId', issues: 'id, at, docId' });
    await legacy.table('issues').put(issue);
    await legacy.table('conflicts').put(conflict);
    legacy.close();
    expect(await rawText(name)).toContain(canary.email);

    const store = await open(name, newDatabaseKey());
    await store.unlock();
    expectNoCanary(await rawText(name));
    expect(await store.listIssues()).toEqual([issue]);
    expect(await store.getConflict(conflict.id)).toEqual(conflict);
  });

  it('refuses another key without touching the rows, and empties only on start over', async () => {
    const name = freshDatabaseName();
    const key = newDatabaseKey();
    const first = await open(name, key);
    await first.unlock();
    await first.addIssues([issue]);
    first.close();

    const wrong = await open(name, newDatabaseKey());
    await expect(wrong.unlock()).rejects.toBeInstanceOf(SyncStoreLockedError);
    // Every read waits for the key check: nothing is decrypted under the wrong key.
    await expect(wrong.listIssues()).rejects.toBeInstanceOf(SyncStoreLockedError);
    await expect(wrong.addConflicts([conflict])).rejects.toBeInstanceOf(SyncStoreLockedError);
    wrong.close();

    const right = await open(name, key);
    expect(await right.listIssues()).toEqual([issue]);
    expect(await right.listConflicts()).toEqual([]);
    right.close();

    const reset = await open(name, newDatabaseKey());
    await expect(reset.unlock()).rejects.toBeInstanceOf(SyncStoreLockedError);
    await reset.startOver();
    await reset.unlock();
    expect(await reset.listIssues()).toEqual([]);
    await reset.addConflicts([conflict]);
    expect(await reset.listConflicts()).toEqual([conflict]);
  });
});
