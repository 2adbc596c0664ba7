import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { type RxReplicationState, replicateRxCollection } from 'rxdb/plugins/replication';
import { combineLatest, Subject, type Subscription } from 'rxjs';
import { type CollectionName, isCollectionName } from '../../../shared/domain/collections.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type { ClientApp } from '../../../shared/sync/clientApp.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { browserConnectivity, type Connectivity } from './connectivity.ts';
import { createNetworkGate } from './networkGate.ts';
import { readPendingDocuments } from './pendingDocuments.ts';
import { type PendingTracker, trackPendingChanges } from './pendingTracker.ts';
import {
  createPullHandler,
  createPushHandler,
  type SyncCheckpoint,
} from './replicationHandlers.ts';
import { createResyncer } from './resyncAfterPush.ts';
import { rememberSeenThrough } from './seenThrough.ts';
import type { RejectedWrites } from './syncConflictHandler.ts';
import {
  normalizeServerUrl,
  type SyncConnection,
  type SyncFailure,
  SyncHttpError,
  syncRequest,
} from './syncHttp.ts';
import type { SyncLocalStore } from './syncLocalStore.ts';
import {
  deriveSyncStatus,
  type SyncFacts,
  type SyncStatusSnapshot,
  sameSnapshot,
} from './syncStatus.ts';
import { openSyncStream } from './syncStream.ts';
import { createValueStore, type ValueStore } from './valueStore.ts';
import { versionLedger } from './versionGuardStorage.ts';
import type { WireDocument } from './wireDocument.ts';
import { toLocalDocument, toWireDocument } from './wireDocument.ts';

// `epoch` names the server store the checkpoint belongs to; a restored store has a new one.
// Before any page with documents, only `seenThrough` may be stored (see seenThrough.ts).
type Checkpoint = SyncCheckpoint;
type Replication = RxReplicationState<WireDocument, Checkpoint>;

export type StartSyncOptions = {
  data: FieldbookData;
  serverUrl: string;
  token: string;
  /** Names this device's replication state; use one per server and user. */
  replicationId: string;
  /** The server store's epoch this replication belongs to; the server refuses pulls for another. */
  epoch?: string;
  store: SyncLocalStore;
  rejected: RejectedWrites;
  connectivity?: Connectivity;
  fetch?: typeof fetch;
  /** The app build, sent with every sync request. */
  app?: ClientApp;
  clock?: () => Date;
  pullBatchSize?: number;
  pushBatchSize?: number;
  retryTimeMs?: number;
  /**
   * Called once when the server ends the session (401), needs a newer app (426) or a resync
   * (410); `reason` is the server's code for a 401 (`device_wiped`, `device_revoked`) if sent.
   */
  onFatal?: (failure: SyncFailure, reason?: string) => void;
};

export type SyncHandle = {
  readonly status: ValueStore<SyncStatusSnapshot>;
  readonly replications: ReadonlyMap<CollectionName, Replication>;
  syncNow(): void;
  /** Resolves when every collection has pushed and pulled everything it knows of. */
  awaitInSync(): Promise<void>;
  /**
   * Whether every collection has finished its first pull of this session: until then the device
   * does not yet hold what the server has (work that derives records from it waits).
   */
  caughtUp(): boolean;
  /** Unacknowledged local changes per collection (for the export before a resync). */
  pendingDocuments(): Promise<Partial<Record<CollectionName, WireDocument[]>>>;
  stop(): Promise<void>;
  /** Stops and deletes the replication checkpoints, so the next start pulls from scratch. */
  removeCheckpoints(): Promise<void>;
};

const fatalFailures = new Set<SyncFailure>([
  'unauthorized',
  'update_required',
  'resync_required',
  'server_restored',
]);
// An exact pending recount waits until sync has been idle this long (it competes for IndexedDB).
const idleRecountMs = 250;
const streamResumeFallbackMs = 3000;

/**
 * Replicates every open collection with the sync server through RxDB's replication plugin:
 * pull/push over fetch, one Server-Sent Events stream fanned out to every `pull.stream$`,
 * paused while offline, stopped for good when the server ends the session or the app is too old.
 */
