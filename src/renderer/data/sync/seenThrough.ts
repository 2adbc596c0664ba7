import { setCheckpoint } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';

/**
 * How far a device without a pull checkpoint has seen the server's store. RxDB stores a
 * checkpoint only for a pull page with documents, so a device that has only pushed keeps none
 * and would look new to the server, which then could not tell it to reset after deletions it
 * missed were purged. The server's answer to an empty pull says how far it reached; kept in the
 * replication's own down checkpoint, it goes with the replication (a reset removes it) and is
 * sent with the next pull from scratch.
 */
type SeenThroughCheckpoint = { seq?: number; seenThrough?: number };

/** The pull query parameter for `checkpoint` (empty once RxDB stored a real checkpoint). */
export function seenThroughParam(checkpoint: SeenThroughCheckpoint | undefined): string {
  if (!checkpoint || (checkpoint.seq ?? 0) > 0 || checkpoint.seenThrough === undefined) return '';
  return `&seenThrough=${checkpoint.seenThrough}`;
}

/**
 * Merges `seenThrough` into the stored down checkpoint. RxDB's setCheckpoint stacks it onto what
 * is stored, so a seq the live stream stored meanwhile is kept, never moved back.
 */
export async function rememberSeenThrough<Doc, Checkpoint extends SeenThroughCheckpoint>(
  replication: RxReplicationState<Doc, Checkpoint>,
  seenThrough: number,
): Promise<void> {
  const state = replication.internalReplicationState;
  if (!state) return;
  await setCheckpoint<Doc, SeenThroughCheckpoint>(state, 'down', { seenThrough });
}
