import type { RxCollection } from 'rxdb';
import { collectionSchemas } from '../../../shared/domain/collections.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import type { ConflictEntry } from './syncLocalStore.ts';
import { toLocalDocument, toWireDocument, type WireDocument } from './wireDocument.ts';

type Segment = { key: string; itemId?: string };

// `lines[line-2].quantity` → [{key: 'lines', itemId: 'line-2'}, {key: 'quantity'}]
function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)(?:\[([^\]]+)\])?/g)) {
    const key = match[1] ?? '';
    segments.push(match[2] === undefined ? { key } : { key, itemId: match[2] });
  }
  return segments;
}

function setAtPath(target: Record<string, unknown>, segments: Segment[], value: unknown): void {
  const [head, ...rest] = segments;
  if (!head) return;
  if (head.itemId !== undefined) {
    const items = Array.isArray(target[head.key]) ? [...(target[head.key] as unknown[])] : [];
    const index = items.findIndex(
      (item) =>
        typeof item === 'object' && item !== null && (item as { id?: unknown }).id === head.itemId,
    );
    if (rest.length === 0) {
      if (value === undefined) {
        if (index >= 0) items.splice(index, 1);
      } else if (index >= 0) items[index] = value;
      else items.push(value);
    } else if (index >= 0) {
      const item = { ...(items[index] as Record<string, unknown>) };
      setAtPath(item, rest, value);
      items[index] = item;
    }
    target[head.key] = items;
    return;
  }
  if (rest.length === 0) {
    if (value === undefined) delete target[head.key];
    else target[head.key] = value;
    return;
  }
  const child = target[head.key];
  const next =
    typeof child === 'object' && child !== null ? { ...(child as Record<string, unknown>) } : {};
  setAtPath(next, rest, value);
  target[head.key] = next;
}

/**
 * Writes a conflict's losing value back into the document (a new local edit that syncs like
 * any other) and removes it from the inbox. The result is checked against the domain schema.
 */
export async function reapplyConflict(data: FieldbookData, conflictId: string): Promise<void> {
  const entry: ConflictEntry | undefined = await data.sync.store.getConflict(conflictId);
  if (!entry) return;
  const collection = data.db.collections[entry.collection] as RxCollection | undefined;
  if (!collection) throw new Error(`reapplyConflict: collection ${entry.collection} is not open`);
  const doc = await collection.findOne(entry.docId).exec();
  if (entry.path === '_deleted') {
    if (entry.lostValue === true && doc) await doc.remove();
  } else {
    if (!doc)
      throw new Error(`reapplyConflict: ${entry.collection}/${entry.docId} no longer exists`);
    await doc.incrementalModify((stored: WireDocument) => {
      const next: Record<string, unknown> = { ...toWireDocument(entry.collection, stored) };
      setAtPath(next, parsePath(entry.path), entry.lostValue);
      next.updatedAt = data.sync.clock().toISOString();
      const { _deleted, ...record } = next;
      const checked = collectionSchemas[entry.collection].parse(record) as Record<string, unknown>;
      const clean = JSON.parse(JSON.stringify(checked)) as WireDocument;
      return toLocalDocument(entry.collection, { ...clean, _deleted: stored._deleted === true });
    });
  }
  await data.sync.store.removeConflict(conflictId);
}

/** Removes a conflict from the inbox, keeping the merged value. */
export function dismissConflict(data: FieldbookData, conflictId: string): Promise<void> {
  return data.sync.store.removeConflict(conflictId);
}

/** Removes a sync issue from the list once the user has dealt with it. */
export function dismissSyncIssue(data: FieldbookData, issueId: string): Promise<void> {
  return data.sync.store.removeIssue(issueId);
}
