import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatusSnapshot } from '../../src/renderer/data/sync/syncStatus.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let devices: Device[] = [];
const clock = testClock();

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

/** Counts the rows of push requests the server has answered, i.e. acknowledged. */
function acknowledgingFetch() {
  let acknowledged = 0;
  const send: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (String(input).endsWith('/push') && response.ok && typeof init?.body === 'string') {
      acknowledged += (JSON.parse(init.body) as unknown[]).length;
    }
    return response;
  };
  return { send, acknowledged: () => acknowledged };
}

describe('pending local changes under load', { timeout: 60_000 }, () => {
  it('counts a bulk of offline edits at once and never reads fewer than the server has not acknowledged', async () => {
    const wire = acknowledgingFetch();
    const device = await openDevice({
      baseUrl: env.baseUrl,
      member: env.people.rep1,
      clock,
      fetch: wire.send,
    });
    devices.push(device);
    const total = 120;
    for (let i = 0; i < total; i += 1) {
      await device.commands.createLead({ lastName: `Lead ${i}`, email: `lead${i}@example.com` });
    }
    await device.awaitInSync();
    await expect.poll(() => device.status().pendingChanges, { timeout: 5000 }).toBe(0);

    device.connectivity.setOnline(false);
    await expect.poll(() => device.status().state).toBe('offline');
    clock.advance();
    const docs = await device.data.leads.find().exec();
    const at = clock().toISOString();
    await device.data.leads.bulkUpsert(
      docs.map((doc) => ({ ...doc.toMutableJSON(), notes: 'edited offline', updatedAt: at })),
    );
    await Promise.resolve();
    // No timer, no database read: the count follows the write itself.
    expect(device.status().pendingChanges).toBe(total);

    const ackedBeforePush = wire.acknowledged();
    const violations: string[] = [];
    const seen: SyncStatusSnapshot[] = [];
    const unsubscribe = device.data.sync.status.subscribe(() => {
      const snapshot = device.data.sync.status.get();
      seen.push(snapshot);
      const unacknowledged = Math.max(0, total - (wire.acknowledged() - ackedBeforePush));
      if (snapshot.pendingChanges < unacknowledged) {
        violations.push(`${snapshot.state}: ${snapshot.pendingChanges} < ${unacknowledged}`);
      }
    });
    device.connectivity.setOnline(true);
    // One more edit while the push is under way must stay pending until it is pushed too.
    clock.advance();
    const first = docs[0];
    if (!first) throw new Error('no leads');
    await device.commands.updateLead(first.id, { notes: 'edited during the push' });
    await device.awaitInSync();
    await expect
      .poll(() => device.status(), { timeout: 10_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
    unsubscribe();

    expect(violations).toEqual([]);
    expect(seen.some((snapshot) => snapshot.pendingChanges > 0)).toBe(true);
    const stored = await env.server.store.getDocuments(
      'leads',
      docs.map((doc) => doc.id),
    );
    expect(stored).toHaveLength(total);
    expect(stored.find((doc) => doc.id === first.id)?.data.notes).toBe('edited during the push');
    expect(stored.filter((doc) => doc.data.notes === 'edited offline')).toHaveLength(total - 1);
  });

  it('counts a change made offline at once, and the idle recount agrees', async () => {
    const device = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(device);
    device.connectivity.setOnline(false);
    await expect.poll(() => device.status().state).toBe('offline');
    await device.commands.createLead({ lastName: 'Offline', email: 'offline@example.com' });
    await Promise.resolve();
    expect(device.status().pendingChanges).toBe(1);
    // The exact recount that runs while idle agrees with the events.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(device.status().pendingChanges).toBe(1);
    device.connectivity.setOnline(true);
    await device.awaitInSync();
    await expect
      .poll(() => device.status(), { timeout: 10_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
  });
});
