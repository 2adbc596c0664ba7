import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { openEventStream } from '../support/readEventStream.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

describe.each(storeKinds)('live sync stream on %s', (kind: StoreKind) => {
  let server: TestServer;
  let baseUrl: string;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterEach(async () => server.close());

  it('sends resync first, then each visible change with its checkpoint, to the right people only', async () => {
    const managerToken = await server.login(people.manager.email, people.manager.password);
    const rep2Token = await server.login(people.rep2.email, people.rep2.password);
    const rep1Token = await server.login(people.rep1.email, people.rep1.password);
    const managerStream = await openEventStream(`${baseUrl}/api/sync/stream`, managerToken);
    const rep2Stream = await openEventStream(`${baseUrl}/api/sync/stream`, rep2Token);
    try {
      expect(managerStream.status).toBe(200);
      await expect.poll(() => managerStream.events.map((e) => e.event)).toEqual(['resync']);
      await expect.poll(() => rep2Stream.events.length).toBe(1);

      const lead = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
      const pushed = await fetch(`${baseUrl}/api/sync/leads/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${rep1Token}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ newDocumentState: { ...lead, _deleted: false } }]),
      });
      expect(await pushed.json()).toEqual([]);

      await expect.poll(() => managerStream.events.length, { timeout: 3000 }).toBe(2);
      expect(managerStream.events[1]).toMatchObject({
        event: 'message',
        data: {
          collection: 'leads',
          documents: [{ id: lead.id, _deleted: false }],
          checkpoint: { seq: expect.any(Number) },
        },
      });
      // rep2 is in the same team but does not see rep1's leads.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rep2Stream.events.map((e) => e.event)).toEqual(['resync']);
    } finally {
      await managerStream.close();
      await rep2Stream.close();
    }
  });

  it("does not echo a push back to the device that made it, but tells the user's other devices", async () => {
    const laptop = await server.login(people.rep1.email, people.rep1.password);
    const tablet = await server.login(people.rep1.email, people.rep1.password);
    const laptopStream = await openEventStream(`${baseUrl}/api/sync/stream`, laptop);
    const tabletStream = await openEventStream(`${baseUrl}/api/sync/stream`, tablet);
    try {
      await expect.poll(() => laptopStream.events.length + tabletStream.events.length).toBe(2);
      const lead = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
      await fetch(`${baseUrl}/api/sync/leads/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${laptop}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ newDocumentState: { ...lead, _deleted: false } }]),
      });
      await expect.poll(() => tabletStream.events.length, { timeout: 3000 }).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(laptopStream.events.map((e) => e.event)).toEqual(['resync']);
    } finally {
      await laptopStream.close();
      await tabletStream.close();
    }
  });

  it('still tells a second person signed in on the same device (same device id)', async () => {
    const signIn = async (email: string, password: string) => {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password, deviceId: 'shared-browser' }),
      });
      return ((await response.json()) as { token: string }).token;
    };
    const rep = await signIn(people.rep1.email, people.rep1.password);
    const manager = await signIn(people.manager.email, people.manager.password);
    const managerStream = await openEventStream(`${baseUrl}/api/sync/stream`, manager);
    try {
      await expect.poll(() => managerStream.events.length).toBe(1);
      const lead = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
      await fetch(`${baseUrl}/api/sync/leads/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${rep}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ newDocumentState: { ...lead, _deleted: false } }]),
      });
      await expect.poll(() => managerStream.events.length, { timeout: 3000 }).toBe(2);
    } finally {
      await managerStream.close();
    }
  });

  it('refuses a stream without a token and cuts off a revoked device', async () => {
    const anonymous = await fetch(`${baseUrl}/api/sync/stream`);
    expect(anonymous.status).toBe(401);

    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: people.manager.email,
        password: people.manager.password,
        deviceId: 'tablet',
      }),
    });
    const { token } = (await login.json()) as { token: string };
    const stream = await openEventStream(`${baseUrl}/api/sync/stream`, token);
    try {
      await expect.poll(() => stream.events.length).toBe(1);
      const admin = await server.login(adminCredentials.email, adminCredentials.password);
      await fetch(`${baseUrl}/api/admin/users/${people.manager.id}/devices/tablet/revoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
      });
      // The revocation ends the stream at once; the change after it must not reach it either.
      const lead = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
      const rep1 = await server.login(people.rep1.email, people.rep1.password);
      await fetch(`${baseUrl}/api/sync/leads/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${rep1}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ newDocumentState: { ...lead, _deleted: false } }]),
      });
      await expect
        .poll(() => stream.events.map((e) => e.event), { timeout: 3000 })
        .toEqual(['resync', 'unauthorized']);
    } finally {
      await stream.close();
    }
  });
});
