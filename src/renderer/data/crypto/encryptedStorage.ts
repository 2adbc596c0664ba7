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
import { type RecentValues, recentValues, setKeepingNewest } from './recentValues.ts';

type AnyDoc = RxDocumentData<Record<string, unknown>>;

// Enough for the largest bulk write (import batches of 1,000 leads) and its echo.
const recentLimit = 4096;
// Enough for the push of 5,000 offline edits, whose meta copies are written after the push.
const sealedCopyLimit = 8192;

/**
 * The ciphertext each document's encrypted fields were last sealed into, by document id and
 * plain values. RxDB's replication writes a copy of every pulled or pushed document state into its
 * meta instance; when the copy's values are the ones the document was just sealed with, the copy
 * gets the same ciphertext instead of a second encryption (one WebCrypto call per row was most of
 * the meta write's extra cost). Only the same document's own identical values share a
 * ciphertext, so nothing at rest tells two documents with equal values apart from two without.
 */
function sealedCopies(limit: number) {
  const byKey = new Map<string, string>();
  return {
    /** The key of a document's values; undefined for a document without a string id. */
    keyOf: (id: unknown, values: Record<string, unknown>) =>
      typeof id === 'string' ? `${id}\u0000${JSON.stringify(values)}` : undefined,
    get: (key: string) => byKey.get(key),
    set(key: string, stored: string): void {
      // A value sealed again counts as the newest.
      byKey.delete(key);
      setKeepingNewest(byKey, key, stored, limit);
    },
  };
}
type SealedCopies = ReturnType<typeof sealedCopies>;

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
function sealer(
  paths: readonly string[],
  cipher: FieldCipher,
  recent: RecentValues,
  copies?: SealedCopies,
) {
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
      const copyKey = copies?.keyOf(doc.id, values);
      let stored = copyKey === undefined ? undefined : copies?.get(copyKey);
      if (stored === undefined) {
        stored = await cipher.encrypt(values);
        if (copyKey !== undefined) copies?.set(copyKey, stored);
      }
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

// RxDB's replication keeps the last-known server state of every replicated document in a meta
// instance with this title, and asks for its whole `docData` to be encrypted.
const replicationMetaTitle = 'RxReplicationProtocolMetaData';

type Sealer = ReturnType<typeof sealer>;

/**
 * The meta rows' `docData` is a copy of a replicated document: it is sealed like the document
 * itself (its encrypted fields in one ciphertext, the rest as it is), not as one whole
 * ciphertext: with the whole ~1 KB state sealed per row, a push of 5,000 offline edits was in
 * sync after 2.03 s instead of 1.71 s (tests/bench/sync/RESULTS.md, run 6). Rows written the old
 * way (`docData` one ciphertext) still open; checkpoint rows carry no `docData`.
 */
function metaSealer(inner: Sealer, whole: Sealer) {
  const withDocData = (doc: AnyDoc, docData: unknown): AnyDoc => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(doc)) out[key] = key === 'docData' ? docData : doc[key];
    return out as AnyDoc;
  };
  return {
    async seal(doc: AnyDoc): Promise<AnyDoc> {
      const docData = doc.docData;
      if (typeof docData !== 'object' || docData === null) return doc;
      return withDocData(doc, await inner.seal(docData as AnyDoc));
    },
    async open(doc: AnyDoc): Promise<AnyDoc> {
      const docData = doc.docData;
      if (typeof docData === 'string') return whole.open(doc);
      if (typeof docData !== 'object' || docData === null) return doc;
      return withDocData(doc, await inner.open(docData as AnyDoc));
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
  // Per database key: its cipher, and the ciphertexts its documents were last sealed into.
  const keys = new Map<string, { cipher: Promise<FieldCipher>; copies: SealedCopies }>();
  // The encrypted fields of each replicated schema, by its properties, for its meta instance.
  const encryptedByProperties = new Map<string, readonly string[] | 'ambiguous'>();
  const rememberEncrypted = (properties: unknown, paths: readonly string[]) => {
    const key = JSON.stringify(properties);
    const known = encryptedByProperties.get(key);
    const same = Array.isArray(known) && known.join('\n') === paths.join('\n');
    encryptedByProperties.set(key, known === undefined || same ? paths : 'ambiguous');
  };
  const documentPathsOf = (meta: RxJsonSchema<AnyDoc>): readonly string[] | undefined => {
    if (meta.title !== replicationMetaTitle || meta.encrypted?.join() !== 'docData') return;
    const docData = meta.properties.docData as { properties?: unknown } | undefined;
    const paths = encryptedByProperties.get(JSON.stringify(docData?.properties));
    return Array.isArray(paths) && paths.every((path) => !path.includes('.')) ? paths : undefined;
  };
  const forKey = (password: string) => {
    let entry = keys.get(password);
    if (!entry) {
      entry = { cipher: createFieldCipher(password), copies: sealedCopies(sealedCopyLimit) };
      keys.set(password, entry);
    }
    return entry;
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
      const { copies, cipher: opening } = forKey(params.password);
      const cipher = await opening;
      const paths = params.schema.encrypted ?? [];
      const schema = params.schema as unknown as RxJsonSchema<AnyDoc>;
      const documentPaths = documentPathsOf(schema);
      if (!documentPaths) rememberEncrypted(schema.properties, paths);
      const storedPaths = documentPaths?.map((path) => `docData.${path}`) ?? paths;
      const instance = await args.storage.createStorageInstance({
        ...params,
        schema: storedSchema(schema, storedPaths) as unknown as typeof params.schema,
      });
      const whole = sealer(paths, cipher, recentValues(recentLimit), copies);
      const { seal, open } = documentPaths
        ? metaSealer(sealer(documentPaths, cipher, recentValues(recentLimit), copies), whole)
        : whole;
      // The sealer works on any document; RxDB's generic type is only known to the caller.
      const openAs = (doc: AnyDoc) => open(doc) as Promise<RxDocumentData<RxDocType>>;
      return wrapRxStorageInstance(params.schema, instance, seal, openAs);
    },
  };
}
