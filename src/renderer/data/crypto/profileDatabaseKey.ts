import { isDatabaseKey, newDatabaseKey } from './fieldCipher.ts';

// One small IndexedDB database per Fieldbook database, holding only its key.
const storeName = 'keys';
const keyId = 'database';
const databaseNameOf = (name: string) => `fieldbook-key-${name}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openKeyDatabase(indexedDB: IDBFactory, name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(databaseNameOf(name), 1);
  open.onupgradeneeded = () => open.result.createObjectStore(storeName);
  return request(open);
}

/**
 * The browser's stand-in for a keychain: a random key made once per profile and database, kept
 * in IndexedDB beside the data. It keeps personal fields out of the raw database files, but
 * whoever can read this profile's storage can read the key too (docs/desktop.md says so). The
 * desktop app passes a key from the OS keychain instead.
 */
export async function loadProfileDatabaseKey(options: {
  indexedDB: IDBFactory;
  name: string;
}): Promise<string> {
  const db = await openKeyDatabase(options.indexedDB, options.name);
  try {
    // One readwrite transaction: two tabs opening at once cannot both make a key.
    const store = db.transaction(storeName, 'readwrite').objectStore(storeName);
    const stored: unknown = await request(store.get(keyId));
    if (typeof stored === 'string' && isDatabaseKey(stored)) return stored;
    const key = newDatabaseKey();
    await request(store.put(key, keyId));
    return key;
  } finally {
    db.close();
  }
}

/** Forgets the profile's key (after the database it protects was removed). */
export async function removeProfileDatabaseKey(options: {
  indexedDB: IDBFactory;
  name: string;
}): Promise<void> {
  await request(options.indexedDB.deleteDatabase(databaseNameOf(options.name)));
}
