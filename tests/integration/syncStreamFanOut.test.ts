import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/sync/accessRules.ts';
import { readAccess } from '../../src/server/sync/accessRules.ts';
import { toClientDocument } from '../../src/server/sync/clientDocument.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { openEventStream, streamedDocuments } from '../support/readEventStream.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam, type TeamMember } from '../support/testTeam.ts';

type Reader = {
  name: string;
  actor: Actor;
  token: string;
  stream: Awaited<ReturnType<typeof openEventStream>>;
};

const collections: CollectionName[] = ['leads', 'accounts', 'events'];
const sessionsPerPerson = 4;

describe.each(storeKinds)('one change fanned out to many streams on %s', (kind: StoreKind) => {
  let server: TestServer;
  let baseUrl: string;
  const readers: Reader[] = [];

  beforeEach(async () => {
    server = await startTestServer(kind);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await Promise.all(readers.splice(0).map((reader) => reader.stream.close()));
    await server.close();
  });

  const push = async (token: string, collection: CollectionName, rows: unknown[]) => {
    const response = await fetch(`${baseUrl}/api/sync/${collection}/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(rows),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  };

  /** The latest version of each document a stream received, failing on any version sent twice. */
  const received = (reader: Reader) => {
    const latest = new Map<string, unknown>();
    const versions = new Set<string>();
    for (const { collection, doc } of streamedDocuments(reader.stream.events)) {
      const version = `${collection}/${JSON.stringify(doc)}`;
      expect(versions.has(version), `${reader.name} got ${version} twice`).toBe(false);
      versions.add(version);
      latest.set(`${collection}/${doc.id}`, doc);
    }
    return Object.fromEntries(latest);
  };

  /** What a pull with the reader's access from its `resync` seq returns, minus its own writes. */
  const expected = async (reader: Reader, ownWriter: string | null) => {
    const { seq } = (reader.stream.events[0]?.data ?? { seq: 0 }) as { seq: number };
    const result: Record<string, unknown> = {};
    for (const collection of collections) {
      let afterSeq = seq;
      for (;;) {
        const page = await server.store.pull({
          collection,
          afterSeq,
          limit: 500,
          access: readAccess(reader.actor, collection),
        });
        for (const doc of page.documents) {
          if (ownWriter !== null && doc.writtenByDevice === ownWriter) continue;
          result[`${collection}/${doc.id}`] = toClientDocument(doc);
        }
        if (page.lastSeq === afterSeq) break;
        afterSeq = page.lastSeq;
      }
    }
    return result;
  };

  it('gives every stream exactly what its reader may see, once, and no device its own write', async () => {
    const people = await seedTestTeam(server.store);
    const admin = await server.store.findUserByEmail(adminCredentials.email);
    if (!admin) throw new Error('no admin');
    const everyone: Array<Omit<TeamMember, 'teamId'> & { teamId: string | null; name: string }> = [
      ...Object.entries(people).map(([name, person]) => ({ ...person, name })),
      { ...adminCredentials, id: admin.id, role: 'admin', teamId: null, name: 'admin' },
    ];
    for (const person of everyone) {
      for (let i = 0; i < sessionsPerPerson; i += 1) {
        const token = await server.login(person.email, person.password);
        const actor = { id: person.id, role: person.role, teamId: person.teamId };
        const stream = await openEventStream(`${baseUrl}/api/sync/stream`, token);
        readers.push({ name: `${person.name}#${i}`, actor, token, stream });
      }
    }
    await expect
      .poll(() => readers.every((reader) => reader.stream.events.length === 1))
      .toBe(true);
    const [laptop, tablet] = readers.filter((reader) => reader.actor.id === people.rep1.id);
    const managerToken = readers.find((r) => r.actor.id === people.manager.id)?.token as string;
    const adminToken = readers.find((r) => r.actor.id === admin.id)?.token as string;
    if (!laptop || !tablet) throw new Error('no rep1 streams');

    // rep1's laptop adds a lead and an account, a manager an event everyone reads, and an admin
    // moves the lead to the West team: East loses it (a tombstone), West gains it.
    const lead = {
      ...exampleRecords.leads,
      ownerId: people.rep1.id,
      teamId: 'team-east',
      eventId: undefined,
    };
    const account = { ...exampleRecords.accounts, ownerId: people.rep1.id, teamId: 'team-east' };
    const event = { ...exampleRecords.events, id: newId(Date.now()), ownerId: people.manager.id };
    await Promise.all([
      push(laptop.token, 'leads', [{ newDocumentState: { ...lead, _deleted: false } }]),
      push(laptop.token, 'accounts', [{ newDocumentState: { ...account, _deleted: false } }]),
      push(managerToken, 'events', [{ newDocumentState: { ...event, _deleted: false } }]),
    ]);
    const [stored] = await server.store.getDocuments('leads', [lead.id]);
    if (!stored) throw new Error('lead not stored');
    const master = toClientDocument(stored);
    await push(adminToken, 'leads', [
      {
        assumedMasterState: master,
        newDocumentState: {
          ...master,
          ownerId: people.rep3.id,
          teamId: 'team-west',
          updatedAt: new Date(Date.parse(lead.updatedAt) + 5000).toISOString(),
        },
      },
    ]);
    // Each writing device, known by what it wrote last.
    const writerOf = async (collection: CollectionName, id: string) => {
      const [doc] = await server.store.getDocuments(collection, [id]);
      return doc?.writtenByDevice ?? null;
    };
    const writers = new Map<string, string | null>([
      [laptop.token, await writerOf('accounts', account.id)],
      [managerToken, await writerOf('events', event.id)],
      [adminToken, await writerOf('leads', lead.id)],
    ]);
    // Stored exactly as sent, so the laptop's and the manager's own writes are not echoed.
    expect(writers.get(laptop.token)).toEqual(expect.any(String));
    expect(writers.get(managerToken)).toEqual(expect.any(String));

    const wanted = new Map<Reader, Record<string, unknown>>();
    for (const reader of readers) {
      wanted.set(reader, await expected(reader, writers.get(reader.token) ?? null));
    }
    // Compared as short lines first, so a failure says who got what.
    const summary = (docs: Record<string, unknown> | undefined) =>
      Object.entries(docs ?? {})
        .map(([key, doc]) => `${key} ${(doc as { _deleted: boolean })._deleted ? 'gone' : 'seen'}`)
        .sort();
    await expect
      .poll(() => readers.map((reader) => [reader.name, ...summary(received(reader))]), {
        timeout: 5000,
      })
      .toEqual(readers.map((reader) => [reader.name, ...summary(wanted.get(reader))]));
    // Nothing more arrives later (no second copy of any change).
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const reader of readers) expect(received(reader), reader.name).toEqual(wanted.get(reader));

    // The oracle itself must cover what this test is about.
    const byName = (name: string) => received(readers.find((r) => r.name === name) as Reader);
    expect(received(laptop)).not.toHaveProperty(`accounts/${account.id}`);
    expect(received(tablet)).toHaveProperty(`accounts/${account.id}`);
    expect(received(laptop)).toMatchObject({ [`leads/${lead.id}`]: { _deleted: true } });
    expect(byName('manager#3')).toMatchObject({ [`leads/${lead.id}`]: { _deleted: true } });
    expect(byName('rep3#2')).toMatchObject({
      [`leads/${lead.id}`]: { _deleted: false, ownerId: people.rep3.id },
    });
    expect(byName('rep2#0')).not.toHaveProperty(`leads/${lead.id}`);
    expect(byName('finance#1')).not.toHaveProperty(`leads/${lead.id}`);
    expect(byName('finance#1')).toHaveProperty(`accounts/${account.id}`);
    for (const reader of readers) {
      const own = reader.token === managerToken;
      expect(Object.hasOwn(received(reader), `events/${event.id}`), reader.name).toBe(!own);
    }
  });
});
