import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import { downstreamSettled } from './downstreamSettled.ts';
import { upstreamSettled } from './upstreamSettled.ts';
import type { WireDocument } from './wireDocument.ts';

/**
 * Sends the live stream's RESYNC to each collection's replication at the right moment.
 * A RESYNC makes RxDB pull, but also re-read every local change since the push checkpoint. It is
 * sent once the upstream has pushed what it holds (the downstream waits for that too), so that
 * re-read finds nothing. Until the pull has started, the stream's changes for that collection are
 * dropped (`isResyncing`): the pull that follows the RESYNC covers them.
 */
export type Resyncer = {
  resync<Checkpoint>(
    collection: CollectionName,
    replication: RxReplicationState<WireDocument, Checkpoint>,
  ): void;
  /** Whether stream changes of `collection` are to be dropped (a resync is under way). */
  isResyncing(collection: CollectionName): boolean;
  /** The pull handler of `collection` started. */
  pullStarted(collection: CollectionName): void;
};

export function createResyncer(options: {
  /** Emits RESYNC into the collection's pull stream. */
  sendResync: (collection: CollectionName) => void;
  isStopped: () => boolean;
}): Resyncer {
  const resyncing = new Set<CollectionName>();
  const onPullStarted = new Map<CollectionName, () => void>();
  return {
    isResyncing: (collection) => resyncing.has(collection),
    pullStarted: (collection) => onPullStarted.get(collection)?.(),
    resync(collection, replication) {
      if (resyncing.has(collection)) return;
      resyncing.add(collection);
      void (async () => {
        try {
          await replication.startPromise;
          const state = replication.internalReplicationState;
          if (state && !options.isStopped()) await upstreamSettled(state);
          // RxDB runs its queued downstream tasks together and drops a RESYNC queued behind a
          // stream change; the next change would then move the checkpoint past what the device
          // missed. So changes stay dropped until the pull has started, and the RESYNC is sent
          // again when the downstream went idle without pulling.
          const pulled = new Promise<'pulled'>((resolve) =>
            onPullStarted.set(collection, () => resolve('pulled')),
          );
          for (let attempt = 0; attempt < 5; attempt += 1) {
            if (options.isStopped() || replication.isStopped()) break;
            options.sendResync(collection);
            if (!state) break;
            const idle = downstreamSettled(state).then(() => 'idle' as const);
            if ((await Promise.race([pulled, idle])) === 'pulled') break;
          }
        } catch {
          // Canceled meanwhile (the subject completed): nothing left to resync.
        } finally {
          onPullStarted.delete(collection);
          resyncing.delete(collection);
        }
      })();
    },
  };
}
