// A device whose pulls of a collection all came back empty has no pull checkpoint for it (RxDB
// stores none for an empty page), however much it pushed. Offline past the tombstone window it
// must still be told to reset: before the server took `seenThrough` into account it looked like
// a new device, kept a lead deleted elsewhere for good and could push it back. Both stores, since
// they compute the latest seq differently (a sequence row in SQLite, MAX(seq) in PostgreSQL).

import { getLastCheckpointDoc } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Device,
  openDevice,
  startSyncServer,
  testClock,
} from '../integration/replicationDevices.ts';
import { leadDocs } from '../integration/replicationLeadDocs.ts';
import { storeKinds } from '../support/testStores.ts';
import { resetKeepingOfflineEdit } from './resetKeepingOfflineEdit.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;
let env: Env | undefined;
let devices: Device[] = [];
const clock = testClock();

afterEach(async () => {
  for (const device of devices) await device.close();
  devices = [];
  await env?.server.close();
  env = undefined;
});

function newLeads(ownerId: string, count: number) {
  return leadDocs({
    ownerId,
    count,
    at: clock(),
    fields: (i) => ({ lastName: `Pushed ${i}`, email: `pushed${i}@example.com` }),
  });
}

/** The laptop's stored pull checkpoint for leads, as RxDB keeps it. */
async function leadsCheckpoint(device: Device) {
  const state = device.data.sync.handle?.replications.get('leads')?.internalReplicationState;
  if (!state) throw new Error('the device is not replicating leads');
  return (await getLastCheckpointDoc(state, 'down')) as
    | { seq?: number; seenThrough?: number }
    | undefined;
}

describe.each(storeKinds)('a device that has only pushed (%s)', { timeout: 120_000 }, (kind) => {
  it('is told to reset once the tombstone window has passed, exporting its unsynced work', async () => {
    env = await startSyncServer(kind);
    const { server, people, baseUrl } = env;
    let leadPulls = 0;
    const countPulls: typeof fetch = (input, init) => {
      if (String(input).includes('/api/sync/leads/pull')) leadPulls += 1;
      return fetch(input, init);
    };
    const laptop = await openDevice({ baseUrl, member: people.rep1, clock, fetch: countPulls });
    devices.push(laptop);
    // The first pull finds nothing and leaves how far it saw (RxDB may run the pull the live
    // stream asks for on connecting as the same one, so the number of pulls is not the point).
    await expect
      .poll(async () => (await leadsCheckpoint(laptop))?.seenThrough, { timeout: 20_000 })
      .toEqual(expect.any(Number));
    expect(leadPulls).toBeGreaterThanOrEqual(1);
    await laptop.awaitInSync();
    const leads = newLeads(people.rep1.id, 10);
    await laptop.data.leads.bulkInsert(leads);
    await laptop.awaitInSync();
    // The case this proves: documents on the server, and no pull checkpoint on the device.
    const before = await leadsCheckpoint(laptop);
    expect(before?.seq ?? 0).toBe(0);
    expect(before?.seenThrough).toEqual(expect.any(Number));
    laptop.connectivity.setOnline(false);

    const phone = await openDevice({ baseUrl, member: people.rep1, clock });
    devices.push(phone);
    await expect
      .poll(async () => (await phone.data.leads.find().exec()).length, { timeout: 20_000 })
      .toBe(10);
    const gone = leads[1]?.id ?? '';
    await phone.commands.deleteLead(gone);
    await phone.awaitInSync();
    clock.advance(100 * 86_400);
    const mine = await laptop.commands.updateLead(leads[0]?.id ?? '', { notes: 'written offline' });
    // The server drops tombstones older than its window (90 days by default).
    const purged = await server.store.purgeTombstones({
      before: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(purged.purged).toBe(1);

    laptop.connectivity.setOnline(true);
    await resetKeepingOfflineEdit({
      device: laptop,
      store: server.store,
      id: mine.id,
      notes: 'written offline',
      timeout: 15_000,
    });
    await expect
      .poll(async () => (await laptop.data.leads.find().exec()).length, { timeout: 20_000 })
      .toBe(9);
    expect(await laptop.lead(gone)).toBeUndefined();
    await expect
      .poll(() => laptop.status(), { timeout: 15_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
    // A new device after the purge holds nothing anyone deleted: it is never sent to reset.
    const tablet = await openDevice({ baseUrl, member: people.rep1, clock });
    devices.push(tablet);
    await expect
      .poll(async () => (await tablet.data.leads.find().exec()).length, { timeout: 20_000 })
      .toBe(9);
    await expect
      .poll(() => tablet.status(), { timeout: 15_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
  });
});
