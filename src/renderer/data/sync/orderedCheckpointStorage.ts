import {
  type DexieStorageInternals,
  type EventBulk,
  getPrimaryFieldOfPrimaryKey,
  type RxDocumentData,
  type RxStorage,
  type RxStorageChangeEvent,
  type RxStorageInstance,
} from 'rxdb';
import { fromDexieToStorage } from 'rxdb/plugins/storage-dexie';
import { map } from 'rxjs';
import { patchStorageInstances } from './patchStorageInstances.ts';

type LwtCheckpoint = { id: string; lwt: number };

function isLwtCheckpoint(value: unknown): value is LwtCheckpoint {
  const checkpoint = value as Partial<LwtCheckpoint> | undefined;
  return typeof checkpoint?.id === 'string' && typeof checkpoint.lwt === 'number';
}

/**
 * The checkpoint of one write's change event, raised to the highest id among the written
 * documents. RxDB stamps every document of a bulk write with the same `lwt` but names the bulk's
 * last row as its checkpoint, while reading changes "since a checkpoint" orders by (lwt, id): the
 * rows of that write with a higher id than the last row count as not yet seen. The replication
 * stores this checkpoint as the push position, so after every RESYNC it re-read (and compared
 * with the server state) up to the whole write again, and so did the pending recount.
 */
export function orderedCheckpoint<T>(bulk: EventBulk<RxStorageChangeEvent<T>, unknown>) {
  const checkpoint = bulk.checkpoint;
  if (!isLwtCheckpoint(checkpoint)) return bulk;
  let id = checkpoint.id;
  for (const event of bulk.events) {
    const lwt = (event.documentData as { _meta?: { lwt?: number } } | undefined)?._meta?.lwt;
    // Same order as the storage's (lwt, id) index: IndexedDB compares strings by code unit.
    if (lwt === checkpoint.lwt && event.documentId > id) id = event.documentId;
  }
  return id === checkpoint.id ? bulk : { ...bulk, checkpoint: { ...checkpoint, id } };
}

/**
 * Changes since a checkpoint straight from the Dexie index on (lwt, id). RxDB's generic version
 * asks for `lwt >= checkpoint.lwt` and filters the ids in memory, so it reads (and decodes) every
 * document of the checkpoint's write again: 5,000 for one bulk edit, on every RESYNC and recount.
 */
function dexieChangesSince<RxDocType>(
  instance: RxStorageInstance<RxDocType, unknown, unknown>,
  primaryPath: string,
) {
  const { internals } = instance as unknown as { internals: DexieStorageInternals };
  return async (limit: number, checkpoint?: unknown) => {
    const state = await internals;
    const since = isLwtCheckpoint(checkpoint) ? [checkpoint.lwt, checkpoint.id] : [-Infinity, ''];
    const rows: unknown[] = await state.dexieTable
      .where(`[_meta.lwt+${primaryPath}]`)
      .above(since)
      .limit(limit)
      .toArray();
    const documents = rows.map((row) => fromDexieToStorage<RxDocType>(state.booleanIndexes, row));
    const last = documents[documents.length - 1] as
      | (RxDocumentData<RxDocType> & Record<string, unknown>)
      | undefined;
    return {
      documents,
      // As RxDB's version: no checkpoint and nothing found starts at the beginning.
      checkpoint: last
        ? { id: String(last[primaryPath]), lwt: last._meta.lwt }
        : (checkpoint ?? { id: '', lwt: 0 }),
    };
  };
}

/**
 * Wraps a storage so that its change events carry checkpoints in its own read order, and (on
 * Dexie) reads changes since a checkpoint by index range.
 */
export function wrappedOrderedCheckpointStorage<Internals, InstanceCreationOptions>(args: {
  storage: RxStorage<Internals, InstanceCreationOptions>;
}): RxStorage<Internals, InstanceCreationOptions> {
  return patchStorageInstances(args.storage, (instance, params) => {
    const changes = instance.changeStream.bind(instance);
    instance.changeStream = () => changes().pipe(map((bulk) => orderedCheckpoint(bulk)));
    if (args.storage.name === 'dexie' && !instance.getChangedDocumentsSince) {
      const primaryPath = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey) as string;
      instance.getChangedDocumentsSince = dexieChangesSince(instance, primaryPath);
    }
  });
}
