import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatusSnapshot } from '../../src/renderer/data/sync/syncStatus.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { newId } from '../../src/shared/ids/newId.ts';
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

/** `count` of rep1's leads stored on the server, as another device would have pushed them. */
async function leadsOnServer(count: number, from: number) {
  const owner = env.people.rep1;
  const { eventId: _event, ...template } = exampleRecords.leads;
  await env.server.store.write(async (tx) => {
    for (let i = from; i < from + count; i += 1) {
      const lead = {
        ...template,
        id: newId(Date.parse('2026-11-01T08:00:00.000Z') + i),
        ownerId: owner.id,
        lastName: `Lead ${i}`,
        email: `lead${i}@example.com`,
      };
      await tx.putDocument({
        collection: 'leads',
        id: lead.id,
        ownerId: owner.id,
        teamId: owner.teamId,
        deleted: false,
        data: lead,
      });
    }
  });
}

/** Every status the device publishes from now on. */
function recordStatuses(device: Device) {
  const seen: SyncStatusSnapshot[] = [device.status()];
  const stop = device.data.sync.status.subscribe(() => seen.push(device.status()));
  return { seen, stop };
}

describe('the first download of the team’s data', { timeout: 60_000 }, () => {
  it('reports how many records are stored until the first pull is done, and then no more', async () => {
    await leadsOnServer(2_500, 0);
    const device = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(device);
    const first = recordStatuses(device);
    await device.awaitInSync();
    await expect.poll(() => device.status().state).toBe('synced');
    first.stop();

    // The count is of documents stored on the device (pages of up to 1,000): it grows while it
    // is syncing and reaches all 2,500 before the first sync is done.
    const counts = first.seen.flatMap((status) =>
      status.downloading === undefined ? [] : [status.downloading],
    );
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(counts.at(-1)).toBe(2_500);
    for (const status of first.seen) {
      if (status.downloading !== undefined) expect(status.state).toBe('syncing');
    }
    expect(device.status().downloading).toBeUndefined();
    expect(await device.data.leads.count().exec()).toBe(2_500);

    // Later changes arrive as ordinary sync, not as a download: the screens are complete.
    const later = recordStatuses(device);
    await leadsOnServer(1_200, 2_500);
    device.data.sync.handle?.syncNow();
    await expect.poll(() => device.data.leads.count().exec(), { timeout: 20_000 }).toBe(3_700);
    later.stop();
    expect(later.seen.filter((status) => status.downloading !== undefined)).toEqual([]);
  });
});
