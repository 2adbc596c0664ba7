import type { RxStorageInstance, RxStorageInstanceReplicationState } from 'rxdb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { WireDocument } from '../../src/renderer/data/sync/wireDocument.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';
import { leadDocs } from './replicationLeadDocs.ts';

let env: Awaited<ReturnType<typeof startSyncServer>>;
let devices: Device[] = [];
const clock = testClock();
const total = 400;

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

function leadsFor(ownerId: string) {
  return leadDocs({
    ownerId,
    count: total,
    at: clock(),
    fields: (i) => ({
      lastName: `Lead ${i}`,
      company: `Company ${i}`,
      email: `lead${i}@example.com`,
    }),
  });
}

/** Counts the documents the device's local leads storage hands out for "changes since" reads. */
function countChangeReads(fork: RxStorageInstance<WireDocument, unknown, unknown>) {
  const counted = { reads: 0, documents: 0 };
  const query = fork.query.bind(fork);
  fork.query = async (prepared) => {
    const result = await query(prepared);
    counted.reads += 1;
    counted.documents += result.documents.length;
    return result;
  };
  const changesSince = fork.getChangedDocumentsSince?.bind(fork);
  if (changesSince) {
    fork.getChangedDocumentsSince = async (limit, checkpoint) => {
      const result = await changesSince(limit, checkpoint);
      counted.reads += 1;
      counted.documents += result.documents.length;
      return result;
    };
  }
  return counted;
}

it('after reconnecting with pushed offline edits, neither the upstream nor the pending count reads them again', {
  timeout: 90_000,
}, async () => {
  const device = await openDevice({ baseUrl: env.baseUrl, member: env.people.rep1, clock });
  devices.push(device);
  await device.data.leads.bulkInsert(leadsFor(env.people.rep1.id));
  await device.awaitInSync();
  const replication = device.data.sync.handle?.replications.get('leads');
  const state = replication?.internalReplicationState as
    | RxStorageInstanceReplicationState<WireDocument>
    | undefined;
  if (!state) throw new Error('leads are not replicating');

  device.connectivity.setOnline(false);
  await expect.poll(() => device.status().state).toBe('offline');
  clock.advance();
  const at = clock().toISOString();
  // One write whose rows are not in id order: the write's last row has the lowest id.
  const docs = (await device.data.leads.find().exec()).reverse();
  await device.data.leads.bulkUpsert(
    docs.map((doc) => ({ ...doc.toMutableJSON(), notes: 'edited offline', updatedAt: at })),
  );
  expect(device.status().pendingChanges).toBe(total);

  const counted = countChangeReads(state.input.forkInstance);
  device.connectivity.setOnline(true);
  await device.awaitInSync();
  await expect.poll(() => device.status().pendingChanges, { timeout: 10_000 }).toBe(0);
  // Long enough for the exact pending recount that follows an idle sync (250 ms).
  await new Promise((resolve) => setTimeout(resolve, 1000));

  // Every edit was pushed from its change event; what the RESYNC and the recount read after
  // the push position is at most what the reconnect pull wrote (this device's newest version).
  expect(counted.documents).toBeLessThanOrEqual(2);
  expect(await device.lead(docs[0]?.id ?? '')).toMatchObject({ notes: 'edited offline' });
});
