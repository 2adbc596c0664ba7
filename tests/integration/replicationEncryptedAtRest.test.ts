import { indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawIndexedDbText } from '../../src/renderer/data/crypto/rawIndexedDbText.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let devices: Device[] = [];
const clock = testClock();

const canary = {
  email: 'sync.canary.r4@leak-check.example',
  phone: '+86 137 2468 9753',
  notes: 'SYNC-CANARY-NOTE-91d7',
};

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

// The device's copy is encrypted; the server, the company's system of record, keeps plain JSON.
describe('encrypted personal fields through sync', { timeout: 30_000 }, () => {
  it('pushes and pulls plain values while neither device stores them in the clear', async () => {
    const a = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    const b = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(a, b);

    const lead = await a.commands.createLead({ firstName: 'Mei', lastName: 'Zhou', ...canary });
    await a.awaitInSync();
    const [onServer] = await env.server.store.getDocuments('leads', [lead.id]);
    expect(onServer?.data).toMatchObject(canary);
    await expect.poll(() => b.lead(lead.id), { timeout: 5000 }).toMatchObject(canary);

    // An edit on B travels back to A decrypted, and is stored encrypted on both.
    clock.advance();
    await b.commands.updateLead(lead.id, { notes: `${canary.notes} edited on B` });
    await b.awaitInSync();
    await expect
      .poll(() => a.lead(lead.id), { timeout: 5000 })
      .toMatchObject({ notes: `${canary.notes} edited on B` });

    for (const device of [a, b]) {
      // The replicated collection and RxDB's replication state (which keeps the server's copy).
      const raw = await rawIndexedDbText({ indexedDB, match: device.data.db.name });
      expect(raw.text).toContain('Zhou');
      for (const value of Object.values(canary)) expect(raw.text).not.toContain(value);
    }
  });
});
