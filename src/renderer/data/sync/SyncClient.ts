import type { ClientApp } from '../../../shared/sync/clientApp.ts';
import { type DeviceEndedNotice, loadDeviceEndedNotice } from '../admin/deviceEndedNotice.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import { browserConnectivity, type Connectivity } from './connectivity.ts';
import type { StartSyncOptions, SyncHandle } from './startSync.ts';
import { RejectedWrites } from './syncConflictHandler.ts';
import { openSyncLocalStore, type SyncLocalStore } from './syncLocalStore.ts';
import type { SyncStatusSnapshot } from './syncStatus.ts';
import {
  browserSessionInfoStore,
  browserTokenStore,
  type SessionInfoStore,
  type StoredSession,
  type TokenStore,
} from './tokenStore.ts';
import { createValueStore, type ValueStore } from './valueStore.ts';

/** Everything sync keeps per local database: its inboxes, the session and the running sync. */
export type SyncClient = {
  readonly store: SyncLocalStore;
  readonly rejected: RejectedWrites;
  readonly clock: () => Date;
  readonly tokens: TokenStore;
  readonly sessionInfo: SessionInfoStore;
  readonly connectivity: Connectivity;
  readonly fetch: typeof fetch;
  /** The app build this device runs, told to the server (the admin's device list shows it). */
  readonly app: ClientApp | undefined;
  /** The signed-in session; undefined when signed out. */
  readonly session: ValueStore<StoredSession | undefined>;
  readonly status: ValueStore<SyncStatusSnapshot>;
  /** Set when an administrator revoked or wiped this device; the app explains it. */
  readonly deviceEnded: ValueStore<DeviceEndedNotice | undefined>;
  /** Options passed through to `startSync` (batch sizes, retry time). */
  readonly tuning: Pick<StartSyncOptions, 'pullBatchSize' | 'pushBatchSize' | 'retryTimeMs'>;
  handle: SyncHandle | undefined;
  detachStatus: (() => void) | undefined;
};

export type SyncClientOptions = {
  name: string;
  /** The database key's cipher: the Sync issues / Conflicts store seals its values with it. */
  cipher: FieldCipher;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  clock?: () => Date;
  tokens?: TokenStore;
  sessionInfo?: SessionInfoStore;
  connectivity?: Connectivity;
  fetch?: typeof fetch;
  app?: ClientApp;
  tuning?: SyncClient['tuning'];
};

export const signedOutStatus: SyncStatusSnapshot = { state: 'signedOut', pendingChanges: 0 };

/** Made by `openFieldbookData`, before the collections, whose conflict handlers write into it. */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  const sessionInfo = options.sessionInfo ?? browserSessionInfoStore();
  return {
    store: openSyncLocalStore(options),
    rejected: new RejectedWrites(),
    clock: options.clock ?? (() => new Date()),
    tokens: options.tokens ?? browserTokenStore(),
    sessionInfo,
    connectivity: options.connectivity ?? browserConnectivity(),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    app: options.app,
    session: createValueStore<StoredSession | undefined>(undefined),
    status: createValueStore<SyncStatusSnapshot>(signedOutStatus),
    deviceEnded: createValueStore<DeviceEndedNotice | undefined>(
      loadDeviceEndedNotice(options.name),
    ),
    tuning: options.tuning ?? {},
    handle: undefined,
    detachStatus: undefined,
  };
}
