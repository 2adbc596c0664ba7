import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxCollectionCreator,
  type RxDatabase,
  type RxStorage,
  removeRxDatabase,
} from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { type CollectionName, collectionNames } from '../../shared/domain/collections.ts';
import { wrappedFieldEncryptionStorage } from './crypto/encryptedStorage.ts';
import { createFieldCipher } from './crypto/fieldCipher.ts';
import { loadProfileDatabaseKey, removeProfileDatabaseKey } from './crypto/profileDatabaseKey.ts';
import { LeadSearchIndex } from './leads/LeadSearchIndex.ts';
import type { LeadDocType } from './leads/leadDocument.ts';
import { migrationStrategies } from './schema/migrationStrategies.ts';
import { rxSchemas } from './schema/rxSchemas.ts';
import { wrappedOrderedCheckpointStorage } from './sync/orderedCheckpointStorage.ts';
import { createSyncClient, type SyncClient, type SyncClientOptions } from './sync/SyncClient.ts';
import { resumeSession } from './sync/session.ts';
import { createSyncConflictHandler } from './sync/syncConflictHandler.ts';
import { SyncStoreLockedError } from './sync/unlockSyncRows.ts';
import { wrappedVersionGuardStorage } from './sync/versionGuardStorage.ts';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLeaderElectionPlugin);

export type FieldbookCollections = { leads: RxCollection<LeadDocType> } & {
  [K in Exclude<CollectionName, 'leads'>]?: RxCollection;
};
export type FieldbookDatabase = RxDatabase<FieldbookCollections>;

/** The open local database. Opaque to the UI: pass it to `DataProvider`, close it on shutdown. */
export type FieldbookData = {
  readonly db: FieldbookDatabase;
  readonly leads: RxCollection<LeadDocType>;
  readonly leadSearch: LeadSearchIndex;
  /** Sync with the server: session, status, Conflicts inbox and Sync issues. */
  readonly sync: SyncClient;
  close(): Promise<void>;
  /** Stops everything and deletes this device's data (sign-out with wipe). */
  remove(): Promise<void>;
};

export type OpenFieldbookDataOptions = {
  /** IndexedDB database name; tests use a fresh one each. */
  name?: string;
  /** false where one process owns the database (Electron); true in a browser with several tabs. */
  multiInstance: boolean;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Key of the personal fields encrypted at rest (base64, 256 bits): the desktop passes the one
   * its OS keychain keeps. Default: a random key kept in this profile's IndexedDB (see
   * crypto/profileDatabaseKey). A database written under another key cannot be read: it is
   * removed and starts empty (the server holds the records; sync brings them back).
   */
  databaseKey?: string;
  /** Collections to open (default all 12). Lets a test open two instances under RxDB's limit. */
  collections?: readonly CollectionName[];
  /** Dev builds only: let a test open the same name twice, as two tabs would. */
  ignoreDuplicate?: boolean;
  /**
   * When the database was written under another key (a reset keychain): 'refuse' (default)
   * throws `LocalDataLockedError` and changes nothing, so a keychain that is only locked loses
   * nothing; 'startOver' removes the unreadable copy, which sync refills - what this device had
   * not synced is lost, so only the person may choose it.
   */
  onWrongKey?: 'refuse' | 'startOver';
  /** Sync settings (token store, network, fetch, clock); defaults suit a browser. */
  sync?: Omit<SyncClientOptions, 'name' | 'cipher' | 'indexedDB' | 'IDBKeyRange'> & {
    /** Restart sync from a stored session once open (default true). */
    autoResume?: boolean;
  };
};

