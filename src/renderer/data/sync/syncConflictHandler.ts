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
      const { merged, conflicts } = reconcile({
        base: base ? asSyncDocument(toWireDocument(collection, base)) : undefined,
        local: asSyncDocument(toWireDocument(collection, local)),
        remote: asSyncDocument(toWireDocument(collection, real)),
      });
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
