import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  getLastCheckpointDoc,
  type RxStorageInstanceReplicationState,
} from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import { sameRecord, toWireDocument, type WireDocument } from './wireDocument.ts';

const pageSize = 1000;

/**
 * Local changes the server has not acknowledged: documents written after the push checkpoint
 * whose state differs from what the device last saw on the server. This is what RxDB will push
 * next, so the count is exact, and it reads only changes since the checkpoint, not the
 * whole collection.
 */
export async function readPendingDocuments<C>(
  collection: CollectionName,
  replication: RxReplicationState<WireDocument, C>,
  limit = Number.POSITIVE_INFINITY,
): Promise<WireDocument[]> {
  const state = replication.internalReplicationState as
    | RxStorageInstanceReplicationState<WireDocument>
    | undefined;
  if (!state || replication.isStopped()) return [];
  let checkpoint = await getLastCheckpointDoc<WireDocument, unknown>(state, 'up');
  const pending: WireDocument[] = [];
  for (;;) {
    const page = await getChangedDocumentsSince(state.input.forkInstance, pageSize, checkpoint);
    if (page.documents.length === 0) break;
    const assumed = await getAssumedMasterState(
      state,
      page.documents.map((doc) => doc.id),
    );
    for (const doc of page.documents) {
      const master = assumed[doc.id]?.docData;
      // Created and deleted here before it ever reached the server: nothing anyone would miss.
      if (!master && doc._deleted) continue;
      if (master && sameRecord(collection, master, doc)) continue;
      pending.push(toWireDocument(collection, { ...doc, _deleted: doc._deleted }));
      if (pending.length >= limit) return pending;
    }
    checkpoint = page.checkpoint;
    if (page.documents.length < pageSize) break;
  }
  return pending;
}
