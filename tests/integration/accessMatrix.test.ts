import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollectionName, collectionNames } from '../../src/shared/domain/collections.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

type Person = 'rep1' | 'rep2' | 'rep3' | 'manager' | 'finance';
const owners: Person[] = ['rep1', 'rep2', 'rep3', 'manager', 'finance'];
const teamOf: Record<Person, string | null> = {
  rep1: 'team-east',
  rep2: 'team-east',
  rep3: 'team-west',
  manager: 'team-east',
  finance: null,
};
const shared = new Set<CollectionName>(['products', 'events', 'settings']);
const teamShared = new Set<CollectionName>(['accounts', 'contacts']);

/** The visibility rules of the sync issue, written out independently of the server's code. */
function expectedVisible(reader: Person | 'admin', collection: CollectionName): Person[] {
  if (reader === 'admin' || shared.has(collection)) return owners;
  if (reader === 'finance') return collection === 'leads' ? ['finance'] : owners;
  if (reader === 'manager')
    return owners.filter((o) => o === 'manager' || teamOf[o] === 'team-east');
  if (teamShared.has(collection)) {
    return owners.filter(
      (o) => o === reader || (teamOf[o] !== null && teamOf[o] === teamOf[reader]),
    );
  }
  return [reader];
}

/** Who may create a record they own themselves in each collection. */
function expectedWritable(writer: Person | 'admin', collection: CollectionName): boolean {
  if (writer === 'admin') return true;
  if (shared.has(collection)) return writer === 'manager';
  if (writer === 'finance')
    return ['orders', 'invoices', 'activities', 'tickets'].includes(collection);
  return true;
}

function idFor(collection: CollectionName, owner: string): string {
  const index = collectionNames.indexOf(collection).toString(16).padStart(2, '0');
  const who = (owners.indexOf(owner as Person) + 1).toString(16).padStart(2, '0');
  return `0195a3c2-7f00-7000-8000-0000000${index}${who}0`.slice(0, 36);
}

describe.each(storeKinds)('authorization matrix on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    await server.store.write(async (tx) => {
      for (const collection of collectionNames) {
        for (const owner of owners) {
          const person = people[owner];
          const { teamId: _teamId, ...record } = exampleRecords[collection] as Record<
            string,
            unknown
          >;
          const data = { ...record, id: idFor(collection, owner), ownerId: person.id };
          await tx.putDocument({
            collection,
            id: data.id,
            ownerId: person.id,
            teamId: teamOf[owner],
            deleted: false,
            data,
          });
        }
      }
    });
    for (const [name, person] of Object.entries(people)) {
      tokens[name] = await server.login(person.email, person.password);
    }
    tokens.admin = await server.login('admin@test.fieldbook', 'admin-password-1');
  });
  afterAll(async () => server.close());

  const readers: Array<Person | 'admin'> = ['rep1', 'rep3', 'manager', 'finance', 'admin'];

  it('pull shows each role exactly what it may see, in every collection', async () => {
    const leaks: string[] = [];
    for (const reader of readers) {
      for (const collection of collectionNames) {
        const response = await server.app.inject({
          method: 'GET',
          url: `/api/sync/${collection}/pull?seq=0&limit=1000`,
          headers: { authorization: `Bearer ${tokens[reader]}` },
        });
        const documents = (response.json() as { documents: Array<{ id: string }> }).documents;
        const seen = owners.filter((owner) =>
          documents.some((d) => d.id === idFor(collection, owner)),
        );
        const expected = expectedVisible(reader, collection);
        if (JSON.stringify(seen) !== JSON.stringify(expected)) {
          leaks.push(
            `${reader} on ${collection}: saw ${seen.join(',')} expected ${expected.join(',')}`,
          );
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('push lets each role create only what it may, and refuses the rest', async () => {
    const wrong: string[] = [];
    for (const writer of readers) {
      const writerId = writer === 'admin' ? undefined : people[writer].id;
      const me = await server.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${tokens[writer]}` },
      });
      const ownerId = writerId ?? (me.json() as { id: string }).id;
      for (const collection of collectionNames) {
        const { teamId: _teamId, ...record } = exampleRecords[collection] as Record<
          string,
          unknown
        >;
        const initial: Partial<Record<CollectionName, Record<string, unknown>>> = {
          leads: { status: 'new' },
          opportunities: { stage: 'prospecting' },
          // A quote is never created with an approval decision (the server refuses it).
          quotes: { status: 'draft', approval: undefined },
          orders: { status: 'draft', shipments: [] },
          // Final invoice numbers come only from the server; a device sends a provisional one.
          invoices: { status: 'draft', payments: [], number: 'PROV-INV-2026-A2-0001' },
          tickets: { status: 'new' },
        };
        const id =
          `0195a3c2-7f00-7000-8000-${(readers.indexOf(writer) + 10).toString(16)}${collectionNames.indexOf(collection).toString(16).padStart(2, '0')}000000000`.slice(
            0,
            36,
          );
        const doc = { ...record, ...initial[collection], id, ownerId, _deleted: false };
        const response = await server.app.inject({
          method: 'POST',
          url: `/api/sync/${collection}/push`,
          headers: { authorization: `Bearer ${tokens[writer]}` },
          payload: [{ newDocumentState: doc }],
        });
        const accepted = (response.json() as unknown[]).length === 0;
        if (accepted !== expectedWritable(writer, collection)) {
          wrong.push(
            `${writer} creating in ${collection}: ${accepted ? 'accepted' : response.headers['x-fieldbook-rejections']}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
