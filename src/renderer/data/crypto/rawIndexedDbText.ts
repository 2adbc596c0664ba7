function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Every record of every object store of the IndexedDB databases whose names contain `match`, as
 * one text: what someone reading the profile's files (past the app) would find. For tests.
 */
export async function rawIndexedDbText(options: {
  indexedDB: IDBFactory;
  match: string;
}): Promise<{ databases: string[]; records: number; text: string }> {
  const names = (await options.indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => name.includes(options.match));
  const parts: string[] = [];
  let records = 0;
  for (const name of names) {
    const db = await request(options.indexedDB.open(name));
    try {
      for (const store of Array.from(db.objectStoreNames)) {
        const objectStore = db.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = await Promise.all([
          request(objectStore.getAllKeys()),
          request(objectStore.getAll()),
        ]);
        records += values.length;
        parts.push(`${name}/${store}`, JSON.stringify(keys), JSON.stringify(values));
      }
    } finally {
      db.close();
    }
  }
  return { databases: names, records, text: parts.join('\n') };
}
