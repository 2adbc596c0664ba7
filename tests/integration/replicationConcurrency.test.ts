import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';
import { leadDocs } from './replicationLeadDocs.ts';

let env: Awaited<ReturnType<typeof startSyncServer>>;
let devices: Device[] = [];
const clock = testClock();
const perWriter = 1500;

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

function leadsFor(ownerId: string, prefix: string) {
  return leadDocs({
    ownerId,
    count: perWriter,
    at: clock(),
    fields: (i) => ({
      lastName: `${prefix} ${i}`,
      company: `${prefix} Company ${i}`,
      email: `${prefix.toLowerCase()}${i}@example.com`,
    }),
  });
}

it('two clients push thousands of leads while a third pulls live; every client ends with all', async () => {
  const rep1 = env.people.rep1;
  const writerA = await openDevice({ baseUrl: env.baseUrl, member: rep1, clock });
  const writerB = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep2, clock });
  const reader = await openDevice({ baseUrl: env.baseUrl, member: env.people.manager, clock });
  devices.push(writerA, writerB, reader);
  await reader.awaitInSync();
  const batchA = leadsFor(rep1.id, 'Alpha');
  const batchB = leadsFor(env.people.rep2.id, 'Beta');
  // Written in slices, as people and imports write, while both replicate concurrently.
  await Promise.all(
    [
      [writerA, batchA],
      [writerB, batchB],
    ].map(async ([device, docs]) => {
      const d = device as Device;
      const list = docs as typeof batchA;
      for (let start = 0; start < list.length; start += 250) {
        await d.data.leads.bulkInsert(list.slice(start, start + 250));
      }
    }),
  );
  const total = perWriter * 2;
  const count = async (device: Device) => (await device.data.leads.find().exec()).length;
  await expect.poll(() => count(reader), { timeout: 60_000, interval: 500 }).toBe(total);
  await writerA.awaitInSync();
  await writerB.awaitInSync();
  // Reps see only their own leads; the manager sees the whole team.
  expect(await count(writerA)).toBe(perWriter);
  expect(await count(writerB)).toBe(perWriter);
  await expect
    .poll(() => reader.status(), { timeout: 10_000 })
    .toMatchObject({ state: 'synced', pendingChanges: 0 });
  expect(await writerA.data.sync.store.listIssues()).toEqual([]);
  const ids = new Set((await reader.data.leads.find().exec()).map((doc) => doc.id));
  for (const doc of [...batchA, ...batchB]) expect(ids.has(doc.id)).toBe(true);
}, 180_000);
