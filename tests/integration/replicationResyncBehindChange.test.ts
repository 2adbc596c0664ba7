import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

// Found by the randomized sync model (tests/proof/syncModel.test.ts): RxDB takes every queued
// downstream task at once and, meeting a RESYNC behind a stream change, runs the change and drops
// the RESYNC. The pull a reconnected stream asks for never ran, and the next stream change moved
// the checkpoint past what the device had missed while it was away: it stayed missing for good.

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

/** A fetch that can hold the answer of the next leads pull until the test releases it. */
function holdingFetch() {
  let holdNext = false;
  let release: () => void = () => undefined;
  let held: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (holdNext && String(input).includes('/api/sync/leads/pull')) {
      holdNext = false;
      held();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }
    return response;
  };
  return {
    fetch: wrapped,
    holdNextPull: () => {
      holdNext = true;
      return holding;
    },
    release: () => release(),
  };
}

describe('a stream reconnect while a pull is still on its way', () => {
  it('still pulls what the device missed while it was away', async () => {
    const hold = holdingFetch();
    const laptop = await openDevice({
      baseUrl: env.baseUrl,
      member: env.people.rep1,
      clock,
      fetch: hold.fetch,
    });
    const phone = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(laptop, phone);
    await laptop.awaitInSync();
    await phone.awaitInSync();
    const replication = laptop.data.sync.handle?.replications.get('leads');
    if (!replication) throw new Error('the laptop does not replicate leads');
    const internal = replication.internalReplicationState;
    if (!internal) throw new Error('the laptop replication has not started');
    // Counts what the stream handed to RxDB's downstream queue (changes and RESYNCs).
    const queued = () => internal.stats.down.masterChangeStreamEmit;
    const create = (lastName: string) => {
      clock.advance();
      return phone.commands.createLead({ lastName, email: `${lastName}@x.example` });
    };

    // The laptop's downstream is busy: a pull whose answer is still travelling.
    const holding = hold.holdNextPull();
    replication.reSync();
    await holding;

    // A change reaches it on the stream and queues behind that pull.
    let seen = queued();
    const before = await create('Before');
    await expect.poll(queued).toBeGreaterThan(seen);

    // The laptop drops off and comes back; what was made meanwhile only a pull can bring.
    laptop.connectivity.setOnline(false);
    const missed = await create('Missed');
    await phone.awaitInSync();
    seen = queued();
    laptop.connectivity.setOnline(true);
    // The reconnected stream asks for a pull, which queues behind the change.
    await expect.poll(queued).toBeGreaterThan(seen);
    hold.release();

    // A later change moves the stream's checkpoint on.
    const after = await create('After');
    await phone.awaitInSync();
    await expect
      .poll(
        async () => ({
          before: (await laptop.lead(before.id)) !== undefined,
          missed: (await laptop.lead(missed.id)) !== undefined,
          after: (await laptop.lead(after.id)) !== undefined,
        }),
        { timeout: 5000, interval: 100 },
      )
      .toEqual({ before: true, missed: true, after: true });
  });
});
