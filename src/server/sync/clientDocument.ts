import type { StoredDocument } from '../store/Store.ts';

/** A document as it travels to and from RxDB: the record plus `_deleted`. */
export type ClientDocument = { id: string; _deleted: boolean; [field: string]: unknown };

// RxDB bookkeeping that must never be stored as part of a record.
const internalFields = new Set(['_deleted', '_meta', '_rev', '_attachments']);

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

/** The document as a client receives it from pull, stream or a push conflict. */
export function toClientDocument(stored: StoredDocument): ClientDocument {
  return { ...stored.data, id: stored.id, _deleted: stored.deleted };
}
