import type { CollectionName } from '../../../shared/domain/collections.ts';
import type { Lead } from '../../../shared/domain/lead.ts';
import { deepEqual } from '../../../shared/sync/deepEqual.ts';
import { leadSortKeyNames, leadSortKeys } from '../leads/leadSortKeys.ts';

/** A document as the replication sees it: plain JSON with an id and a deletion flag. */
export type WireDocument = { id: string; _deleted?: boolean; [field: string]: unknown };

// Fields the device keeps for itself (derived index keys), RxDB's own bookkeeping and the
// server's version number of a received document (`_seq`, see versionGuardStorage).
const localOnlyFields: { [K in CollectionName]?: readonly string[] } = { leads: leadSortKeyNames };
const bookkeeping = ['_meta', '_rev', '_attachments', '_seq'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The stored form of a document that came from the server: leads get their derived sort keys
 * (the server never sends them), so pulled leads sort and search like local ones.
 */
export function toLocalDocument<T extends WireDocument>(collection: CollectionName, doc: T): T {
  if (collection !== 'leads') return doc;
  // Tombstones may lack fields; the keys must still be valid strings for the indexes.
  const lead = {
    ...doc,
    createdAt: text(doc.createdAt),
    updatedAt: text(doc.updatedAt),
    lastName: text(doc.lastName),
    company: text(doc.company),
  } as unknown as Lead;
  return { ...doc, ...leadSortKeys(lead) };
}

/** The form sent to the server: the record without device-only fields. */
export function toWireDocument<T extends WireDocument>(collection: CollectionName, doc: T): T {
  const drop = localOnlyFields[collection] ?? [];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!drop.includes(key) && !bookkeeping.includes(key)) out[key] = value;
  }
  return out as T;
}

/** Whether two states of a document hold the same record, ignoring device-only fields. */
export function sameRecord(
  collection: CollectionName,
  a: WireDocument | undefined,
  b: WireDocument | undefined,
): boolean {
  if (!a || !b) return a === b;
  const left = toWireDocument(collection, a);
  const right = toWireDocument(collection, b);
  return deepEqual({ ...left, _deleted: !!a._deleted }, { ...right, _deleted: !!b._deleted });
}
