import {
  type BulkWriteRow,
  getPrimaryFieldOfPrimaryKey,
  type RxDocumentData,
  type RxStorage,
  type RxStorageBulkWriteResponse,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
  type RxStorageWriteError,
} from 'rxdb';
import { patchStorageInstances } from './patchStorageInstances.ts';

/**
 * Keeps the replication from writing an older version of a record over a newer one.
 *
 * RxDB writes a document it received from the server (pull or live stream) over the local copy
 * whenever that copy has no unpushed change, without asking which version is newer. A change the
 * stream delivered while this device was pushing waits until the push is done (RxDB holds the
 * downstream while the upstream runs), and by then the device may hold a newer version: its own
 * write the server just accepted, or the server's state a conflict answer brought. Writing the
 * older one back shows stale data, and when RxDB's next re-read of local changes catches it
 * before the bookkeeping of what the server holds, pushes that stale copy over the newer one:
 * acknowledged edits were lost that way (model seeds 1775141724 and 1776957039).
 *
 * Every document the server sends carries `_seq`, the store sequence number of that version, and
 * every push answer says which sequence number each written row got. The ledger keeps, per
 * record, the newest version this device is known to hold; a replication write of a version
 * below that is answered as a conflict (RxDB then leaves the document and its bookkeeping as they
 * are), and `_seq` itself is never stored.
 */
export type VersionLedger = {
  /**
   * The server holds version `seq` of record `id` (a push answer), so older versions are stale;
   * `held`: this device holds that version too (the server stored what it pushed, or a conflict
   * answer brought it), so receiving it again changes nothing.
   */
  learned(id: string, seq: number, options: { held: boolean }): void;
  /** Whether this device holds version `seq` of record `id` or a newer one. */
  holds(id: string, seq: unknown): boolean;
  /** Forgets everything (a new sync session: a restored server counts from lower numbers). */
  clear(): void;
};

/** Per record: the newest version known to exist, and the newest this device holds. */
type Ledger = { newest: Map<string, number>; held: Map<string, number> };

const ledgers = new Map<string, Ledger>();

const ledgerKey = (databaseName: string, collectionName: string) =>
  `${databaseName}/${collectionName}`;

function ledgerOf(key: string): Ledger {
  let ledger = ledgers.get(key);
  if (!ledger) {
    ledger = { newest: new Map(), held: new Map() };
    ledgers.set(key, ledger);
  }
  return ledger;
}

const raise = (map: Map<string, number>, id: string, seq: number) => {
  if (seq > (map.get(id) ?? 0)) map.set(id, seq);
};

export function versionLedger(databaseName: string, collectionName: string): VersionLedger {
  const ledger = ledgerOf(ledgerKey(databaseName, collectionName));
  return {
    learned(id, seq, { held }) {
      raise(ledger.newest, id, seq);
      if (held) raise(ledger.held, id, seq);
    },
    holds: (id, seq) => typeof seq === 'number' && seq <= (ledger.held.get(id) ?? 0),
    clear() {
      ledger.newest.clear();
      ledger.held.clear();
    },
  };
}

const seqOf = (doc: unknown): number | undefined => {
  const seq = (doc as { _seq?: unknown } | undefined)?._seq;
  return typeof seq === 'number' ? seq : undefined;
};

function withoutSeq<T>(doc: RxDocumentData<T>): RxDocumentData<T> {
  if (seqOf(doc) === undefined) return doc;
  const { _seq, ...rest } = doc as RxDocumentData<T> & { _seq?: number };
  return rest as RxDocumentData<T>;
}

/** The context RxDB's downstream names its writes with (`replication-downstream-<key>`). */
const isReplicationDownstream = (context: string) => context.startsWith('replication-downstream');

/** Wraps a storage so that replication writes never put an older version over a newer one. */
export function wrappedVersionGuardStorage<Internals, InstanceCreationOptions>(args: {
  storage: RxStorage<Internals, InstanceCreationOptions>;
}): RxStorage<Internals, InstanceCreationOptions> {
  return patchStorageInstances(
    args.storage,
    <RxDocType>(
      instance: RxStorageInstance<RxDocType, Internals, InstanceCreationOptions>,
      params: RxStorageInstanceCreationParams<RxDocType, InstanceCreationOptions>,
    ) => {
      const key = ledgerKey(params.databaseName, params.collectionName);
      const ledger = ledgerOf(key);
      const primaryPath = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey) as string;
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (
        rows: BulkWriteRow<RxDocType>[],
        context: string,
      ): Promise<RxStorageBulkWriteResponse<RxDocType>> => {
        if (!rows.some((row) => seqOf(row.document) !== undefined)) return bulkWrite(rows, context);
        const guarded = isReplicationDownstream(context);
        const stale: RxStorageWriteError<RxDocType>[] = [];
        const written: Array<{ row: BulkWriteRow<RxDocType>; id: string; seq?: number }> = [];
        for (const row of rows) {
          const id = String((row.document as Record<string, unknown>)[primaryPath]);
          const seq = seqOf(row.document);
          if (guarded && seq !== undefined && seq < (ledger.newest.get(id) ?? 0)) {
            stale.push({
              status: 409,
              isError: true,
              documentId: id,
              writeRow: row,
              context,
              documentInDb: row.previous ?? row.document,
            });
          } else {
            written.push({ row: { ...row, document: withoutSeq(row.document) }, id, seq });
          }
        }
        const result =
          written.length > 0
            ? await bulkWrite(
                written.map((entry) => entry.row),
                context,
              )
            : { error: [] };
        if (guarded) {
          const failed = new Set(result.error.map((error) => error.documentId));
          for (const { id, seq } of written) {
            if (seq !== undefined && !failed.has(id)) {
              raise(ledger.newest, id, seq);
              raise(ledger.held, id, seq);
            }
          }
        }
        return { error: [...result.error, ...stale] };
      };
      const forget = () => ledgers.delete(key);
      const close = instance.close.bind(instance);
      instance.close = () => close().finally(forget);
      const remove = instance.remove.bind(instance);
      instance.remove = () => remove().finally(forget);
    },
  );
}
