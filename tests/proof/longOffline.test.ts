import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Device,
  openDevice,
  startSyncServer,
  testClock,
} from '../integration/replicationDevices.ts';
import { leadDocs } from '../integration/replicationLeadDocs.ts';
import { resetKeepingOfflineEdit } from './resetKeepingOfflineEdit.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;
let env: Env;
let devices: Device[] = [];
const clock = testClock();
// CI: 300 leads x 10 passes = 3,000 edits; `npm run soak` sets 1,000 leads (10,000 edits).
const offlineLeads = Number(process.env.FIELDBOOK_PROOF_OFFLINE_LEADS ?? 300);

beforeEach(async () => {
  env = await startSyncServer();
});
afterEach(async () => {
  for (const device of devices) await device.close();
  devices = [];
  await env.server.close();
});

async function twoDevices() {
  const laptop = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
  const phone = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
  devices.push(laptop, phone);
  return { laptop, phone };
}

function newLeads(count: number) {
  return leadDocs({
    ownerId: env.people.rep1.id,
    count,
    at: clock(),
    fields: (i) => ({ lastName: `Offline ${i}`, email: `offline${i}@example.com`, notes: '' }),
  });
}

// 10,000 edits took 117-173 s on the busy 2-core machine (3,000: 44 s), so the soak size gets room.
const convergeTimeoutMs = offlineLeads > 300 ? 600_000 : 180_000;

describe('long offline periods', { timeout: 180_000 }, () => {
  it(`converges after 14 days offline with ${offlineLeads * 10} edits, merging the other device’s work`, {
    timeout: convergeTimeoutMs,
  }, async () => {
    console.log(
      `long offline: ${offlineLeads} leads x 10 passes (FIELDBOOK_PROOF_OFFLINE_LEADS=1000 for 10,000 edits)`,
    );
    const { laptop, phone } = await twoDevices();
    const leads = newLeads(offlineLeads);
    await laptop.data.leads.bulkInsert(leads);
    await laptop.awaitInSync();
    await expect
      .poll(async () => (await phone.data.leads.find().exec()).length, { timeout: 30_000 })
      .toBe(offlineLeads);

    laptop.connectivity.setOnline(false);
    // 14 days of work: ten passes over every lead, one edit each.
    for (let pass = 1; pass <= 10; pass += 1) {
      clock.advance((14 * 86_400) / 10);
      const at = clock().toISOString();
      const docs = await laptop.data.leads.find().exec();
      await laptop.data.leads.bulkUpsert(
        docs.map((doc) => ({ ...doc.toMutableJSON(), notes: `pass ${pass}`, updatedAt: at })),
      );
    }
    // Meanwhile the phone changes other fields of some leads and deletes a few.
    clock.advance();
    const phoneDocs = (await phone.data.leads.find().exec()).slice(0, 100);
    await phone.data.leads.bulkUpsert(
      phoneDocs.map((doc) => ({
        ...doc.toMutableJSON(),
        title: 'Buyer',
        updatedAt: clock().toISOString(),
      })),
    );
    await phone.awaitInSync();

    laptop.connectivity.setOnline(true);
    await expect
      .poll(() => laptop.status(), { timeout: 120_000, interval: 500 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
    const view = (
      await env.server.store.pull({
        collection: 'leads',
        afterSeq: 0,
        limit: 5000,
        access: { kind: 'all' },
      })
    ).documents;
    expect(view).toHaveLength(offlineLeads);
    expect(view.every((doc) => doc.data.notes === 'pass 10')).toBe(true);
    expect(view.filter((doc) => doc.data.title === 'Buyer')).toHaveLength(100);
    for (const device of [laptop, phone]) {
      await expect
        .poll(
          async () =>
            (await device.data.leads.find().exec()).filter(
              (doc) =>
                doc.notes === 'pass 10' &&
                (doc.title === 'Buyer') === phoneDocs.some((p) => p.id === doc.id),
            ).length,
          { timeout: 30_000, interval: 500 },
        )
        .toBe(offlineLeads);
    }
  });

  it('tells a device offline past the tombstone window to reset, exporting its unsynced work first', async () => {
    const { laptop, phone } = await twoDevices();
    const leads = newLeads(20);
    await laptop.data.leads.bulkInsert(leads);
    await laptop.awaitInSync();
    await expect
      .poll(async () => (await phone.data.leads.find().exec()).length, { timeout: 10_000 })
      .toBe(20);
    // The laptop has pulled something of someone else's, so it holds a pull checkpoint (a device
    // that has only pushed is proven in pushOnlyDevice.test.ts).
    const fromPhone = await phone.commands.createLead({ lastName: 'Phone', email: 'p@x.example' });
    await expect.poll(() => laptop.lead(fromPhone.id), { timeout: 10_000 }).toBeDefined();
    laptop.connectivity.setOnline(false);
    clock.advance(100 * 86_400);
    const mine = await laptop.commands.updateLead(leads[0]?.id ?? '', { notes: 'written offline' });
    const gone = leads[1]?.id ?? '';
    await phone.commands.deleteLead(gone);
    await phone.awaitInSync();
    // The server drops tombstones older than its window (90 days by default).
    const purged = await env.server.store.purgeTombstones({
      before: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(purged.purged).toBe(1);

    laptop.connectivity.setOnline(true);
    await resetKeepingOfflineEdit({
      device: laptop,
      store: env.server.store,
      id: mine.id,
      notes: 'written offline',
      timeout: 10_000,
    });
    await expect
      .poll(async () => (await laptop.data.leads.find().exec()).length, { timeout: 20_000 })
      .toBe(20);
    expect(await laptop.lead(gone)).toBeUndefined();
    await expect
      .poll(() => laptop.status(), { timeout: 10_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
  });
});
