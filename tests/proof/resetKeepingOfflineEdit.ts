import { expect } from 'vitest';
import { resyncFromScratch } from '../../src/renderer/data/sync/session.ts';
import type { Store } from '../../src/server/store/Store.ts';
import type { Device } from '../integration/replicationDevices.ts';

/**
 * Waits until `device` is told to reset (past the tombstone window), resets it from scratch and
 * checks that its offline edit of lead `id` (notes set to `notes`) is never lost: exported, or
 * already on the server because its push went out before the pull was refused.
 */
export async function resetKeepingOfflineEdit(params: {
  device: Device;
  store: Store;
  id: string;
  notes: string;
  timeout: number;
}): Promise<void> {
  const { device, id, notes } = params;
  await expect
    .poll(() => device.status(), { timeout: params.timeout })
    .toMatchObject({ state: 'error', error: 'resync_required' });
  const exported = JSON.parse(await resyncFromScratch(device.data)) as {
    changes: { leads?: Array<{ id: string; notes: string }> };
  };
  const [stored] = await params.store.getDocuments('leads', [id]);
  if (stored?.data.notes === notes) {
    expect(exported.changes.leads ?? []).toEqual([]);
  } else {
    expect(exported.changes.leads).toEqual([expect.objectContaining({ id, notes })]);
  }
}
