import type { RxStorageInstanceReplicationState } from 'rxdb';
import { filter, firstValueFrom } from 'rxjs';
import type { WireDocument } from './wireDocument.ts';

/** Resolves once the upstream has no task running or queued (all it holds is pushed). */
export async function upstreamSettled(state: RxStorageInstanceReplicationState<WireDocument>) {
  for (;;) {
    const queue = state.streamQueue.up;
    await queue;
    if (queue === state.streamQueue.up && !state.events.active.up.getValue()) return;
    await firstValueFrom(state.events.active.up.pipe(filter((active) => !active)));
  }
}
