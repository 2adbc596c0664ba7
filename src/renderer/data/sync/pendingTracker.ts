import type { RxChangeEventBulk, RxStorageInstanceReplicationState } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { Subscription } from 'rxjs';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import { readPendingDocuments } from './pendingDocuments.ts';
import { sameRecord, type WireDocument } from './wireDocument.ts';

/** The local changes of one collection that the server has not acknowledged yet, kept in memory. */
export type PendingTracker = {
  readonly size: number;
  /** Replaces the estimate with an exact read (cheap once everything up to the checkpoint is pushed). */
  recount(): Promise<void>;
  stop(): void;
};

/**
 * Counts unacknowledged local changes from events instead of re-reading the database: a local
 * write adds its document at once (so the count never reads 0 while a change waits), the
 * server's acknowledgement (`sent$`) of that very state removes it, and a pulled document that
 * RxDB wrote over the local copy removes it too. An exact recount, run when sync is idle,
 * corrects the rare case the events cannot see (a conflict settled without a new push).
 */
export function trackPendingChanges<C>(params: {
  collection: CollectionName;
  replication: RxReplicationState<WireDocument, C>;
  onChange: () => void;
  /** Told how many documents from the server each write stored (the first download's progress). */
  onStoredFromServer?: (count: number) => void;
}): PendingTracker {
  const { collection, replication, onChange, onStoredFromServer } = params;
  const pending = new Map<string, WireDocument>();
  // Writes seen while an exact recount reads the database, which the recount may have missed.
  let touchedDuringRecount: Map<string, WireDocument | undefined> | undefined;
  let downstreamContext: string | undefined;
  let stopped = false;

  const touch = (id: string, doc: WireDocument | undefined) => {
    if (doc) pending.set(id, doc);
    else pending.delete(id);
    touchedDuringRecount?.set(id, doc);
  };

  const subscriptions: Subscription[] = [
    replication.collection.eventBulks$.subscribe((bulk: RxChangeEventBulk<unknown>) => {
      // Pulled documents: RxDB writes the server's state only over a copy with no local change.
      const fromServer = downstreamContext !== undefined && bulk.context === downstreamContext;
      if (fromServer) onStoredFromServer?.(bulk.events.length);
      for (const event of bulk.events) {
        touch(
          event.documentId,
          fromServer ? undefined : (event.documentData as unknown as WireDocument),
        );
      }
      onChange();
    }),
    replication.sent$.subscribe((sent) => {
      const doc = sent as unknown as WireDocument;
      const local = pending.get(doc.id);
      // A newer local write than the one acknowledged stays pending.
      if (local && sameRecord(collection, local, doc)) {
        touch(doc.id, undefined);
        onChange();
      }
    }),
  ];
  void replication.startPromise.then(async () => {
    const state = replication.internalReplicationState as
      | RxStorageInstanceReplicationState<WireDocument>
      | undefined;
    if (state) downstreamContext = await state.downstreamBulkWriteFlag;
  });

  return {
    get size() {
      return pending.size;
    },
    async recount() {
      await replication.startPromise;
      if (stopped || touchedDuringRecount) return;
      touchedDuringRecount = new Map();
      try {
        const exact = await readPendingDocuments(collection, replication);
        if (stopped) return;
        const touched = touchedDuringRecount;
        pending.clear();
        for (const doc of exact) pending.set(doc.id, doc);
        // Events during the read win: they are at least as new as what it saw.
        for (const [id, doc] of touched) {
          if (doc) pending.set(id, doc);
          else pending.delete(id);
        }
        onChange();
      } finally {
        touchedDuringRecount = undefined;
      }
    },
    stop() {
      stopped = true;
      for (const subscription of subscriptions) subscription.unsubscribe();
    },
  };
}
