import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processAdmin, startServerProcess } from '../support/serverProcess.ts';
import type { TeamMember } from '../support/testTeam.ts';
import { type Device, openDevice, testClock } from './replicationDevices.ts';
import { leadDocs } from './replicationLeadDocs.ts';

const total = 1500;
const clock = testClock();

function someLeads(ownerId: string) {
  return leadDocs({
    ownerId,
    count: total,
    at: clock(),
    fields: (i) => ({ lastName: `Crash ${i}`, email: `crash${i}@example.com` }),
  });
}

describe('kill -9 of the server process mid-sync', { timeout: 180_000 }, () => {
  let server: Awaited<ReturnType<typeof startServerProcess>>;
  let admin: TeamMember;
  let token: string;
  const devices: Device[] = [];

  beforeAll(async () => {
    server = await startServerProcess();
    const response = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(processAdmin),
    });
    const body = (await response.json()) as { token: string; user: { id: string } };
    token = body.token;
    admin = { ...processAdmin, id: body.user.id, role: 'admin', teamId: null };
  });
  afterAll(async () => {
    for (const device of devices) await device.close();
    await server.close();
  }, 60_000);

  const serverCount = async () => {
    let seq = 0;
    const ids = new Set<string>();
    for (;;) {
      const response = await fetch(`${server.baseUrl}/api/sync/leads/pull?seq=${seq}&limit=1000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const page = (await response.json()) as {
        documents: Array<{ id: string; _deleted: boolean }>;
        checkpoint: { seq: number };
      };
      for (const doc of page.documents) if (!doc._deleted) ids.add(doc.id);
      if (page.documents.length < 1000) return ids.size;
      seq = page.checkpoint.seq;
    }
  };

  /**
   * A fetch that SIGKILLs the server around the `nth` request matching `path`: 25 ms after it
   * left (`during`: mid-transaction), or once the server answered but before the device reads
   * the answer (`answered`: committed, never acknowledged to the device).
   */
  const killingFetch = (path: string, nth: number, when: 'during' | 'answered') => {
    let seen = 0;
    let killed: Promise<void> | undefined;
    const send: typeof fetch = async (input, init) => {
      if (!String(input).includes(path)) return fetch(input, init);
      seen += 1;
      if (seen !== nth || killed) return fetch(input, init);
      if (when === 'during') {
        killed = new Promise((resolve) => setTimeout(resolve, 25)).then(() => server.kill());
        return fetch(input, init);
      }
      const response = await fetch(input, init);
      await response.arrayBuffer();
      killed = server.kill();
      await killed;
      throw new TypeError('fetch failed: the server went away');
    };
    return { send, killed: () => killed };
  };

  for (const when of ['during', 'answered'] as const) {
    it(`converges after a kill ${when === 'during' ? 'in the middle of' : 'right after'} a push, resending at most one batch`, async () => {
      const before = await serverCount();
      const wire = killingFetch('/api/sync/leads/push', 1, when);
      const device = await openDevice({
        baseUrl: server.baseUrl,
        member: admin,
        clock,
        fetch: wire.send,
      });
      devices.push(device);
      await device.awaitInSync();
      device.connectivity.setOnline(false);
      clock.advance(60);
      const leads = someLeads(admin.id);
      for (let start = 0; start < leads.length; start += 500) {
        await device.data.leads.bulkInsert(leads.slice(start, start + 500));
      }
      device.connectivity.setOnline(true);
      await expect.poll(() => wire.killed() !== undefined, { timeout: 30_000 }).toBe(true);
      await wire.killed();
      await server.start();
      await expect.poll(serverCount, { timeout: 60_000, interval: 500 }).toBe(before + total);
      await device.awaitInSync();
      await expect
        .poll(() => device.status(), { timeout: 45_000 })
        .toMatchObject({ state: 'synced', pendingChanges: 0 });
      // Counted by the restarted server: rows it already had (sent twice) and rows it wrote.
      const again = await server.metric('fieldbook_sync_conflicts_total', 'collection="leads"');
      const written = await server.metric(
        'fieldbook_sync_pushed_documents_total',
        'collection="leads"',
      );
      console.log(
        `kill ${when} a push: the restarted server wrote ${written} rows, got ${again} again`,
      );
      expect(again).toBeLessThanOrEqual(1000);
      expect(written + again).toBeLessThanOrEqual(total + 1000);
      expect(written).toBeLessThanOrEqual(total);
      expect(await device.data.sync.store.listIssues()).toEqual([]);
      expect(await device.data.sync.store.listConflicts()).toEqual([]);
    });
  }

  it('converges after a kill in the middle of a pull', async () => {
    const wire = killingFetch('/api/sync/leads/pull', 2, 'during');
    const device = await openDevice({
      baseUrl: server.baseUrl,
      member: admin,
      clock,
      fetch: wire.send,
    });
    devices.push(device);
    await expect.poll(() => wire.killed() !== undefined, { timeout: 30_000 }).toBe(true);
    await wire.killed();
    await server.start();
    const count = async () => (await device.data.leads.find().exec()).length;
    await expect.poll(count, { timeout: 60_000, interval: 500 }).toBe(total * 2);
    await expect
      .poll(() => device.status(), { timeout: 45_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
    expect(server.starts()).toBe(4);
  });
});
