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

/**
 * A device of rep1 whose lead pushes can be held back, and which records the text its live
 * stream received (so a test knows when a change reached it).
 */
async function device() {
  let held: Promise<void> | undefined;
  let release = () => {};
  let streamed = '';
  const decoder = new TextDecoder();
  const opened = await openDevice({
    baseUrl: env.baseUrl,
    member: env.people.rep1,
    clock,
    fetch: async (input, init) => {
      const url = String(input);
      if (url.includes('/api/sync/leads/push') && held) await held;
      const response = await fetch(input, init);
      if (!url.includes('/api/sync/stream') || !response.body) return response;
      const tap = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          streamed += decoder.decode(chunk, { stream: true });
          controller.enqueue(chunk);
        },
      });
      return new Response(response.body.pipeThrough(tap), response);
    },
  });
  devices.push(opened);
  return {
    ...opened,
    streamed: () => streamed,
    holdPushes() {
      held = new Promise((resolve) => {
        release = resolve;
      });
    },
    releasePushes() {
      held = undefined;
      release();
    },
  };
}

describe("a device's own pushes on its pulls", { timeout: 60_000 }, () => {
  // The sync model's seed 10019: RxDB holds a change that arrives during a push
  // and applies it after the push's answer, over the version just pushed. When the stream that
  // brought it has reconnected meanwhile, the stream does not echo the push; only the pull after
  // the reconnect can put the pushed version back, so it must not leave the device's pushes out.
  it('come back on the pull when an older change landed over them after the push', async () => {
    const laptop = await device();
    const phone = await device();
    const { id } = await laptop.commands.createLead({
      lastName: 'Ada',
      company: 'Acme',
      email: 'ada@acme.example',
    });
    await laptop.awaitInSync();
    await expect.poll(() => phone.lead(id), { timeout: 10_000 }).toBeDefined();

    laptop.holdPushes();
    clock.advance();
    await laptop.commands.updateLead(id, { notes: 'met at the fair' });
    clock.advance();
    await phone.commands.updateLead(id, { phone: '+49 30 1234567' });
    await phone.awaitInSync();
    // The phone's edit reached the laptop while its own push was under way: RxDB holds it.
    await expect.poll(() => laptop.streamed().includes('+49 30 1234567')).toBe(true);
    // The stream reconnects, so the new connection does not know what the old one sent.
    laptop.connectivity.setOnline(false);
    laptop.connectivity.setOnline(true);
    await expect.poll(() => laptop.streamed().split('event: resync').length).toBe(3);
    laptop.releasePushes();

    const merged = { notes: 'met at the fair', phone: '+49 30 1234567' };
    await expect.poll(() => phone.lead(id), { timeout: 10_000 }).toMatchObject(merged);
    await laptop.awaitInSync();
    await expect.poll(() => laptop.lead(id), { timeout: 10_000 }).toMatchObject(merged);
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
