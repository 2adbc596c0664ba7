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
 * Whether the server's copy was made apart from this one (another creation time: an id derived
 * from the record's subject, made on two devices) while this copy was never edited. The server's
 * may be a tombstone: its person deleted it, and it stays deleted.
 */
function madeTwiceAndUntouched(local: WireDocument, remote: WireDocument): boolean {
  return (
    typeof local.createdAt === 'string' &&
    local.createdAt !== remote.createdAt &&
    local.updatedAt === local.createdAt
  );
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
      if (!base && madeTwiceAndUntouched(local, real)) {
        // Two devices made one record whose id derives from what it is about (an automation
        // rule's task, a hot lead's follow-up) and this device's copy is as it was made: the
        // server's is that record, with whatever its person has done to it since (done, edited,
        // deleted); this copy adds nothing. A copy edited since it was made is merged as usual.
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