async function createStorage(
  options: OpenFieldbookDataOptions,
): Promise<RxStorage<unknown, unknown>> {
  const dexie = wrappedFieldEncryptionStorage({
    storage: wrappedOrderedCheckpointStorage({
      storage: getRxStorageDexie({
        ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
        ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
      }),
    }),
  });
  // Outermost: it drops the `_seq` of received documents before anything validates or stores them.
  if (!import.meta.env.DEV) return wrappedVersionGuardStorage({ storage: dexie });
  // Dynamic imports keep dev-mode and Ajv out of production bundles entirely.
  const [{ RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all(
    [import('rxdb/plugins/dev-mode'), import('rxdb/plugins/validate-ajv')],
  );
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedVersionGuardStorage({ storage: wrappedValidateAjvStorage({ storage: dexie }) });
}

// RxDB's DB1: the database was created with another password (here: another database key).
/** The local data was encrypted with a key this device no longer has; nothing was changed. */
export class LocalDataLockedError extends Error {
  readonly code = 'localDataLocked';
  constructor(name: string) {
    super(`The local database "${name}" was written under another key`);
    this.name = 'LocalDataLockedError';
  }
}

// The Sync issues / Conflicts store checks the same key on its own (SyncStoreLockedError).
function isWrongKey(error: unknown): boolean {
  if (error instanceof SyncStoreLockedError) return true;
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'DB1';
}

/** Opens (or creates) the local Fieldbook database with every replicated collection. */
export async function openFieldbookData(options: OpenFieldbookDataOptions): Promise<FieldbookData> {
  const name = options.name ?? 'fieldbook';
  const indexedDB = options.indexedDB ?? globalThis.indexedDB;
  const databaseKey = options.databaseKey ?? (await loadProfileDatabaseKey({ indexedDB, name }));
  const sync = createSyncClient({
    ...options.sync,
    name,
    cipher: await createFieldCipher(databaseKey),
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  const storage = await createStorage(options);
  const create = () =>
    createRxDatabase<FieldbookCollections>({
      name,
      storage,
      password: databaseKey,
      multiInstance: options.multiInstance,
      eventReduce: true,
      closeDuplicates: false,
      ...(options.ignoreDuplicate && import.meta.env.DEV ? { ignoreDuplicate: true } : {}),
    });
  let db: FieldbookDatabase = await create();
  const names = options.collections ?? collectionNames;
  if (!names.includes('leads'))
    throw new Error('openFieldbookData: the leads collection is required');
  const creators: Record<string, RxCollectionCreator> = {};
  for (const name of names) {
    creators[name] = {
      schema: rxSchemas[name],
      migrationStrategies: migrationStrategies[name],
      conflictHandler: createSyncConflictHandler({
        collection: name,
        store: sync.store,
        rejected: sync.rejected,
        clock: sync.clock,
      }),
    };
  }
  try {
    try {
      await db.addCollections(creators);
      // After RxDB accepted the key, never before: a store that is new or from an older
      // version takes the key it is first unlocked with.
      await sync.store.unlock();
    } catch (error) {
      if (!isWrongKey(error)) throw error;
      // The key that wrote this database is not the one we have (keychain reset or locked,
      // profile key cleared): its personal fields are unreadable. Starting over loses what was
      // not synced, so it happens only when the person asked for it.
      if (options.onWrongKey !== 'startOver') throw new LocalDataLockedError(name);
      console.warn(`Fieldbook: starting over the local database "${name}" under a new key`);
      await db.close();
      await removeRxDatabase(name, storage, options.multiInstance, databaseKey);
      await sync.store.startOver();
      db = await create();
      await db.addCollections(creators);
      await sync.store.unlock();
    }
  } catch (error) {
    await db.close();
    sync.store.close();
    throw error;
  }
  const leads = db.collections.leads;
  const leadSearch = new LeadSearchIndex(leads);
  const stopSync = async () => {
    sync.detachStatus?.();
    await sync.handle?.stop();
    sync.handle = undefined;
  };
  const data: FieldbookData = {
    db,
    leads,
    leadSearch,
    sync,
    async close() {
      leadSearch.stop();
      await stopSync();
      await db.close();
      sync.store.close();
    },
    async remove() {
      leadSearch.stop();
      await stopSync();
      await db.remove();
      await sync.store.remove();
      if (options.databaseKey === undefined) await removeProfileDatabaseKey({ indexedDB, name });
    },
  };
  if (options.sync?.autoResume ?? true) await resumeSession(data);
  return data;
}
