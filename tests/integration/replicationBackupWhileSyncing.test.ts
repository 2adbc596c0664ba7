import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import {
  backupSqliteStore,
  restoreSqliteStore,
  sqliteStorePath,
} from '../../src/server/cli/sqliteBackup.ts';
import { openSqliteStore } from '../../src/server/store/SqliteStore.ts';
import type { Store } from '../../src/server/store/Store.ts';
import { seedTestTeam } from '../support/testTeam.ts';
import { type Device, openDevice } from './replicationDevices.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// replicationRestore.test.ts proves one device re-pushes after a restore; this adds the online
// backup itself racing three devices that push continuously.
describe('backup while three devices push, then restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-backup-sync-'));
  const dataDir = join(dir, 'data');
  let store: Store | undefined;
  let app: FastifyInstance | undefined;
  const devices: Device[] = [];

  afterEach(async () => {
    for (const device of devices) await device.close();
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function serve(port: number) {
    store = openSqliteStore({ path: sqliteStorePath(dataDir) });
    await store.migrate();
    app = await buildApp({ store, loginRateLimitPerMinute: 1000 });
    await app.listen({ port, host: '127.0.0.1' });
    return (app.server.address() as AddressInfo).port;
  }

  /** Every lead the server holds, as id → notes. */
  async function serverLeads(): Promise<Map<string, unknown>> {
    const page = await (store as Store).pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 10_000,
      access: { kind: 'all' },
    });
    return new Map(
      page.documents.filter((doc) => !doc.deleted).map((doc) => [doc.id, doc.data.notes]),
    );
  }
  async function deviceLeads(device: Device): Promise<Map<string, unknown>> {
    const docs = await device.data.leads.find().exec();
    return new Map(docs.map((doc) => [doc.id, doc.toJSON().notes]));
  }

  it('takes a consistent snapshot mid-push; after restore the devices re-push and nothing acknowledged is lost', async () => {
    const port = await serve(0);
    const people = await seedTestTeam(store as Store);
    const clock = () => new Date();
    const baseUrl = `http://127.0.0.1:${port}`;
    for (const member of [people.rep1, people.rep2, people.rep3]) {
      devices.push(await openDevice({ baseUrl, member, clock }));
    }

    // Each device keeps creating leads while the backup is taken in the middle.
    let backupTaken = false;
    const backup = join(dir, 'backup.db');
    const pushing = devices.map(async (device, index) => {
      const created: string[] = [];
      for (let n = 0; n < 15; n += 1) {
        const lead = await device.commands.createLead({
          firstName: `Lead ${index}-${n}`,
          company: `公司 ${index}`,
          email: `lead${index}.${n}@example.com`,
        });
        created.push(lead.id);
        await sleep(25);
      }
      return created;
    });
    const backupWhilePushing = (async () => {
      await expect
        .poll(async () => (await serverLeads()).size, { timeout: 20_000 })
        .toBeGreaterThan(5);
      backupSqliteStore({ dataDir, target: backup });
      backupTaken = true;
    })();
    const createdPerDevice = await Promise.all(pushing);
    await backupWhilePushing;
    expect(backupTaken).toBe(true);

    // Acknowledged after the backup: an edit of a lead the backup may hold, and one more lead each.
    for (const [index, device] of devices.entries()) {
      const first = createdPerDevice[index]?.[0] ?? '';
      await device.commands.updateLead(first, { notes: `edited after the backup ${index}` });
      await device.commands.createLead({
        firstName: `Late ${index}`,
        company: '晚到的公司',
        phone: `+86 138 0000 000${index}`,
      });
    }
    await Promise.all(devices.map((device) => device.awaitInSync()));
    const acknowledged = await serverLeads();
    expect(acknowledged.size).toBe(devices.length * 16);

    // The snapshot is a consistent store on its own, holding part of the leads.
    const snapshot = new DatabaseSync(backup, { readOnly: true });
    const inBackup = snapshot
      .prepare("SELECT id, data FROM documents WHERE collection = 'leads'")
      .all()
      .map((row) => ({ id: String(row.id), data: JSON.parse(String(row.data)) as object }));
    const integrity = snapshot.prepare('PRAGMA integrity_check').get();
    snapshot.close();
    expect(integrity?.integrity_check).toBe('ok');
    expect(inBackup.length).toBeGreaterThan(5);
    // Taken while the first 45 leads were still arriving, not after.
    expect(inBackup.length).toBeLessThan(devices.length * 15);
    for (const row of inBackup) expect(acknowledged.has(row.id)).toBe(true);

    await app?.close();
    await store?.close();
    restoreSqliteStore({
      dataDir,
      source: backup,
      newEpoch: 'restored-after-backup-while-syncing',
    });
    await serve(port);
    expect((await serverLeads()).size).toBe(inBackup.length);

    await expect
      .poll(async () => [...(await serverLeads()).entries()].sort(), {
        timeout: 45_000,
        interval: 250,
      })
      .toEqual([...acknowledged.entries()].sort());
    await Promise.all(devices.map((device) => device.awaitInSync()));
    const restored = await serverLeads();
    for (const [index, device] of devices.entries()) {
      const held = await deviceLeads(device);
      expect(held.size).toBe(16);
      for (const [id, notes] of held) expect(restored.get(id)).toEqual(notes);
      expect(held.get(createdPerDevice[index]?.[0] ?? '')).toBe(`edited after the backup ${index}`);
    }
  }, 90_000);
});
