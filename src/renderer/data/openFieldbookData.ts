import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxCollectionCreator,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { type CollectionName, collectionNames } from '../../shared/domain/collections.ts';
import { LeadSearchIndex } from './leads/LeadSearchIndex.ts';
import type { LeadDocType } from './leads/leadDocument.ts';
import { migrationStrategies } from './schema/migrationStrategies.ts';
import { rxSchemas } from './schema/rxSchemas.ts';

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
  close(): Promise<void>;
};

export type OpenFieldbookDataOptions = {
  /** IndexedDB database name; tests use a fresh one each. */
  name?: string;
  /** false where one process owns the database (Electron); true in a browser with several tabs. */
  multiInstance: boolean;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Collections to open (default all 12). Lets a test open two instances under RxDB's limit. */
  collections?: readonly CollectionName[];
  /** Dev builds only: let a test open the same name twice, as two tabs would. */
  ignoreDuplicate?: boolean;
};

async function createStorage(
  options: OpenFieldbookDataOptions,
): Promise<RxStorage<unknown, unknown>> {
  const dexie = getRxStorageDexie({
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  if (!import.meta.env.DEV) return dexie;
  // Dynamic imports keep dev-mode and Ajv out of production bundles entirely.
  const [{ RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all(
    [import('rxdb/plugins/dev-mode'), import('rxdb/plugins/validate-ajv')],
  );
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage: dexie });
}

/** Opens (or creates) the local Fieldbook database with every replicated collection. */
export async function openFieldbookData(options: OpenFieldbookDataOptions): Promise<FieldbookData> {
  const db: FieldbookDatabase = await createRxDatabase<FieldbookCollections>({
    name: options.name ?? 'fieldbook',
    storage: await createStorage(options),
    multiInstance: options.multiInstance,
    eventReduce: true,
    closeDuplicates: false,
    ...(options.ignoreDuplicate && import.meta.env.DEV ? { ignoreDuplicate: true } : {}),
  });
  const names = options.collections ?? collectionNames;
  if (!names.includes('leads'))
    throw new Error('openFieldbookData: the leads collection is required');
  const creators: Record<string, RxCollectionCreator> = {};
  for (const name of names) {
    creators[name] = { schema: rxSchemas[name], migrationStrategies: migrationStrategies[name] };
  }
  try {
    await db.addCollections(creators);
  } catch (error) {
    await db.close();
    throw error;
  }
  const leads = db.collections.leads;
  const leadSearch = new LeadSearchIndex(leads);
  return {
    db,
    leads,
    leadSearch,
    async close() {
      leadSearch.stop();
      await db.close();
    },
  };
}
