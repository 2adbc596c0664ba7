import type { RxConflictHandler, WithDeleted } from 'rxdb';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { reconcile, type SyncDocument } from '../../../shared/sync/reconcile.ts';
import type { ConflictEntry, SyncLocalStore } from './syncLocalStore.ts';
import { sameRecord, toLocalDocument, toWireDocument, type WireDocument } from './wireDocument.ts';

/**
 * Ids whose last push the server refused. The push handler fills it from the rejections header;
 * the conflict handler then takes the server's answer as it is, so the device converges in one
 * round instead of merging (and re-pushing) what the server will refuse again.
 */
export class RejectedWrites {
  private readonly ids = new Set<string>();

  add(collection: CollectionName, id: string): void {
    this.ids.add(`${collection}/${id}`);
  }

  /** Whether `id` was refused; forgets it, since one refusal is resolved once. */
  take(collection: CollectionName, id: string): boolean {
    return this.ids.delete(`${collection}/${id}`);
  }
}

/**
 * Whether both are the task of one automation rule and occasion (their ids derive from it); the
 * server's may be deleted (its person deleted it, and it stays deleted).
 */
function sameAutomatedTask(local: WireDocument, remote: WireDocument): boolean {
  const key = (doc: WireDocument) => (doc.automation as { key?: unknown } | undefined)?.key;
  return key(local) !== undefined && key(local) === key(remote);
}

function asSyncDocument(doc: WireDocument): SyncDocument {
  return { ...doc, updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : '' };
}

/**
 * The conflict handler of one collection: a field-level three-way merge with the state this
 * device last saw as the base (shared `reconcile`); losing values go to the Conflicts inbox.
 */
export function createSyncConflictHandler<T>(params: {
  collection: CollectionName;
  store: SyncLocalStore;
  rejected: RejectedWrites;
  clock: () => Date;
}): RxConflictHandler<T> {
  const { collection, store, rejected, clock } = params;
  return {
    isEqual: (a, b) =>
      sameRecord(collection, a as unknown as WireDocument, b as unknown as WireDocument),
    async resolve(input) {
      const real = input.realMasterState as unknown as WireDocument;
      if (rejected.take(collection, real.id)) {
        return toLocalDocument(collection, real) as unknown as WithDeleted<T>;
      }
      const base = input.assumedMasterState as unknown as WireDocument | undefined;
      const local = input.newDocumentState as unknown as WireDocument;
      if (!base && sameAutomatedTask(local, real)) {
        // Two devices made the task one rule asked for: the server's is that task, with whatever
        // its person has done to it since (done, edited, deleted); this device's copy adds nothing.
        return toLocalDocument(collection, real) as unknown as WithDeleted<T>;
      }
      const { merged, conflicts: fieldConflicts } = reconcile({
        base: base ? asSyncDocument(toWireDocument(collection, base)) : undefined,
        local: asSyncDocument(toWireDocument(collection, local)),
        remote: asSyncDocument(toWireDocument(collection, real)),
      });
      // When a record was made is the server's to keep (it refuses a change): a record both sides
      // made under one id keeps the server's time, and that is no conflict to resolve.
      if (real.createdAt !== undefined) merged.createdAt = real.createdAt;
      const conflicts = fieldConflicts.filter((conflict) => conflict.path !== 'createdAt');
      if (conflicts.length > 0) {
        const now = clock();
        const at = now.toISOString();
        const entries: ConflictEntry[] = conflicts.map((conflict) => ({
          id: newId(now.getTime()),
          collection,
          docId: real.id,
          path: conflict.path,
          keptValue: conflict.keptValue,
          lostValue: conflict.lostValue,
          kept: conflict.kept,
          at,
        }));
        await store.addConflicts(entries);
      }
      // A JSON round trip drops members a merge left `undefined`; storage validates plain JSON.
      const out = JSON.parse(JSON.stringify({ ...merged, _deleted: merged._deleted === true }));
      return toLocalDocument(collection, out) as unknown as WithDeleted<T>;
    },
  };
}
