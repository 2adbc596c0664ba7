import { indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawIndexedDbText } from '../../src/renderer/data/crypto/rawIndexedDbText.ts';
import { reapplyConflict } from '../../src/renderer/data/sync/reapplyConflict.ts';
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
// What lands in the Sync issues / Conflicts store: a losing note and a refused write's values.
const inboxCanary = {
  lostNote: 'INBOX-CANARY-LOST-NOTE-3b6e',
  keptNote: 'INBOX-CANARY-KEPT-NOTE-f05a',
  refusedEmail: 'refused.canary.q8@leak-check.example',
  refusedPhone: '+86 136 1357 2468',
};

async function expectNoPlainText(device: Device, values: Record<string, string>) {
  // The replicated collection, RxDB's replication state and the fieldbook-local-* inbox store.
  const raw = await rawIndexedDbText({ indexedDB, match: device.data.db.name });
  expect(raw.databases).toContain(`fieldbook-local-${device.data.db.name}`);
  expect(raw.text).toContain('Zhou');
  for (const value of Object.values(values)) expect(raw.text).not.toContain(value);
}

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

    for (const device of [a, b]) await expectNoPlainText(device, canary);
  });

  // A browser (and Electron) keeps fetched answers in its HTTP cache on disk unless told not to.
  it('tells clients not to keep pulled records or the live stream in an HTTP cache', async () => {
    const token = await env.server.login(env.people.rep1.email, env.people.rep1.password);
    const headers = { authorization: `Bearer ${token}` };
    const pulled = await fetch(`${env.baseUrl}/api/sync/leads/pull?seq=0&limit=10`, { headers });
    expect(pulled.status).toBe(200);
    expect(pulled.headers.get('cache-control')).toBe('no-store');
    const controller = new AbortController();
    const stream = await fetch(`${env.baseUrl}/api/sync/stream`, {
      headers,
      signal: controller.signal,
    });
    controller.abort();
    expect(stream.headers.get('cache-control')).toMatch(/^no-store\b/);
  });

  it('keeps a losing value and a refused write out of the raw inbox store, and shows them', async () => {
    const a = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    const b = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(a, b);
    const lead = await a.commands.createLead({ firstName: 'Mei', lastName: 'Zhou', ...canary });
    await a.awaitInSync();
    await expect.poll(() => b.lead(lead.id), { timeout: 5000 }).toMatchObject(canary);

    // Both edit the note offline; A syncs first, so B's note wins and A's lands in B's inbox.
    a.connectivity.setOnline(false);
    b.connectivity.setOnline(false);
    clock.advance();
    await a.commands.updateLead(lead.id, { notes: inboxCanary.lostNote });
    clock.advance();
    await b.commands.updateLead(lead.id, { notes: inboxCanary.keptNote });
    a.connectivity.setOnline(true);
    await a.awaitInSync();
    b.connectivity.setOnline(true);
    await b.awaitInSync();
    const [conflict] = await b.data.sync.store.listConflicts();
    expect(conflict).toMatchObject({
      docId: lead.id,
      path: 'notes',
      lostValue: inboxCanary.lostNote,
      keptValue: inboxCanary.keptNote,
    });

    // A rep may not give a lead away: the server refuses, the entered values become an issue.
    clock.advance();
    const refused = await b.commands.createLead({
      firstName: 'Jun',
      lastName: 'Zhou',
      email: inboxCanary.refusedEmail,
      phone: inboxCanary.refusedPhone,
    });
    const doc = await b.data.leads.findOne(refused.id).exec();
    await doc?.incrementalPatch({ ownerId: env.people.rep3.id });
    await expect
      .poll(async () => (await b.data.sync.store.listIssues()).map((issue) => issue.docId), {
        timeout: 5000,
      })
      .toEqual([refused.id]);
    const [issue] = await b.data.sync.store.listIssues();
    expect(issue?.values).toMatchObject({
      email: inboxCanary.refusedEmail,
      phone: inboxCanary.refusedPhone,
    });
    await b.awaitInSync();
    await expectNoPlainText(b, { ...canary, ...inboxCanary });

    // Re-applying the sealed losing value still works and reaches the other device.
    clock.advance();
    await reapplyConflict(b.data, conflict?.id ?? '');
    expect(await b.data.sync.store.listConflicts()).toEqual([]);
    await expect
      .poll(() => a.lead(lead.id), { timeout: 5000 })
      .toMatchObject({ notes: inboxCanary.lostNote });
  });
});
