import type { CollectionName } from '../../shared/domain/collections.ts';
import type { Store, StoredDocument } from '../store/Store.ts';
import type { Actor } from './accessRules.ts';
import type { ClientDocument } from './clientDocument.ts';
import { type Directory, decidePushRow, type PushRow } from './decidePushRow.ts';
import { readApprovalThresholds } from './readApprovalThresholds.ts';

export type Rejection = { id: string; code: string; message: string };
export type PushResult = { conflicts: ClientDocument[]; rejections: Rejection[]; written: number };

/**
 * Applies one push in one transaction: every row is written, answered as a conflict, or refused.
 * Refusals are answered as conflicts too (so RxDB stops retrying) and listed with their reason.
 */
export async function pushDocuments(params: {
  store: Store;
  actor: Actor;
  collection: CollectionName;
  rows: PushRow[];
  now: Date;
  writerId: string;
}): Promise<PushResult> {
  const { store, actor, collection, rows } = params;
  const users = await store.listUsers();
  const directory: Directory = new Map(
    users.map((user) => [user.id, { teamId: user.teamId, active: user.active }]),
  );
  const approvalThresholds =
    collection === 'quotes' ? await readApprovalThresholds(store) : undefined;
  return store.write(async (tx) => {
    const ids = [...new Set(rows.map((row) => row.newDocumentState.id))];
    const current = new Map<string, StoredDocument>(
      (await tx.getDocuments(collection, ids)).map((doc) => [doc.id, doc]),
    );
    const result: PushResult = { conflicts: [], rejections: [], written: 0 };
    for (const row of rows) {
      const id = row.newDocumentState.id;
      const decision = decidePushRow({
        actor,
        collection,
        row,
        current: current.get(id),
        directory,
        ...(approvalThresholds ? { approvalThresholds } : {}),
      });
      if (decision.kind === 'write') {
        const seq = await tx.putDocument({
          ...decision.write,
          changedAt: params.now.toISOString(),
          writtenByDevice: params.writerId,
        });
        current.set(id, { ...decision.write, seq });
        result.written += 1;
      } else {
        result.conflicts.push(decision.master);
        if (decision.kind === 'reject') {
          result.rejections.push({ id, code: decision.code, message: decision.message });
        }
      }
    }
    return result;
  });
}
