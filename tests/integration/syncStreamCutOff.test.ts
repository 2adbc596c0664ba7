import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/tokens.ts';
import { teamDirectoryId } from '../../src/server/sync/publishTeamDirectory.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { openEventStream, streamedDocuments } from '../support/readEventStream.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

// The stream re-checks sessions only every few seconds; where this server ends a session it cuts
// the stream at once, and a session ended elsewhere (another server process) at the next change
// once the check is due.
describe.each(storeKinds)('cutting off live streams on %s', (kind: StoreKind) => {
  let server: TestServer;
  let baseUrl: string;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  let clockOffsetMs = 0;
  const streams: Array<Awaited<ReturnType<typeof openEventStream>>> = [];

  beforeEach(async () => {
    clockOffsetMs = 0;
    server = await startTestServer(kind, { clock: () => new Date(Date.now() + clockOffsetMs) });
    people = await seedTestTeam(server.store);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((stream) => stream.close()));
    await server.close();
  });

  const open = async (token: string) => {
    const stream = await openEventStream(`${baseUrl}/api/sync/stream`, token);
    streams.push(stream);
    await expect.poll(() => stream.events.map((e) => e.event)).toEqual(['resync']);
    return stream;
  };
  const eventsOf = (stream: Awaited<ReturnType<typeof openEventStream>>) =>
    stream.events.map((e) => e.event);
  const directoryShowsInactive = (
    stream: Awaited<ReturnType<typeof openEventStream>>,
    userId: string,
  ) =>
    streamedDocuments(stream.events).some(({ collection, doc }) => {
      const users = (doc as { value?: { users?: Array<{ id: string; active: boolean }> } }).value
        ?.users;
      return (
        collection === 'settings' &&
        doc.id === teamDirectoryId &&
        (users ?? []).some((user) => user.id === userId && !user.active)
      );
    });

  it('ends every stream of a deactivated user at once, and no one else’s', async () => {
    const laptop = await open(await server.login(people.rep1.email, people.rep1.password));
    const phone = await open(await server.login(people.rep1.email, people.rep1.password));
    const colleague = await open(await server.login(people.rep2.email, people.rep2.password));
    const admin = await server.login(adminCredentials.email, adminCredentials.password);
    const response = await fetch(`${baseUrl}/api/admin/users/${people.rep1.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ active: false }),
    });
    expect(response.status).toBe(200);
    // The deactivation itself ends the streams; no change has to wake them.
    await expect.poll(() => eventsOf(laptop)).toEqual(['resync', 'unauthorized']);
    await expect.poll(() => eventsOf(phone)).toEqual(['resync', 'unauthorized']);
    // The colleague's stream stays open and carries the team directory that now lists rep1 as
    // inactive (on PostgreSQL that change may arrive before or after the cut-off above).
    await expect.poll(() => directoryShowsInactive(colleague, people.rep1.id)).toBe(true);
    expect(eventsOf(colleague)).not.toContain('unauthorized');
  });

  it('ends the stream of a session that signs out, not the same user’s other sessions', async () => {
    const leaving = await server.login(people.manager.email, people.manager.password);
    const leavingStream = await open(leaving);
    const staying = await open(await server.login(people.manager.email, people.manager.password));
    const response = await fetch(`${baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${leaving}` },
    });
    expect(response.status).toBe(204);
    await expect.poll(() => eventsOf(leavingStream)).toEqual(['resync', 'unauthorized']);
    expect(eventsOf(staying)).toEqual(['resync']);
  });

  it('ends a stream whose session another process revoked, at the next change once due', async () => {
    const token = await server.login(people.manager.email, people.manager.password);
    const stream = await open(token);
    // As another server process sharing the store would: no call reaches this server's streams.
    await server.store.revokeSession(hashToken(token), new Date().toISOString());
    clockOffsetMs = 60_000;
    const rep3 = await server.login(people.rep3.email, people.rep3.password);
    // A change the manager may not see (another team's lead) still wakes the check.
    const lead = { ...exampleRecords.leads, ownerId: people.rep3.id, eventId: undefined };
    await fetch(`${baseUrl}/api/sync/leads/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${rep3}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ newDocumentState: { ...lead, _deleted: false } }]),
    });
    await expect
      .poll(() => eventsOf(stream), { timeout: 3000 })
      .toEqual(['resync', 'unauthorized']);
  });
});
