import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Store } from '../../src/server/store/Store.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { openEventStream } from '../support/readEventStream.ts';
import { openTestStore, type TestStore } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

describe('several server processes on one PostgreSQL', () => {
  let testStore: TestStore;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await testStore.cleanup();
  });

  async function startServer(store: Store) {
    const app = await buildApp({ store, loginRateLimitPerMinute: 1000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(async () => {
      await app.close();
      await store.close();
    });
    return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }

  it('fans a write on one process out to a stream held by another (LISTEN/NOTIFY)', async () => {
    testStore = await openTestStore('postgres');
    const people = await seedTestTeam(testStore.store);
    const serverA = await startServer(testStore.store);
    const serverB = await startServer(testStore.reopen());
    const login = async (base: string, email: string, password: string) => {
      const response = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      return ((await response.json()) as { token: string }).token;
    };
    const managerOnB = await login(serverB, people.manager.email, people.manager.password);
    const rep1OnA = await login(serverA, people.rep1.email, people.rep1.password);
    const stream = await openEventStream(`${serverB}/api/sync/stream`, managerOnB);
    closers.push(stream.close);
    await expect.poll(() => stream.events.length).toBe(1);
    // LISTEN on B's store starts with its first subscriber; give it a moment to be in place.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const lead = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
    const pushed = await fetch(`${serverA}/api/sync/leads/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${rep1OnA}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ newDocumentState: { ...lead, _deleted: false } }]),
    });
    expect(await pushed.json()).toEqual([]);
    await expect
      .poll(() => stream.events.at(-1)?.data, { timeout: 3000 })
      .toMatchObject({ collection: 'leads', documents: [{ id: lead.id }] });
  });
});
