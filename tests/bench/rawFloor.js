// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.
// The raw-IndexedDB floor: a bare object store with the same index key paths as the leads
// collection (read from the real schema, so dropping an index drops it here too), fed the same
// documents in the same shape RxDB's Dexie storage stores them.

import { rxSchemas } from '../../src/renderer/data/schema/rxSchemas.ts';

const rawName = 'fieldbook-bench-raw';
const storeName = 'docs';

/** Each app index as Dexie storage lays it out: `_deleted` first, the fields, then `id`. */
export const rawIndexes = (rxSchemas.leads.indexes ?? []).map((index) => {
  const fields = [index].flat();
  return { name: fields.join('+'), keyPath: ['_deleted', ...fields, 'id'] };
});

let rawDb;

/** Opens (or creates) the raw database. */
export function openRaw() {
  rawDb ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(rawName, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName, { keyPath: 'id' });
      for (const { name, keyPath } of rawIndexes) store.createIndex(name, keyPath);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return rawDb;
}

let lwt = 1_700_000_000_000;

/** A lead document as Dexie storage writes it (booleans as '0'/'1', RxDB's meta fields). */
export function toRawDoc(doc) {
  lwt += 1;
  return { ...doc, _deleted: '0', _rev: '1-benchrawrev', _meta: { lwt }, _attachments: {} };
}

/** Puts documents in one readwrite transaction and resolves when it commits. */
export async function rawBulkPut(docs) {
  const db = await openRaw();
  await new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    for (const doc of docs) store.put(doc);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Index-only count of the live documents whose first indexed field equals `value`. */
export async function rawIndexCount(indexName, value) {
  const db = await openRaw();
  const index = db.transaction(storeName, 'readonly').objectStore(storeName).index(indexName);
  const range = IDBKeyRange.bound(['0', value], ['0', value, []]);
  return request(index.count(range));
}

/** The first `limit` live documents of an index, read with a cursor, as a list page would. */
export async function rawFirstPage(indexName, limit) {
  const db = await openRaw();
  const index = db.transaction(storeName, 'readonly').objectStore(storeName).index(indexName);
  const rows = [];
  await new Promise((resolve, reject) => {
    const cursorRequest = index.openCursor(IDBKeyRange.bound(['0'], ['0', []]));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve(undefined);
      rows.push(cursor.value);
      if (rows.length >= limit) return resolve(undefined);
      cursor.continue();
    };
    cursorRequest.onerror = () => reject(cursorRequest.error);
  });
  return rows;
}
