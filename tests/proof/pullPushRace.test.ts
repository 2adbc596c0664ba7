import { filter, firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Device,
  openDevice,
  startSyncServer,
  testClock,
} from '../integration/replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;
let env: Env;
let devices: Device[] = [];
const clock = testClock();

beforeEach(async () => {
  env = await startSyncServer();
});
afterEach(async () => {
  for (const device of devices) await device.close();
  devices = [];
  await env.server.close();
});

/** A fetch that can hold the answer of the next leads pull until the test releases it. */
function holdingFetch() {
  let holdNext = false;
  let held: (() => void) | undefined;
  let heldSignal: (() => void) | undefined;
  const heldNow = new Promise<void>((resolve) => {
    heldSignal = resolve;
  });
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (holdNext && String(input).includes('/api/sync/leads/pull')) {
      holdNext = false;
      await new Promise<void>((resolve) => {
        held = resolve;
        heldSignal?.();
      });
    }
    return response;
  };
  return {
    fetch: wrapped,
    holdNextPull() {
      holdNext = true;
    },
    /** Resolves once a pull answer (read by the server now) is being held. */
    held: () => heldNow,
    release: () => held?.(),
  };
}

describe('a pull answered before this device’s own push lands after it', () => {
  it('still ends with the server’s latest version on the device', async () => {
    const hold = holdingFetch();
    const laptop = await openDevice({
      baseUrl: env.baseUrl,
      member: env.people.rep1,
      clock,
      fetch: hold.fetch,
    });
    const phone = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
    devices.push(laptop, phone);

    const lead = await laptop.commands.createLead({ lastName: 'Race', email: 'race@x.example' });
    await laptop.awaitInSync();
    await expect.poll(() => phone.lead(lead.id), { timeout: 10_000 }).toBeDefined();

    // The phone edits while the laptop is away, so the laptop's next pull carries the lead.
    laptop.connectivity.setOnline(false);
    clock.advance();
    await phone.commands.updateLead(lead.id, { notes: 'from the phone' });
    await phone.awaitInSync();

    // Back online the laptop pulls; the server answers at once, but the answer travels slowly.
    hold.holdNextPull();
    laptop.connectivity.setOnline(true);
    await hold.held();

    // Meanwhile the laptop edits the lead: its push merges with the phone's edit and lands, and
    // the laptop has the acknowledgement.
    const replication = laptop.data.sync.handle?.replications.get('leads');
    if (!replication) throw new Error('the laptop does not replicate leads');
    const acknowledged = firstValueFrom(
      replication.sent$.pipe(
        filter((doc) => doc.company === 'Laptop Ltd' && doc.notes === 'from the phone'),
      ),
    );
    clock.advance();
    await laptop.commands.updateLead(lead.id, { company: 'Laptop Ltd' });
    await acknowledged;
    // ...and has recorded it as the server's state (RxDB writes that just after `sent$`).
    const upstream = replication.internalReplicationState;
    if (upstream) await firstValueFrom(upstream.events.active.up.pipe(filter((active) => !active)));
    expect((await env.server.store.getDocuments('leads', [lead.id]))[0]?.data).toMatchObject({
      notes: 'from the phone',
      company: 'Laptop Ltd',
    });

    // Only now does the old answer arrive: it must not leave the laptop behind the server.
    hold.release();
    await expect
      .poll(
        async () => {
          await laptop.awaitInSync();
          const mine = await laptop.lead(lead.id);
          return { notes: mine?.notes, company: mine?.company };
        },
        // Within one round trip of the stream: the device must not wait for some later sync.
        { timeout: 3000, interval: 100 },
      )
      .toEqual({ notes: 'from the phone', company: 'Laptop Ltd' });
    await expect
      .poll(async () => (await phone.lead(lead.id))?.company, { timeout: 10_000 })
      .toBe('Laptop Ltd');
  });
});
