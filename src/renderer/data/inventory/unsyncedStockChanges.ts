import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  getLastCheckpointDoc,
  type RxStorageInstanceReplicationState,
} from 'rxdb';
import {
  documentStockShare,
  type UnsyncedStockChange,
} from '../../../shared/orders/stockShares.ts';
import { deepEqual } from '../../../shared/sync/deepEqual.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { sameRecord, type WireDocument } from '../sync/wireDocument.ts';

const stockCollections = ['orders', 'products'] as const;
const pageSize = 1000;

/**
 * This device's order and product changes the server has not acknowledged, each as the share
 * of stock its server copy counts for (what the device last received from or pushed to the
 * server; nothing for a record the server has never seen) and the share of the local copy.
 * The same rule as the pending-changes count (written after the push checkpoint and different
 * from the server copy), keeping only changes that move stock. Nothing while sync has not started (signed out, never synced).
 */
export async function readUnsyncedStockChanges(
  data: FieldbookData,
): Promise<UnsyncedStockChange[]> {
  const replications = data.sync.handle?.replications;
  if (!replications) return [];
  const changes: UnsyncedStockChange[] = [];
  for (const collection of stockCollections) {
    const replication = replications.get(collection);
    const state = replication?.internalReplicationState as
      | RxStorageInstanceReplicationState<WireDocument>
      | undefined;
    if (!replication || !state || replication.isStopped()) continue;
    let checkpoint = await getLastCheckpointDoc<WireDocument, unknown>(state, 'up');
    for (;;) {
      const page = await getChangedDocumentsSince(state.input.forkInstance, pageSize, checkpoint);
      if (page.documents.length === 0) break;
      const assumed = await getAssumedMasterState(
        state,
        page.documents.map((doc) => doc.id),
      );
      for (const doc of page.documents) {
        const master = assumed[doc.id]?.docData;
        if (!master && doc._deleted) continue;
        if (master && sameRecord(collection, master, doc)) continue;
        const server = documentStockShare({ collection, record: master });
        const local = documentStockShare({ collection, record: doc });
        // An edit that moves no stock (a note, an address) changes no figure.
        if (!deepEqual(server, local)) changes.push({ server, local });
      }
      checkpoint = page.checkpoint;
      if (page.documents.length < pageSize) break;
    }
  }
  return changes;
}
