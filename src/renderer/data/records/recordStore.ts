import type { RxCollection, RxDocument } from 'rxdb';
import type { CollectionName, CollectionRecord } from '../../../shared/domain/collections.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { FieldbookData } from '../openFieldbookData.ts';

/** A collection's stored documents, typed as the domain record (no derived fields outside leads). */
export type RecordCollection<K extends CollectionName> = RxCollection<CollectionRecord<K>>;

/** The open collection `name`; a wiring bug (not a user error) when it was not opened. */
export function collectionOf<K extends Exclude<CollectionName, 'leads'>>(
  data: FieldbookData,
  name: K,
): RecordCollection<K> {
  const collection = data.db.collections[name];
  if (!collection) throw new Error(`The ${name} collection is not open`);
  return collection as unknown as RecordCollection<K>;
}

/** Whether `name` is open (tests open only some collections). */
export function hasCollection(data: FieldbookData, name: CollectionName): boolean {
  return data.db.collections[name] !== undefined;
}

const bookkeeping = new Set(['_deleted', '_rev', '_meta', '_attachments']);

/** The domain record inside a stored document, without RxDB's bookkeeping. */
export function plainRecord<T>(doc: Readonly<Record<string, unknown>>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!bookkeeping.has(key)) out[key] = value;
  return out as T;
}

// RxDB stores JSON: an optional field is absent, never `undefined`.
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The live document `id` of `name`; `notFound` (entity = collection) when missing or deleted. */
export async function findDocument<K extends Exclude<CollectionName, 'leads'>>(
  data: FieldbookData,
  name: K,
  id: string,
): Promise<RxDocument<CollectionRecord<K>>> {
  const doc = await collectionOf(data, name).findOne(id).exec();
  if (!doc) throw new DomainError('notFound', { entity: name, id });
  return doc;
}

/**
 * Throws `notFound` when the state a write is about to replace is a tombstone: sync may bring in
 * a deletion between a command's read and its write, and a change written onto the tombstone
 * would be reported as saved yet stay deleted everywhere.
 */
export function assertStillStored(stored: object, entity: string, id: string): void {
  if ('_deleted' in stored && stored._deleted === true) {
    throw new DomainError('notFound', { entity, id });
  }
}

/** Replaces a stored document with `record` (already validated). */
export async function replaceDocument<T>(doc: RxDocument<T>, record: T): Promise<T> {
  await doc.incrementalModify((stored) => {
    assertStillStored(stored, doc.collection.name, doc.primary);
    return record as never;
  });
  return record;
}

/** Deletes a document; the tombstone carries the deletion time so sync orders it against edits. */
export async function deleteDocument<T extends { updatedAt: string }>(
  doc: RxDocument<T>,
  updatedAt: string,
): Promise<void> {
  await doc.incrementalModify((stored) => ({ ...stored, updatedAt, _deleted: true }));
}

/** What every command factory needs: the database, the clock and who is acting. */
export type CommandContext = {
  data: FieldbookData;
  clock: () => Date;
  user: { id: string; role: Role };
};
