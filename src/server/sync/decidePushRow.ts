import {
  assertCreditTermsChange,
  onlyCreditTermsChanged,
} from '../../shared/billing/creditTerms.ts';
import type { Account } from '../../shared/domain/account.ts';
import { type CollectionName, collectionSchemas } from '../../shared/domain/collections.ts';
import { DomainError } from '../../shared/domain/DomainError.ts';
import type { Invoice } from '../../shared/domain/invoice.ts';
import type { Order } from '../../shared/domain/order.ts';
import type { Product } from '../../shared/domain/product.ts';
import type { Quote } from '../../shared/domain/quote.ts';
import type { Setting, SettingValue } from '../../shared/domain/setting.ts';
import { checkNumberSeries, type InvoiceRun } from '../../shared/numbering/checkNumberSeries.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';
import type { DocumentWrite, StoredDocument } from '../store/Store.ts';
import { type Actor, canAssignTo, canWrite, matchesAccess, readAccess } from './accessRules.ts';
import {
  type ClientDocument,
  splitPushedDocument,
  toClientDocument,
  toRecordDocument,
} from './clientDocument.ts';
import { assertInvoiceChange } from './invoiceRules.ts';
import { stockLevelsId } from './publishStockLevels.ts';
import { teamDirectoryId } from './publishTeamDirectory.ts';
import { type ApprovalThresholds, assertQuoteChange } from './quoteRules.ts';
import { assertStatusChange } from './statusRules.ts';
import { assertOrderShipments, assertProductLedger } from './stockRules.ts';

export type PushRow = {
  assumedMasterState?: Record<string, unknown> | null;
  newDocumentState: Record<string, unknown> & { id: string };
};

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;
export type NumberSeriesContext = {
  stored: NumberSeriesValue | undefined;
  usedInvoiceRuns: readonly InvoiceRun[];
};

export type RejectionCode =
  | 'not_found'
  | 'invalid_document'
  | 'forbidden'
  | 'unknown_owner'
  | 'immutable_field'
  | string;

export type PushDecision =
  | { kind: 'write'; write: DocumentWrite }
  | { kind: 'conflict'; master: ClientDocument }
  | { kind: 'reject'; master: ClientDocument; code: RejectionCode; message: string };

/** What the server knows about people who may own records. */
export type Directory = ReadonlyMap<string, { teamId: string | null; active: boolean }>;

/**
 * Decides one pushed row: write it, answer with the server's state because the device worked on
 * an outdated copy (conflict), or refuse it (rejection; answered like a conflict so RxDB stops
 * retrying). A refused document the device may not see is answered with its own values deleted,
 * so nothing of the server's leaks.
 */
