import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLeadCommands } from '../../src/renderer/data/leads/leadCommands.ts';
import type { FieldbookData } from '../../src/renderer/data/openFieldbookData.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

// Found by the randomized sync model (tests/proof/syncModel.test.ts): an edit whose write met a
// deletion that sync had just brought in was written onto the tombstone and reported as saved.

let env: Awaited<ReturnType<typeof startSyncServer>>;
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

/**
 * The device's data, with lead reads that hold their result until `release`: the command has
 * read the lead and not yet written it, which is where sync can land a change.
 */
function heldAfterRead(data: FieldbookData) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let read: () => void = () => undefined;
  const wasRead = new Promise<void>((resolve) => {
    read = resolve;
  });
  const leads = new Proxy(data.leads, {
    get(target, property) {
      if (property === 'findOne') {
        return (id: string) => ({
          exec: async () => {
            const doc = await target.findOne(id).exec();
            read();
            await released;
            return doc;
          },
        });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { data: { ...data, leads }, release, wasRead };
}

describe('a lead deleted on another device while this device is saving an edit of it', () => {
  it('refuses the edit instead of reporting a save that sync then loses', async () => {
    const laptop = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    const phone = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(laptop, phone);
    const lead = await laptop.commands.createLead({ lastName: 'Gone', email: 'gone@x.example' });
    await laptop.awaitInSync();
    await expect.poll(() => phone.lead(lead.id), { timeout: 10_000 }).toBeDefined();

    const held = heldAfterRead(laptop.data);
    const commands = createLeadCommands({
      data: held.data,
      clock,
      user: { id: env.people.rep1.id, role: env.people.rep1.role },
    });
    clock.advance();
    const saving = commands.updateLead(lead.id, { notes: 'written after the delete arrived' });
    await held.wasRead;

    // The phone deletes; the laptop's sync brings the deletion in before the edit is written.
    clock.advance();
    await phone.commands.deleteLead(lead.id);
    await phone.awaitInSync();
    await expect.poll(() => laptop.lead(lead.id), { timeout: 10_000 }).toBeUndefined();
    held.release();

    await expect(saving).rejects.toMatchObject({ code: 'notFound' });
    await laptop.awaitInSync();
    const [stored] = await env.server.store.getDocuments('leads', [lead.id]);
    expect(stored?.deleted).toBe(true);
    expect(await laptop.lead(lead.id)).toBeUndefined();
  });
});