export function startSync(options: StartSyncOptions): SyncHandle {
  const connectivity = options.connectivity ?? browserConnectivity();
  const clock = options.clock ?? (() => new Date());
  const connection: SyncConnection = {
    serverUrl: normalizeServerUrl(options.serverUrl),
    token: options.token,
    schemaVersion: 0,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    ...(options.app ? { app: options.app } : {}),
    // New for every start: what this run pushed, its replication state holds (see replicaId).
    replica: newId(clock().getTime()),
  };
  const facts: SyncFacts = {
    online: connectivity.isOnline(),
    active: false,
    firstSyncDone: false,
    received: 0,
    fatal: undefined,
    transientError: undefined,
    pendingChanges: 0,
    lastSyncedAt: undefined,
  };
  const status = createValueStore<SyncStatusSnapshot>(deriveSyncStatus(facts));
  const publish = () => {
    const next = deriveSyncStatus(facts);
    if (!sameSnapshot(next, status.get())) status.set(next);
  };
  const replications = new Map<CollectionName, Replication>();
  const streams = new Map<
    CollectionName,
    Subject<RxReplicationPullStreamItem<WireDocument, Checkpoint>>
  >();
  const subscriptions: Subscription[] = [];
  let stopped = false;
  const resyncer = createResyncer({
    sendResync: (collection) => streams.get(collection)?.next('RESYNC'),
    isStopped: () => stopped,
  });
  // Offline, requests wait here instead of the replications being paused (see networkGate).
  const gate = createNetworkGate(facts.online);

  const pauseAll = () => {
    gate.close();
    stream.stop();
    for (const replication of replications.values()) void replication.pause();
  };
  const fail = (failure: SyncFailure, reason?: string) => {
    if (fatalFailures.has(failure)) {
      if (facts.fatal) return;
      facts.fatal = failure;
      pauseAll();
      options.onFatal?.(failure, reason);
    } else {
      facts.transientError = failure;
    }
    publish();
  };
  const succeeded = () => {
    facts.transientError = undefined;
    facts.lastSyncedAt = clock().toISOString();
    publish();
  };
  // Every request goes through here, so the status always reflects the latest exchange.
  const request = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    await gate.wait();
    try {
      const response = await syncRequest(connection, path, init);
      succeeded();
      return response;
    } catch (error) {
      if (error instanceof SyncHttpError) fail(error.code, error.reason);
      else fail('server_error');
      throw error;
    }
  };

  const replicate = (collection: CollectionName, rxCollection: RxCollection) => {
    const stream$ = new Subject<RxReplicationPullStreamItem<WireDocument, Checkpoint>>();
    streams.set(collection, stream$);
    // What this session learns of the server's versions (see versionGuardStorage); a new session
    // starts empty, since a server restored from a backup counts from lower numbers again.
    const versions = versionLedger(options.data.db.name, collection);
    versions.clear();
    const replication: Replication = replicateRxCollection<WireDocument, Checkpoint>({
      replicationIdentifier: `fieldbook-${collection}-${options.replicationId}`,
      collection: rxCollection as unknown as RxCollection<WireDocument>,
      live: true,
      retryTime: options.retryTimeMs ?? 3000,
      autoStart: true,
      pull: {
        batchSize: options.pullBatchSize ?? 1000,
        stream$: stream$.asObservable(),
        modifier: (doc) => toLocalDocument(collection, doc),
        handler: createPullHandler({
          collection,
          request,
          versions,
          epoch: options.epoch,
          onStarted: () => resyncer.pullStarted(collection),
          rememberSeenThrough: (seenThrough): Promise<void> =>
            rememberSeenThrough(replication, seenThrough),
        }),
      },
      push: {
        batchSize: options.pushBatchSize ?? 1000,
        // Offline, local writes collect instead of the first one waiting at the gate as a push of
        // its own: back online, everything written meanwhile leaves in one push at once. (The
        // rest once waited for the stream's resync: 10 leads typed offline reached the server
        // 1 and 9, 0.3-0.8 s apart.)
        waitBeforePersist: () => gate.wait(),
        modifier: (doc) => toWireDocument(collection, doc),
        handler: createPushHandler({
          collection,
          request,
          versions,
          store: options.store,
          rejected: options.rejected,
          clock,
        }),
      },
    });
    replications.set(collection, replication);
  };

  for (const [name, rxCollection] of Object.entries(options.data.db.collections)) {
    if (isCollectionName(name) && rxCollection) replicate(name, rxCollection as RxCollection);
  }

  const resyncAll = () => {
    for (const [collection, replication] of replications) {
      if (!replication.isPaused()) resyncer.resync(collection, replication);
    }
  };

  const stream = openSyncStream(connection, {
    onResync: () => {
      clearTimeout(resumeFallback);
      resumeFallback = undefined;
      resyncAll();
    },
    onChange: (change) => {
      if (resyncer.isResyncing(change.collection)) return;
      streams.get(change.collection)?.next({
        documents: change.documents,
        checkpoint: change.checkpoint,
      });
      facts.lastSyncedAt = clock().toISOString();
      publish();
    },
    onUnauthorized: (reason) => fail('unauthorized', reason),
  });

  // Pending changes: counted from events as they happen; recounted exactly once sync is idle.
  let publishScheduled = false;
  const publishPending = () => {
    if (publishScheduled || stopped) return;
    publishScheduled = true;
    queueMicrotask(() => {
      publishScheduled = false;
      if (stopped) return;
      let total = 0;
      for (const tracker of trackers) total += tracker.size;
      facts.pendingChanges = total;
      publish();
    });
  };
  const trackers: PendingTracker[] = [...replications].map(([collection, replication]) =>
    trackPendingChanges({
      collection,
      replication,
      onChange: publishPending,
      // The first download counts what is stored on the device, not only what has arrived:
      // storing takes longer than receiving, and a count that stops while it stores looks stuck.
      onStoredFromServer: (count) => {
        if (facts.firstSyncDone || count === 0) return;
        facts.received += count;
        publish();
      },
    }),
  );
  let recountTimer: ReturnType<typeof setTimeout> | undefined;
  const recount = async () => {
    recountTimer = undefined;
    try {
      for (const tracker of trackers) await tracker.recount();
    } catch {
      // The database may close mid-count; the events keep the estimate meanwhile.
    }
  };
  const scheduleRecount = () => {
    clearTimeout(recountTimer);
    recountTimer = undefined;
    if (!stopped && !facts.active) recountTimer = setTimeout(() => void recount(), idleRecountMs);
  };
  subscriptions.push(
    combineLatest([...replications.values()].map((r) => r.active$)).subscribe((states) => {
      facts.active = states.some(Boolean);
      publish();
      scheduleRecount();
    }),
  );
  void Promise.all([...replications.values()].map((r) => r.awaitInitialReplication())).then(
    () => {
      facts.firstSyncDone = true;
      publish();
    },
    () => undefined,
  );

  // Back online, waiting pushes leave at once; the pull waits for the stream's `resync`, so it
  // starts after the stream is connected and covers everything the stream will not send.
  let resumeFallback: ReturnType<typeof setTimeout> | undefined;
  const resumeWithoutStream = () => {
    resumeFallback = undefined;
    if (facts.fatal || stopped || !facts.online) return;
    resyncAll();
  };
  const goOnline = () => {
    if (facts.fatal || stopped) return;
    gate.open();
    stream.start();
    // Without a working stream (a proxy that buffers it, say) pull still resumes.
    resumeFallback ??= setTimeout(resumeWithoutStream, streamResumeFallbackMs);
  };
  const goOffline = () => {
    gate.close();
    stream.stop();
  };
  const unsubscribeConnectivity = connectivity.subscribe((online) => {
    facts.online = online;
    if (online) goOnline();
    else goOffline();
    publish();
  });
  if (facts.online) stream.start();
  scheduleRecount();

  const halt = () => {
    stopped = true;
    gate.shut();
    clearTimeout(recountTimer);
    clearTimeout(resumeFallback);
    for (const tracker of trackers) tracker.stop();
    unsubscribeConnectivity();
    stream.stop();
    for (const subscription of subscriptions) subscription.unsubscribe();
    for (const stream$ of streams.values()) stream$.complete();
  };
  const stop = async () => {
    if (stopped) return;
    halt();
    await Promise.all([...replications.values()].map((r) => r.cancel()));
  };

  return {
    status,
    replications,
    syncNow() {
      if (stopped || facts.fatal || !facts.online) return;
      facts.transientError = undefined;
      publish();
      goOnline();
      for (const replication of replications.values()) replication.reSync();
    },
    async awaitInSync() {
      await Promise.all([...replications.values()].map((r) => r.awaitInSync()));
    },
    caughtUp: () => facts.firstSyncDone,
    async pendingDocuments() {
      const out: Partial<Record<CollectionName, WireDocument[]>> = {};
      for (const [collection, replication] of replications) {
        const docs = await readPendingDocuments(collection, replication);
        if (docs.length > 0) out[collection] = docs;
      }
      return out;
    },
    stop,
    async removeCheckpoints() {
      if (!stopped) halt();
      // remove() cancels and deletes the meta data; cancel() first would close it instead.
      for (const replication of replications.values()) await replication.remove();
    },
  };
}
