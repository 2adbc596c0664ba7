import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reapplyConflict } from '../../src/renderer/data/sync/reapplyConflict.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let devices: Device[] = [];
const clock = testClock();

async function device(
  member: keyof Env['people'],
  collections?: Parameters<typeof openDevice>[0]['collections'],
) {
  const opened = await openDevice({
    baseUrl: env.baseUrl,
    member: env.people[member],
    clock,
    ...(collections ? { collections } : {}),
  });
  devices.push(opened);
  return opened;
}

const anna = {
  firstName: 'Anna',
  lastName: 'Schmidt',
  company: 'Acme GmbH',
  email: 'anna@acme.example',
};

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

describe('replication through the real server', { timeout: 30_000 }, () => {
  it('converges offline edits from two devices and puts the losing value in the Conflicts inbox', async () => {
    const a = await device('rep1');
    const b = await device('rep1');
    const lead = await a.commands.createLead(anna);
    await a.awaitInSync();
    await expect
      .poll(() => b.lead(lead.id), { timeout: 5000 })
      .toMatchObject({ company: 'Acme GmbH' });

    a.connectivity.setOnline(false);
    b.connectivity.setOnline(false);
    await expect.poll(() => a.status().state).toBe('offline');
    clock.advance();
    await a.commands.updateLead(lead.id, { company: 'Acme AG', notes: 'from A' });
    clock.advance();
    await b.commands.updateLead(lead.id, { phone: '+49 30 1234567', notes: 'from B' });
    await expect.poll(() => a.status().pendingChanges, { timeout: 5000 }).toBe(1);

    a.connectivity.setOnline(true);
    await a.awaitInSync();
    b.connectivity.setOnline(true);
    await b.awaitInSync();
    await a.awaitInSync();

    const expected = { company: 'Acme AG', phone: '+49 30 1234567', notes: 'from B' };
    await expect.poll(() => a.lead(lead.id), { timeout: 5000 }).toMatchObject(expected);
    await expect.poll(() => b.lead(lead.id), { timeout: 5000 }).toMatchObject(expected);
    const conflicts = await b.data.sync.store.listConflicts();
    expect(conflicts).toEqual([
      expect.objectContaining({
        docId: lead.id,
        path: 'notes',
        lostValue: 'from A',
        keptValue: 'from B',
        kept: 'local',
      }),
    ]);
    await expect
      .poll(() => a.status(), { timeout: 5000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });

    // Re-applying the losing value is a normal edit that reaches the other device.
    clock.advance();
    await reapplyConflict(b.data, conflicts[0]?.id ?? '');
    expect(await b.data.sync.store.listConflicts()).toEqual([]);
    await expect.poll(() => a.lead(lead.id), { timeout: 5000 }).toMatchObject({ notes: 'from A' });
  });

  it('propagates deletions live', async () => {
    const a = await device('rep1');
    const b = await device('rep1');
    const lead = await a.commands.createLead(anna);
    await expect.poll(() => b.lead(lead.id), { timeout: 5000 }).toBeDefined();
    clock.advance();
    await a.commands.deleteLead(lead.id);
    await expect.poll(() => b.lead(lead.id), { timeout: 5000 }).toBeUndefined();
  });

  it("removes a reassigned lead from the old owner's device and brings it to the new owner", async () => {
    const rep1 = await device('rep1');
    const rep2 = await device('rep2');
    const manager = await device('manager');
    const lead = await rep1.commands.createLead(anna);
    await expect.poll(() => manager.lead(lead.id), { timeout: 5000 }).toBeDefined();
    clock.advance();
    const doc = await manager.data.leads.findOne(lead.id).exec();
    await doc?.incrementalPatch({ ownerId: env.people.rep2.id, updatedAt: clock().toISOString() });
    await expect.poll(() => rep1.lead(lead.id), { timeout: 5000 }).toBeUndefined();
    await expect
      .poll(() => rep2.lead(lead.id), { timeout: 5000 })
      .toMatchObject({ ownerId: env.people.rep2.id });
    expect(await rep1.data.sync.store.listIssues()).toEqual([]);
  });

  it('shows refused writes in Sync issues with their values and converges without looping', async () => {
    const rep = await device('rep1');
    const lead = await rep.commands.createLead(anna);
    await rep.awaitInSync();
    clock.advance();
    // A rep may not give a lead away, nor create one for someone in another team.
    const doc = await rep.data.leads.findOne(lead.id).exec();
    await doc?.incrementalPatch({ ownerId: env.people.rep2.id, updatedAt: clock().toISOString() });
    const foreign = await rep.commands.createLead({ company: 'Globex', phone: '+1 212 555 0100' });
    const foreignDoc = await rep.data.leads.findOne(foreign.id).exec();
    await foreignDoc?.incrementalPatch({ ownerId: env.people.rep3.id });

    await expect
      .poll(async () => (await rep.data.sync.store.listIssues()).length, { timeout: 5000 })
      .toBe(2);
    const issues = await rep.data.sync.store.listIssues();
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          docId: lead.id,
          code: 'forbidden',
          values: expect.objectContaining({ ownerId: env.people.rep2.id }),
        }),
        expect.objectContaining({
          docId: foreign.id,
          code: 'forbidden',
          values: expect.objectContaining({ company: 'Globex', ownerId: env.people.rep3.id }),
        }),
      ]),
    );
    await rep.awaitInSync();
    await expect
      .poll(() => rep.lead(lead.id), { timeout: 5000 })
      .toMatchObject({ ownerId: env.people.rep1.id });
    await expect.poll(() => rep.lead(foreign.id), { timeout: 5000 }).toBeUndefined();
    const pushesAfterSettling = rep.pushes();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(rep.pushes()).toBe(pushesAfterSettling);
    expect(await rep.data.sync.store.listIssues()).toHaveLength(2);
    await expect
      .poll(() => rep.status(), { timeout: 5000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
  });

  it('gives pulled leads their sort keys, so they sort and are found by search', async () => {
    const a = await device('rep1');
    const b = await device('rep1');
    const first = await a.commands.createLead(anna);
    const second = await a.commands.createLead({
      company: '北京红叶贸易',
      lastName: '张',
      email: 'zhang@hongye.example',
    });
    await expect
      .poll(async () => (await b.data.leads.find().exec()).length, { timeout: 5000 })
      .toBe(2);
    const pulled = await b.lead(first.id);
    expect(pulled).toMatchObject({ companyKey: 'acme gmbh', lastNameKey: 'schmidt', eventKey: '' });
    const byCompany = await b.data.leads
      .find({ selector: {}, sort: [{ companyKey: 'asc' }] })
      .exec();
    expect(byCompany.map((doc) => doc.id)).toEqual([first.id, second.id]);
    await b.data.leadSearch.start();
    expect(b.data.leadSearch.search('acme')).toEqual([first.id]);
    expect(b.data.leadSearch.search('红叶')).toEqual([second.id]);
  });
});
