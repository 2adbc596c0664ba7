import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLossyProxy } from '../support/lossyProxy.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let proxy: Awaited<ReturnType<typeof startLossyProxy>>;
let devices: Device[] = [];
const clock = testClock();

beforeEach(async () => {
  env = await startSyncServer();
  const port = Number(new URL(env.baseUrl).port);
  proxy = await startLossyProxy({ host: '127.0.0.1', port });
});

afterEach(async () => {
  for (const device of devices) await device.close();
  devices = [];
  await proxy.close();
  await env.server.close();
});

/** rep1 on a device behind the lossy link, and on a second device with a good connection. */
async function twoDevices() {
  const far = await openDevice({ baseUrl: proxy.baseUrl, member: env.people.rep1, clock });
  const near = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
  devices.push(far, near);
  await far.awaitInSync();
  await near.awaitInSync();
  return { far, near };
}

const createOn = async (device: Device, name: string) => {
  clock.advance();
  return device.commands.createLead({ lastName: name, email: `${name}@lossy.example` });
};

describe('sync over a lossy network', { timeout: 90_000 }, () => {
  it('completes through connection resets and latency', async () => {
    const { far, near } = await twoDevices();
    proxy.setLatency(300);
    const resets = setInterval(() => proxy.resetAll(), 400);
    const created: string[] = [];
    try {
      for (let i = 0; i < 30; i += 1) {
        created.push((await createOn(far, `Reset${i}`)).id);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      clearInterval(resets);
    }
    const count = async () => (await near.data.leads.find().exec()).length;
    await expect.poll(count, { timeout: 30_000, interval: 250 }).toBe(created.length);
    await expect
      .poll(() => far.status(), { timeout: 15_000 })
      .toMatchObject({ state: 'synced', pendingChanges: 0 });
  });

  it('resumes the live stream within 5 s of the link coming back after a 20 s outage', async () => {
    const { far, near } = await twoDevices();
    proxy.down();
    const during = await createOn(near, 'DuringOutage');
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    expect(await far.lead(during.id)).toBeUndefined();
    proxy.up();
    const back = Date.now();
    await expect.poll(() => far.lead(during.id), { timeout: 5000, interval: 50 }).toBeDefined();
    const caughtUp = Date.now() - back;
    // Live again: a change made now arrives through the stream.
    const after = await createOn(near, 'AfterOutage');
    const sent = Date.now();
    await expect.poll(() => far.lead(after.id), { timeout: 2000, interval: 25 }).toBeDefined();
    console.log(
      `outage of 20 s: caught up ${caughtUp} ms after the link came back, then live in ${Date.now() - sent} ms`,
    );
    expect(caughtUp).toBeLessThanOrEqual(5000);
  });

  it('delivers what a half-open link held back once it recovers', async () => {
    const { far, near } = await twoDevices();
    proxy.halfOpen();
    const held = await createOn(near, 'HalfOpen');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await far.lead(held.id)).toBeUndefined();
    proxy.up();
    await expect.poll(() => far.lead(held.id), { timeout: 5000, interval: 50 }).toBeDefined();
    const mine = await createOn(far, 'FarAfterHalfOpen');
    await expect.poll(() => near.lead(mine.id), { timeout: 5000, interval: 50 }).toBeDefined();
  });
});
