import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import {
  fillWithDefaultSettings,
  getComposedPrimaryKeyOfDocumentData,
  getRxReplicationMetaInstanceSchema,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageInstance,
} from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabaseName } from '../testing/openTestData.ts';
import { wrappedFieldEncryptionStorage } from './encryptedStorage.ts';
import { newDatabaseKey } from './fieldCipher.ts';
import { rawIndexedDbText } from './rawIndexedDbText.ts';

type Lead = { id: string; company: string; email?: string; phone?: string };
type AnyRow = RxDocumentData<Record<string, unknown>>;
type Instance = RxStorageInstance<Record<string, unknown>, unknown, unknown>;

const leadSchema = fillWithDefaultSettings<Lead>({
  title: 'lead',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    company: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
  },
  required: ['id', 'company'],
  encrypted: ['email', 'phone'],
}) as RxJsonSchema<AnyRow>;
const metaSchema = getRxReplicationMetaInstanceSchema(leadSchema, true) as RxJsonSchema<AnyRow>;

const canary = { email: 'meta.canary.x3@leak-check.example', phone: '+86 135 8642 9731' };
const plainCompany = 'META-PLAIN-COMPANY-4c1d';
const lead = (id: string): Lead => ({ id, company: plainCompany, ...canary });

const opened: Instance[] = [];
afterEach(async () => {
  for (const instance of opened.splice(0)) await instance.close();
});

// A fresh wrapper, as each page load makes: it knows only the instances created through it.
async function openInstances(name: string, password: string, options: { lead: boolean }) {
  const storage = wrappedFieldEncryptionStorage({
    storage: getRxStorageDexie({ indexedDB, IDBKeyRange }),
  });
  const create = async (collectionName: string, schema: RxJsonSchema<AnyRow>) => {
    const instance = await storage.createStorageInstance<Record<string, unknown>>({
      databaseInstanceToken: 'token',
      databaseName: name,
      collectionName,
      schema,
      options: {},
      multiInstance: false,
      devMode: false,
      password,
    });
    opened.push(instance as Instance);
    return instance as Instance;
  };
  // RxDB creates the collection before its replication's meta instance.
  const leads = options.lead ? await create('leads', leadSchema) : undefined;
  const meta = await create('leads-meta', metaSchema);
  return { leads, meta };
}

let lwt = 1000;
const stored = (data: Record<string, unknown>): AnyRow => {
  lwt += 1;
  return { ...data, _deleted: false, _attachments: {}, _rev: '1-a', _meta: { lwt } };
};
// What RxDB's replication keeps per document: its last-known server state.
const metaRow = (doc: Lead): AnyRow => {
  const row = { itemId: doc.id, isCheckpoint: '0', docData: { ...doc, _deleted: false } };
  return stored({ ...row, id: getComposedPrimaryKeyOfDocumentData(metaSchema, row) });
};
const checkpointRow = (): AnyRow => {
  const row = { itemId: 'down', isCheckpoint: '1', checkpointData: { seq: 42 } };
  return stored({ ...row, id: getComposedPrimaryKeyOfDocumentData(metaSchema, row) });
};

async function rawRecords(name: string, company: 'plain' | 'sealed' = 'plain') {
  const raw = await rawIndexedDbText({ indexedDB, match: name });
  if (company === 'plain') expect(raw.text).toContain(plainCompany);
  else expect(raw.text).not.toContain(plainCompany);
  for (const value of Object.values(canary)) expect(raw.text).not.toContain(value);
  return raw.text;
}

// The meta rows by their item (document id, or the checkpoint's direction), in any order.
async function readMeta(meta: Instance, rows: AnyRow[]) {
  const found = await meta.findDocumentsById(
    rows.map((row) => row.id as string),
    false,
  );
  return Object.fromEntries(found.map((row) => [row.itemId as string, row]));
}

async function write(instance: Instance, rows: AnyRow[]) {
  const result = await instance.bulkWrite(
    rows.map((document) => ({ document })),
    'encryptedStorage.test',
  );
  expect(result.error).toEqual([]);
}

describe('the replication meta copy of an encrypted document', () => {
  it('seals its personal fields like the document, reads back plain, keeps checkpoints', async () => {
    const name = freshDatabaseName();
    const { leads, meta } = await openInstances(name, newDatabaseKey(), { lead: true });
    const a = lead('018cc251-f400-7000-a000-00000000000a');
    const b = lead('018cc251-f400-7000-a000-00000000000b');
    await write(leads as NonNullable<typeof leads>, [stored(a), stored(b)]);
    await write(meta, [metaRow(a), metaRow(b), checkpointRow()]);

    const read = await readMeta(meta, [metaRow(a), metaRow(b), checkpointRow()]);
    expect(read[a.id]?.docData).toEqual({ ...a, _deleted: false });
    expect(read[b.id]?.docData).toEqual({ ...b, _deleted: false });
    expect(read.down).toMatchObject({ checkpointData: { seq: 42 } });
    expect(read.down?.docData).toBeUndefined();

    // At rest: no plain personal value, the other fields readable (sorting, debugging).
    const text = await rawRecords(name);
    const ciphertexts = text.match(/fb1\.[A-Za-z0-9+/=]+/g) ?? [];
    // A's copy holds A's own ciphertext; B, with equal values, has another one, so nothing at
    // rest tells two documents with equal values apart from two without.
    expect(new Set(ciphertexts).size).toBe(2);
    expect(ciphertexts).toHaveLength(4);
  });

  it('still opens copies sealed whole by an earlier version, beside the new ones', async () => {
    const name = freshDatabaseName();
    const password = newDatabaseKey();
    const old = lead('018cc251-f400-7000-a000-00000000000c');
    // Without its collection known, the meta instance seals each `docData` whole (as before).
    const first = await openInstances(name, password, { lead: false });
    await write(first.meta, [metaRow(old), checkpointRow()]);
    // Sealed whole, the company is not readable at rest either: the old format.
    await rawRecords(name, 'sealed');
    for (const instance of opened.splice(0)) await instance.close();

    const again = await openInstances(name, password, { lead: true });
    const added = lead('018cc251-f400-7000-a000-00000000000d');
    await write(again.meta, [metaRow(added)]);
    const read = await readMeta(again.meta, [metaRow(old), metaRow(added), checkpointRow()]);
    expect(read[old.id]?.docData).toEqual({ ...old, _deleted: false });
    expect(read[added.id]?.docData).toEqual({ ...added, _deleted: false });
    expect(read.down).toMatchObject({ checkpointData: { seq: 42 } });
    await rawRecords(name);
  });
});
