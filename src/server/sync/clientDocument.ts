import type { StoredDocument } from '../store/Store.ts';

/** A document as it travels to and from RxDB: the record plus `_deleted`. */
export type ClientDocument = { id: string; _deleted: boolean; [field: string]: unknown };

// RxDB bookkeeping and the version number the server sends, never stored as part of a record.
const internalFields = new Set(['_deleted', '_meta', '_rev', '_attachments', '_seq']);

/** Splits what a client pushed into the record's own fields and its deletion flag. */
export function splitPushedDocument(doc: Record<string, unknown>): {
  data: Record<string, unknown>;
  deleted: boolean;
} {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!internalFields.has(key)) data[key] = value;
  }
  return { data, deleted: doc._deleted === true };
}

/** The record as the server holds it, in the form devices push it: fields, id and `_deleted`. */
export function toRecordDocument(stored: StoredDocument): ClientDocument {
  return { ...stored.data, id: stored.id, _deleted: stored.deleted };
}

/**
 * The document as a client receives it from pull, stream or a push conflict: the record and
 * `_seq`, the store sequence number of this version, so a device can tell which of two versions
 * it received is the newer one.
 */
export function toClientDocument(stored: StoredDocument): ClientDocument {
  return { ...toRecordDocument(stored), _seq: stored.seq };
}
