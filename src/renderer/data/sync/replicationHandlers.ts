import type { WithDeleted } from 'rxdb';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import {
  parseWrittenSeqs,
  syncHeaders,
  type WrittenSeq,
} from '../../../shared/sync/syncHeaders.ts';
import { recordRejections } from './recordRejections.ts';
import { seenThroughParam } from './seenThrough.ts';
import type { RejectedWrites } from './syncConflictHandler.ts';
import type { SyncLocalStore } from './syncLocalStore.ts';
import type { VersionLedger } from './versionGuardStorage.ts';
import { sameRecord, type WireDocument } from './wireDocument.ts';

/** The pull checkpoint: the server's seq and epoch, or how far an empty pull reached. */
export type SyncCheckpoint = { seq?: number; epoch?: string; seenThrough?: number };

/** One request to the sync server through the session's gate and status. */
export type SyncRequest = (
  path: string,
  init?: { method?: string; body?: unknown },
) => Promise<Response>;

/**
 * The pull handler of one collection. Versions this device already holds (its own pushes, above
 * all: a pull after a reconnect returns every one of them) are left out, so RxDB does not read
 * each one's local and last-known state to find nothing to do. Older versions than it holds
 * would be refused anyway (versionGuardStorage). Pages are refilled, since RxDB reads a short
 * page as the end.
 */
export function createPullHandler(params: {
  collection: CollectionName;
  request: SyncRequest;
  versions: VersionLedger;
  /** The session's epoch, if it knows one (else the checkpoint's). */
  epoch: string | undefined;
  /** Called when a pull starts (the resync waits for it). */
  onStarted: () => void;
  /** Keeps how far an empty pull reached (see seenThrough.ts). */
  rememberSeenThrough: (seenThrough: number) => Promise<void>;
}) {
  const { collection, request, versions } = params;
  return async (checkpoint: SyncCheckpoint | undefined, batchSize: number) => {
    params.onStarted();
    const known = params.epoch ?? checkpoint?.epoch;
    const epoch = known ? `&epoch=${encodeURIComponent(known)}` : '';
    const kept: WithDeleted<WireDocument>[] = [];
    let from = checkpoint;
    for (;;) {
      const response = await request(
        `/api/sync/${collection}/pull?seq=${from?.seq ?? 0}&limit=${batchSize}${epoch}${seenThroughParam(from)}`,
      );
      const body = (await response.json()) as {
        documents: WithDeleted<WireDocument>[];
        checkpoint: SyncCheckpoint;
        seenThrough?: number;
      };
      if (body.seenThrough !== undefined && body.documents.length === 0) {
        await params.rememberSeenThrough(body.seenThrough);
      }
      for (const doc of body.documents) {
        if (!versions.holds(doc.id, doc._seq)) kept.push(doc);
      }
      const last = body.documents.at(-1);
      if (body.documents.length < batchSize || kept.length >= batchSize) {
        // RxDB stores no checkpoint for an empty answer: one document held already lets the
        // checkpoint move past the rest.
        if (kept.length === 0 && last) kept.push(last);
        return { documents: kept, checkpoint: body.checkpoint };
      }
      from = body.checkpoint;
    }
  };
}

type PushRow = {
  assumedMasterState?: WithDeleted<WireDocument>;
  newDocumentState: WithDeleted<WireDocument>;
};

/**
 * The push handler of one collection: sends what changed, learns which versions the server
 * wrote (before RxDB records them: from then on older versions are stale), and keeps refused
 * rows as Sync issues.
 */
export function createPushHandler(params: {
  collection: CollectionName;
  request: SyncRequest;
  versions: VersionLedger;
  store: SyncLocalStore;
  rejected: RejectedWrites;
  clock: () => Date;
}) {
  const { collection, request, versions } = params;
  return async (rows: PushRow[]): Promise<WithDeleted<WireDocument>[]> => {
    // A row that changes nothing against the server's state (a conflict settled in the server's
    // favour, a refusal taken back) needs no request and must not loop.
    const changed = rows.filter(
      (row) =>
        !row.assumedMasterState ||
        !sameRecord(collection, row.assumedMasterState, row.newDocumentState),
    );
    if (changed.length === 0) return [];
    const response = await request(`/api/sync/${collection}/push`, {
      method: 'POST',
      body: changed,
    });
    const conflicts = (await response.json()) as WithDeleted<WireDocument>[];
    const conflictIds = new Set(conflicts.map((doc) => doc.id));
    const writtenSeqs = parseWrittenSeqs(response.headers.get(syncHeaders.writtenSeqs));
    const written = changed.filter((row) => !conflictIds.has(row.newDocumentState.id));
    if (writtenSeqs.length === written.length) {
      for (const [index, row] of written.entries()) {
        const { seq, asSent } = writtenSeqs[index] as WrittenSeq;
        versions.learned(row.newDocumentState.id, seq, { held: asSent });
      }
    }
    for (const doc of conflicts) {
      // RxDB records this version as the one the server holds (its base for the merge).
      if (typeof doc._seq === 'number') versions.learned(doc.id, doc._seq, { held: true });
    }
    await recordRejections(
      { store: params.store, rejected: params.rejected, clock: params.clock },
      { collection, header: response.headers.get(syncHeaders.rejections), rows: changed },
    );
    return conflicts;
  };
}
