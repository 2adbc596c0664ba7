import {
  clone,
  getProperty,
  hasEncryption,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageInstanceCreationParams,
  setProperty,
  wrapRxStorageInstance,
} from 'rxdb';
import { createFieldCipher, type FieldCipher } from './fieldCipher.ts';
import { type RecentValues, recentValues } from './recentValues.ts';

type AnyDoc = RxDocumentData<Record<string, unknown>>;

// Enough for the largest bulk write (import batches of 1,000 leads) and its echo.
const recentLimit = 4096;

/** The schema the storage underneath sees: every encrypted field is just a string there. */
function storedSchema(schema: RxJsonSchema<AnyDoc>, paths: readonly string[]) {
  const stored = clone(schema) as RxJsonSchema<AnyDoc> & { encrypted?: string[] };
  delete stored.encrypted;
  for (const path of paths) {
    const parts = path.split('.');
    let level: { properties: Record<string, unknown> } = stored;
    for (const part of parts.slice(0, -1)) {
      level = level.properties[part] as { properties: Record<string, unknown> };
    }
    level.properties[parts.at(-1) ?? path] = { type: 'string' };
  }
  return stored;
}

// Removes the field (not set to undefined: RxDB compares documents by their keys too).
function deleteProperty(doc: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  const parent = parts.length > 1 ? getProperty(doc, parts.slice(0, -1).join('.')) : doc;
  if (typeof parent === 'object' && parent !== null) {
    delete (parent as Record<string, unknown>)[parts.at(-1) ?? path];
  }
}

/**
 * All encrypted fields of a document go into ONE ciphertext, kept in the first field (the others
 * are left out of the stored record): one cipher call per document instead of one per field,
 * which is most of the cost of a bulk write (see scripts/bench-crypto.mjs).
 */
function sealer(paths: readonly string[], cipher: FieldCipher, recent: RecentValues) {
  const [first = ''] = paths;
  const sealedKeys = new Set(paths);
  // With top-level fields only (every schema so far), copies are built key by key without the
  // sealed ones: `delete` on a copy would turn it into a slow dictionary-mode object for
  // everything that reads it later (IndexedDB's clone, RxDB's document cache, the list).
  const topLevel = paths.every((path) => !path.includes('.'));
  const copyWithout = (doc: AnyDoc, drop: ReadonlySet<string>): AnyDoc => {
    if (!topLevel) {
      const out = clone(doc);
      for (const path of drop) deleteProperty(out, path);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(doc)) if (!drop.has(key)) out[key] = doc[key];
    return out as AnyDoc;
  };
  const storedKey = new Set([first]);
  return {
    async seal(doc: AnyDoc): Promise<AnyDoc> {
      const values: Record<string, unknown> = {};
      for (const path of paths) {
        const value = getProperty(doc, path);
        if (value !== undefined) values[path] = value;
      }
      const out = copyWithout(doc, sealedKeys);
      const stored = await cipher.encrypt(values);
      recent.remember(stored, values);
      setProperty(out, first, stored);
      return out;
    },
    async open(doc: AnyDoc): Promise<AnyDoc> {
      const stored = getProperty(doc, first);
      if (typeof stored !== 'string') throw new Error('A stored document has no encrypted fields');
      const values = recent.recall(stored) ?? (await cipher.decrypt(stored));
      if (typeof values !== 'object' || values === null) {
        throw new Error('A stored document has unreadable encrypted fields');
      }
      const out = copyWithout(doc, storedKey);
      for (const [path, value] of Object.entries(values)) setProperty(out, path, value);
      return out;
    },
  };
}

/**
 * Wraps an RxStorage so the fields a schema lists in `encrypted` are stored as AES-GCM ciphertext
 * (see fieldCipher and `sealer`), with the database `password` as the key. It works like RxDB's
 * `wrappedKeyEncryptionCryptoJsStorage` (RxDB decrypts on every read, so queries, replication
 * and the change stream see plain values) but uses WebCrypto with the raw key, several times
 * faster (scripts/bench-crypto.mjs compares both).
 * Encrypted fields can be neither indexed nor matched by a query selector: the storage only ever
 * sees ciphertext. Attachments are not encrypted (Fieldbook has none).
 */
export function wrappedFieldEncryptionStorage<Internals, InstanceCreationOptions>(args: {
  storage: RxStorage<Internals, InstanceCreationOptions>;
}): RxStorage<Internals, InstanceCreationOptions> {
  const ciphers = new Map<string, Promise<FieldCipher>>();
  const cipherFor = (password: string) => {
    let cipher = ciphers.get(password);
    if (!cipher) {
      cipher = createFieldCipher(password);
      ciphers.set(password, cipher);
    }
    return cipher;
  };
  return {
    ...args.storage,
    async createStorageInstance<RxDocType>(
      params: RxStorageInstanceCreationParams<RxDocType, InstanceCreationOptions>,
    ) {
      if (!hasEncryption(params.schema)) return args.storage.createStorageInstance(params);
      if (typeof params.password !== 'string') {
        throw new Error(`${params.collectionName}: encrypted fields need a database key`);
      }
      const cipher = await cipherFor(params.password);
      const paths = params.schema.encrypted ?? [];
      const schema = params.schema as unknown as RxJsonSchema<AnyDoc>;
      const instance = await args.storage.createStorageInstance({
        ...params,
        schema: storedSchema(schema, paths) as unknown as typeof params.schema,
      });
      const { seal, open } = sealer(paths, cipher, recentValues(recentLimit));
      // The sealer works on any document; RxDB's generic type is only known to the caller.
      const openAs = (doc: AnyDoc) => open(doc) as Promise<RxDocumentData<RxDocType>>;
      return wrapRxStorageInstance(params.schema, instance, seal, openAs);
    },
  };
}
