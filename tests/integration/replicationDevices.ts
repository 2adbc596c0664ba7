import type { AddressInfo } from 'node:net';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createLeadCommands } from '../../src/renderer/data/leads/leadCommands.ts';
import {
  type FieldbookData,
  openFieldbookData,
} from '../../src/renderer/data/openFieldbookData.ts';
import { manualConnectivity } from '../../src/renderer/data/sync/connectivity.ts';
import { signIn } from '../../src/renderer/data/sync/session.ts';
import { memoryTokenStore } from '../../src/renderer/data/sync/tokenStore.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import type { StoreKind } from '../support/testStores.ts';
import { seedTestTeam, type TeamMember } from '../support/testTeam.ts';

let counter = 0;

export type Device = Awaited<ReturnType<typeof openDevice>>;

/**
 * A real server on loopback with the test team: on `store` if named, else SQLite, or PostgreSQL
 * when FIELDBOOK_SYNC_TEST_STORE=postgres (to run the replication tests on both stores).
 */
export async function startSyncServer(store?: StoreKind) {
  const kind =
    store ?? (process.env.FIELDBOOK_SYNC_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite');
  const server: TestServer = await startTestServer(kind);
  const people = await seedTestTeam(server.store);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  return { server, people, baseUrl };
}

/** A clock each device reads; tests move it so edits have a known order. */
export function testClock(startIso = '2026-11-02T08:00:00.000Z') {
  let ms = Date.parse(startIso);
  const clock = () => new Date(ms);
  return Object.assign(clock, {
    advance(seconds = 1) {
      ms += seconds * 1000;
    },
  });
}

/**
 * One device: a real RxDB database on fake-indexeddb, signed in to the real server, syncing.
 * Counts its push requests so tests can prove the client does not loop.
 */
export async function openDevice(params: {
  baseUrl: string;
  member: TeamMember;
  clock: () => Date;
  collections?: readonly CollectionName[];
  /** Sees every request the device makes (e.g. to record what the server acknowledged). */
  fetch?: typeof fetch;
  /** How long RxDB waits before retrying a failed pull or push (default 300 ms). */
  retryTimeMs?: number;
}) {
  counter += 1;
  const send = params.fetch ?? fetch;
  const connectivity = manualConnectivity(true);
  let pushes = 0;
  const countingFetch: typeof fetch = (input, init) => {
    if (String(input).endsWith('/push')) pushes += 1;
    return send(input, init);
  };
  const data: FieldbookData = await openFieldbookData({
    name: `fieldbook-sync-${process.pid}-${Date.now()}-${counter}`,
    multiInstance: false,
    indexedDB,
    IDBKeyRange,
    collections: params.collections ?? ['leads'],
    sync: {
      tokens: memoryTokenStore(),
      connectivity,
      fetch: countingFetch,
      clock: params.clock,
      autoResume: false,
      tuning: { retryTimeMs: params.retryTimeMs ?? 300 },
    },
  });
  await signIn(data, {
    serverUrl: params.baseUrl,
    email: params.member.email,
    password: params.member.password,
    deviceName: `device-${counter}`,
    localOwnerIds: [],
  });
  const commands = createLeadCommands({
    data,
    clock: params.clock,
    user: { id: params.member.id, role: params.member.role },
  });
  const handle = () => {
    const current = data.sync.handle;
    if (!current) throw new Error('device is not syncing');
    return current;
  };
  return {
    data,
    commands,
    connectivity,
    pushes: () => pushes,
    awaitInSync: () => handle().awaitInSync(),
    lead: async (id: string) => (await data.leads.findOne(id).exec())?.toJSON(),
    status: () => data.sync.status.get(),
    close: () => data.close(),
  };
}