export function decidePushRow(params: {
  actor: Actor;
  collection: CollectionName;
  row: PushRow;
  current: StoredDocument | undefined;
  directory: Directory;
  /** The approval thresholds in settings, for quote pushes. */
  approvalThresholds?: ApprovalThresholds;
  /** The stored number series and the invoice runs counted so far, for settings pushes. */
  numberSeries?: NumberSeriesContext;
}): PushDecision {
  const { actor, collection, row, current, directory } = params;
  const { data, deleted } = splitPushedDocument(row.newDocumentState);
  const ownCopyDeleted: ClientDocument = { ...data, id: row.newDocumentState.id, _deleted: true };
  const reject = (code: RejectionCode, message: string, visible: boolean): PushDecision => ({
    kind: 'reject',
    master: current && visible ? toClientDocument(current) : ownCopyDeleted,
    code,
    message,
  });

  const access = readAccess(actor, collection);
  const currentVisible = current !== undefined && matchesAccess(access, current);
  if (current && !currentVisible) return reject('not_found', 'No such record', false);
  if (current) {
    const assumed = row.assumedMasterState;
    if (
      !assumed ||
      !deepEqual(normalizeForComparison(collection, assumed), toRecordDocument(current))
    ) {
      return { kind: 'conflict', master: toClientDocument(current) };
    }
  }

  if (collection === 'settings' && (data.key === 'teamDirectory' || data.id === teamDirectoryId)) {
    return reject('forbidden', 'The team directory is kept by the server from its users', true);
  }
  if (collection === 'settings' && (data.key === 'stockLevels' || data.id === stockLevelsId)) {
    return reject('forbidden', 'Stock levels are computed by the server from every order', true);
  }
  const parsed = collectionSchemas[collection].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'document';
    return reject('invalid_document', `${where}: ${issue?.message ?? 'invalid'}`, true);
  }
  const ownerId = String(data.ownerId);
  const owner = directory.get(ownerId);
  if (!owner) return reject('unknown_owner', `No user with id "${ownerId}"`, true);
  if (current && data.createdAt !== current.data.createdAt) {
    return reject('immutable_field', 'createdAt cannot change', true);
  }
  const declaredTeam = typeof data.teamId === 'string' ? data.teamId : undefined;
  if (declaredTeam !== undefined && actor.role !== 'admin' && declaredTeam !== actor.teamId) {
    if (!(current && current.data.teamId === declaredTeam)) {
      return reject('forbidden', 'Records can only be shared with your own team', true);
    }
  }
  const teamId = declaredTeam ?? owner.teamId;
  const ownerChanged = !current || current.ownerId !== ownerId;
  if (ownerChanged && !canAssignTo(actor, ownerId, owner.teamId)) {
    return reject('forbidden', 'You cannot give this record to that user', true);
  }
  // Finance writes no account but its credit terms (limit, hold, payment terms).
  const financeSetsCreditTerms =
    collection === 'accounts' &&
    actor.role === 'finance' &&
    current !== undefined &&
    !current.deleted &&
    !deleted &&
    onlyCreditTermsChanged(current.data, parsed.data);
  if (
    !financeSetsCreditTerms &&
    (!canWrite(actor, collection, { ownerId, teamId }) ||
      (current && !canWrite(actor, collection, current)))
  ) {
    return reject('forbidden', `A ${actor.role} cannot change this record`, true);
  }
  if (collection === 'settings' && data.key === 'numberSeries' && params.numberSeries) {
    const { stored, usedInvoiceRuns } = params.numberSeries;
    const { value } = parsed.data as Setting;
    // Deleting the setting brings the default series back, which must be as safe as any edit.
    const after: NumberSeriesValue =
      value.kind === 'numberSeries' && !deleted
        ? value
        : { kind: 'numberSeries', series: [], nextDeviceIndex: stored?.nextDeviceIndex };
    const [problem] = checkNumberSeries({ before: stored, after, usedInvoiceRuns });
    if (problem) {
      const error = new DomainError('invalidNumberSeries', { ...problem });
      return reject(error.code, error.message, true);
    }
  }
  if (!deleted) {
    try {
      assertStatusChange({
        collection,
        role: actor.role,
        current: current?.data,
        next: data,
      });
      if (collection === 'accounts') {
        assertCreditTermsChange({
          role: actor.role,
          before: current && !current.deleted ? (current.data as Account) : undefined,
          after: parsed.data as Account,
        });
      }
      if (collection === 'quotes') {
        assertQuoteChange({
          actor,
          current: current && !current.deleted ? (current.data as Quote) : undefined,
          next: parsed.data as Quote,
          thresholds: params.approvalThresholds,
        });
      }
      if (collection === 'orders') {
        assertOrderShipments({
          current: current && !current.deleted ? (current.data as Order) : undefined,
          next: parsed.data as Order,
        });
      }
      if (collection === 'products') {
        assertProductLedger({
          current: current && !current.deleted ? (current.data as Product) : undefined,
          next: parsed.data as Product,
        });
      }
      if (collection === 'invoices') {
        assertInvoiceChange({
          actor,
          current: current && !current.deleted ? (current.data as Invoice) : undefined,
          next: parsed.data as Invoice,
        });
      }
    } catch (error) {
      if (error instanceof DomainError) return reject(error.code, error.message, true);
      throw error;
    }
  }
  // The record is stored as the schema reads it: fields a device keeps only for itself (sort
  // keys, caches) are dropped, so every device receives the same record.
  const record = { ...parsed.data, id: row.newDocumentState.id } as Record<string, unknown>;
  return {
    kind: 'write',
    write: { collection, id: row.newDocumentState.id, ownerId, teamId, deleted, data: record },
  };
}

/**
 * A device's copy of a server record may carry fields only that device keeps (e.g. sort keys);
 * comparing what the schema reads keeps those from looking like a conflict.
 */
function normalizeForComparison(
  collection: CollectionName,
  doc: Record<string, unknown>,
): Record<string, unknown> {
  const { data, deleted } = splitPushedDocument(doc);
  const parsed = collectionSchemas[collection].safeParse(data);
  const record = parsed.success ? (parsed.data as Record<string, unknown>) : data;
  return { ...record, id: doc.id, _deleted: deleted };
}
