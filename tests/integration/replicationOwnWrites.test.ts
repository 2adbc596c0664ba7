import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resyncFromScratch } from '../../src/renderer/data/sync/session.ts';
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

/** A device of rep1 that records how many documents each of its lead pulls brought. */
async function device() {
  const pulled: number[] = [];
  const opened = await openDevice({
    baseUrl: env.baseUrl,
    member: env.people.rep1,
    clock,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/api/sync/leads/pull') && response.ok) {
        const body = (await response.clone().json()) as { documents: unknown[] };
        pulled.push(body.documents.length);
      }
      return response;
    },
  });
  devices.push(opened);
  return { ...opened, pulled };
}

describe("a device's own pushes on its pulls", { timeout: 60_000 }, () => {
  it('are not pulled back after an offline session, while the other device’s edits are', async () => {
    const laptop = await device();
    const phone = await device();
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      ids.push(
        (
          await laptop.commands.createLead({
            lastName: `Lead ${i}`,
            company: 'Acme',
            email: `lead${i}@acme.example`,
          })
        ).id,
      );
    }
    await laptop.awaitInSync();
    await expect.poll(() => phone.lead(ids[29] ?? ''), { timeout: 10_000 }).toBeDefined();

    laptop.connectivity.setOnline(false);
    await expect.poll(() => laptop.status().state).toBe('offline');
    clock.advance();
    for (const id of ids) await laptop.commands.updateLead(id, { notes: 'visited offline' });
    clock.advance();
    await phone.commands.updateLead(ids[0] ?? '', { phone: '+49 30 1234567' });
    await phone.awaitInSync();

    const before = laptop.pulled.length;
    laptop.connectivity.setOnline(true);
    await expect.poll(() => laptop.status().pendingChanges, { timeout: 10_000 }).toBe(0);
    await laptop.awaitInSync();
    await expect
      .poll(() => laptop.lead(ids[0] ?? ''), { timeout: 10_000 })
      .toMatchObject({ notes: 'visited offline', phone: '+49 30 1234567' });
    // The reconnect pull brought the phone's edit (merged on the server's side as a conflict or
    // pulled), never the laptop's own 30 edits back.
    const after = laptop.pulled.slice(before);
    expect(after.reduce((sum, n) => sum + n, 0)).toBeLessThan(5);
    await expect
      .poll(() => phone.lead(ids[29] ?? ''), { timeout: 10_000 })
      .toMatchObject({ notes: 'visited offline' });
  });

  it('are pulled again when the device empties its copy and syncs from scratch', async () => {
    const laptop = await device();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        (
          await laptop.commands.createLead({
            lastName: `Lead ${i}`,
            company: 'Acme',
            email: `lead${i}@acme.example`,
          })
        ).id,
      );
    }
    await laptop.awaitInSync();

    // Same sign-in (same token), local data gone: everything it pushed must come back.
    await resyncFromScratch(laptop.data);
    await expect
      .poll(async () => (await laptop.data.leads.find().exec()).length, { timeout: 10_000 })
      .toBe(5);
    await laptop.awaitInSync();
    for (const id of ids) expect(await laptop.lead(id)).toMatchObject({ company: 'Acme' });
  });
});
