import type { RxStorageInstanceReplicationState } from 'rxdb';
import type { WireDocument } from './wireDocument.ts';

/**
 * Resolves once the downstream has run every task it was handed. A task handed over now reaches
 * RxDB's queue only after its stream operators ran, hence the macrotask before looking.
 */
export async function downstreamSettled(state: RxStorageInstanceReplicationState<WireDocument>) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (;;) {
    const queue = state.streamQueue.down;
    await queue;
    if (queue === state.streamQueue.down) return;
  }
}
