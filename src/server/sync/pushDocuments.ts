import type { CollectionName } from '../../shared/domain/collections.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';
import { loadAssignmentContext } from '../assignment/loadAssignmentContext.ts';
import { writeAssignedLead } from '../assignment/writeAssignedLead.ts';
import { type AuditActor, recordChangeDraft, rejectedWriteDraft } from '../audit/auditDrafts.ts';
import type { AuditDraft, Store, StoredDocument } from '../store/Store.ts';
import type { Actor } from './accessRules.ts';
import { assignFinalInvoiceNumber, readInvoiceRuns } from './assignFinalInvoiceNumber.ts';
import { type ClientDocument, splitPushedDocument } from './clientDocument.ts';
import { type Directory, decidePushRow, type PushRow } from './decidePushRow.ts';
import { readApprovalThresholds } from './readApprovalThresholds.ts';
import { readInvoiceNumberFormat } from './readInvoiceNumberFormat.ts';
import { readNumberSeries } from './readNumberSeries.ts';

export type Rejection = { id: string; code: string; message: string };
export type PushResult = {
  conflicts: ClientDocument[];
  rejections: Rejection[];
  written: number;
  /**
   * Each written row's store sequence number, in the order of the pushed rows, and whether the
   * server stored exactly what the row sent (not: a final invoice number, an assigned owner, a
   * field the schema dropped - that version still has to reach the device).
   */
  writtenSeqs: Array<{ seq: number; asSent: boolean }>;
};

/**
 * Applies one push in one transaction: every row is written, answered as a conflict, or refused.
 * Refusals are answered as conflicts too (so RxDB stops retrying) and listed with their reason.
 * Every write and refusal leaves one audit entry, committed in the same transaction.
 */
export async function pushDocuments(params: {
  store: Store;
  actor: Actor;
  collection: CollectionName;
  rows: PushRow[];
  now: Date;
  writerId: string;
  /** Who pushed, for the audit log. */
  auditActor: AuditActor;
}): Promise<PushResult> {
  const { store, actor, collection, rows } = params;
  const users = await store.listUsers();
  const directory: Directory = new Map(
    users.map((user) => [user.id, { teamId: user.teamId, active: user.active }]),
  );
  const approvalThresholds =
    collection === 'quotes' ? await readApprovalThresholds(store) : undefined;
  const invoiceFormat =
    collection === 'invoices' ? await readInvoiceNumberFormat(store) : undefined;
  const numberSeries =
    collection === 'settings' && rows.some((row) => row.newDocumentState.key === 'numberSeries')
      ? { stored: await readNumberSeries(store), usedInvoiceRuns: await readInvoiceRuns(store) }
      : undefined;
  // Leads pushed without an owner of their own are routed by the assignment rules.
  const assignment =
    collection === 'leads' && rows.some((row) => row.newDocumentState.needsAssignment === true)
      ? await loadAssignmentContext(store)
      : undefined;
  return store.write(async (tx) => {
    const ids = [...new Set(rows.map((row) => row.newDocumentState.id))];
    const current = new Map<string, StoredDocument>(
      (await tx.getDocuments(collection, ids)).map((doc) => [doc.id, doc]),
    );
    const result: PushResult = { conflicts: [], rejections: [], written: 0, writtenSeqs: [] };
    const audit: AuditDraft[] = [];
    const at = params.now.toISOString();
    for (const row of rows) {
      const id = row.newDocumentState.id;
      const decision = decidePushRow({
        actor,
        collection,
        row,
        current: current.get(id),
        directory,
        ...(approvalThresholds ? { approvalThresholds } : {}),
        ...(numberSeries ? { numberSeries } : {}),
      });
      if (decision.kind === 'write') {
        // The writer is named only when the server stores exactly what the device sent: the
        // stream does not echo such a version and the device's own pulls may leave it out, so a
        // version the schema changed (dropped or defaulted fields) must reach the device.
        const { data: sent } = splitPushedDocument(row.newDocumentState);
        const pushed = deepEqual(decision.write.data, sent)
          ? { ...decision.write, writtenByDevice: params.writerId }
          : decision.write;
        const write = invoiceFormat
          ? await assignFinalInvoiceNumber({
              tx,
              write: pushed,
              format: invoiceFormat,
              now: params.now.toISOString(),
            })
          : pushed;
        const stamped = { ...write, changedAt: params.now.toISOString() };
        const { seq, write: stored } =
          assignment && write.data.needsAssignment === true && !write.deleted
            ? await writeAssignedLead({ tx, write: stamped, context: assignment, now: params.now })
            : { seq: await tx.putDocument(stamped), write: stamped };
        audit.push(
          recordChangeDraft({
            actor: params.auditActor,
            at,
            collection,
            current: current.get(id),
            write: stored,
          }),
        );
        current.set(id, { ...stored, seq });
        result.written += 1;
        // Stored as sent exactly when the writer is still named: a final invoice number or an
        // assigned owner makes a version of the server's own, which carries no device.
        result.writtenSeqs.push({ seq, asSent: stored.writtenByDevice === params.writerId });
      } else {
        result.conflicts.push(decision.master);
        if (decision.kind === 'reject') {
          result.rejections.push({ id, code: decision.code, message: decision.message });
          const pushedTeam = row.newDocumentState.teamId;
          audit.push(
            rejectedWriteDraft({
              actor: params.auditActor,
              at,
              collection,
              recordId: id,
              teamId:
                current.get(id)?.teamId ??
                (typeof pushedTeam === 'string' ? pushedTeam : actor.teamId),
              code: decision.code,
              message: decision.message,
            }),
          );
        }
      }
    }
    await tx.appendAudit(audit);
    return result;
  });
}
