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
 * A device of rep1 whose lead pushes and live stream can be held back, and which records the
 * text its live stream received (so a test knows when a change reached it).
 */
async function device() {
  let held: Promise<void> | undefined;
  let release = () => {};
  let streamHeld: Promise<void> | undefined;
  let releaseStream = () => {};
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
        async transform(chunk, controller) {
          streamed += decoder.decode(chunk, { stream: true });
          // Held chunks keep their order (one TCP connection), they only arrive late.
          if (streamHeld) await streamHeld;
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
    holdStream() {
      streamHeld = new Promise((resolve) => {
        releaseStream = resolve;
      });
    },
    releaseStream() {
      streamHeld = undefined;
      releaseStream();
    },
  };
}

/** Two devices of rep1 that both hold one lead the laptop created. */
async function laptopAndPhoneWithOneLead() {
  const laptop = await device();
  const phone = await device();
  const { id } = await laptop.commands.createLead({
    lastName: 'Ada',
    company: 'Acme',
    email: 'ada@acme.example',
  });
  await laptop.awaitInSync();
  await expect.poll(() => phone.lead(id), { timeout: 10_000 }).toBeDefined();
  return { laptop, phone, id };
}

describe("a device's own pushes on its pulls", { timeout: 60_000 }, () => {
  // The sync model's seed 10019: RxDB holds a change that arrives during a push
  // and applies it after the push's answer, over the version just pushed. When the stream that
  // brought it has reconnected meanwhile, the stream does not echo the push; only the pull after
  // the reconnect can put the pushed version back, so it must not leave the device's pushes out.
  it('come back on the pull when an older change landed over them after the push', async () => {
    const { laptop, phone, id } = await laptopAndPhoneWithOneLead();

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

  // The sync model's seeds 1775141724 and 1776957039: a change the stream brought while the device
  // was busy pushing was applied after the device had merged it with its own edit and the server
  // had accepted the merge. The older version took the edit off the device until the next pull,
  // and when RxDB re-read local changes meanwhile it pushed that older version back over the
  // merge, losing acknowledged edits. The server's version numbers (`_seq`) let the device refuse
  // a version older than the one it holds.
  it('never put an older change they already merged back over the device', async () => {
    const { laptop, phone, id } = await laptopAndPhoneWithOneLead();

    const seenOnLaptop: Array<string | undefined> = [];
    laptop.holdStream();
    clock.advance();
    await phone.commands.updateLead(id, { phone: '+49 30 1234567' });
    await phone.awaitInSync();
    // The phone's change is on its way to the laptop (its stream is slow) when the laptop edits.
    await expect.poll(() => laptop.streamed().includes('+49 30 1234567')).toBe(true);
    clock.advance();
    await laptop.commands.updateLead(id, { notes: 'met at the fair' });
    const watching = laptop.data.leads
      .findOne(id)
      .$.subscribe((doc) => seenOnLaptop.push(doc?.notes));
    // The laptop's push meets the phone's version (a conflict), merges and pushes the merge.
    const merged = { notes: 'met at the fair', phone: '+49 30 1234567' };
    await expect.poll(() => phone.lead(id), { timeout: 10_000 }).toMatchObject(merged);
    await laptop.awaitInSync();
    // Only now does the phone's change arrive: older than the merge the laptop holds.
    laptop.releaseStream();
    await expect.poll(() => laptop.lead(id), { timeout: 10_000 }).toMatchObject(merged);
    await laptop.awaitInSync();
    await new Promise((resolve) => setTimeout(resolve, 300));
    watching.unsubscribe();
    expect(await laptop.lead(id)).toMatchObject(merged);
    expect(seenOnLaptop.filter((notes) => notes !== 'met at the fair')).toEqual([]);
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
