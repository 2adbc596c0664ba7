import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../src/server/store/Store.ts';
import {
  type CollectionName,
  collectionNames,
  collectionSchemas,
} from '../../src/shared/domain/collections.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { openEventStream, streamedDocuments } from '../support/readEventStream.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { seedTestTeam } from '../support/testTeam.ts';

// Completes accessMatrix.test.ts (pull per role, creating own records per role) with the rest of
// the matrix: changing and deleting everyone's records, the live stream, guessed ids, forged
// owners, teams and server-owned fields, and reassignment. The rules are written out here
// independently of src/server/sync/accessRules.ts.

type Person = 'rep1' | 'rep2' | 'rep3' | 'manager' | 'finance';
type Actor = Person | 'admin';
const owners: Person[] = ['rep1', 'rep2', 'rep3', 'manager', 'finance'];
const actors: Actor[] = ['rep1', 'rep3', 'manager', 'finance', 'admin'];
const teamOf: Record<Person, string | null> = {
  rep1: 'team-east',
  rep2: 'team-east',
  rep3: 'team-west',
  manager: 'team-east',
  finance: null,
};
const shared = new Set<CollectionName>(['products', 'events', 'settings']);
const teamShared = new Set<CollectionName>(['accounts', 'contacts']);
const financeWritable = new Set<CollectionName>(['orders', 'invoices', 'activities', 'tickets']);

function visible(reader: Actor, collection: CollectionName, owner: Person): boolean {
  if (reader === 'admin' || shared.has(collection)) return true;
  if (reader === 'finance') return collection !== 'leads' || owner === 'finance';
  if (reader === 'manager') return owner === 'manager' || teamOf[owner] === 'team-east';
  if (owner === reader) return true;
  return teamShared.has(collection) && teamOf[owner] === teamOf[reader];
}

function mayChange(
  writer: Actor,
  collection: CollectionName,
  owner: Person,
  op: 'change' | 'delete',
): boolean {
  if (writer === 'admin') return true;
  if (!visible(writer, collection, owner)) return false;
  if (shared.has(collection)) return writer === 'manager';
  // Finance sets an account's credit terms and changes nothing else of it (this change touches
  // nothing but the time stamp); it deletes none.
  if (writer === 'finance') {
    return financeWritable.has(collection) || (collection === 'accounts' && op === 'change');
  }
  return true;
}

// Records start in a state every workflow lets their owner edit.
const editable: Partial<Record<CollectionName, Record<string, unknown>>> = {
  leads: { status: 'new' },
  opportunities: { stage: 'prospecting' },
  quotes: { status: 'draft', approval: undefined },
  orders: { status: 'draft', shipments: [] },
  invoices: { status: 'draft', payments: [], number: 'PROV-INV-2026-A2-0001' },
  tickets: { status: 'new' },
};

function idFor(collection: CollectionName, owner: Person): string {
  const c = collectionNames.indexOf(collection).toString(16).padStart(2, '0');
  const o = (owners.indexOf(owner) + 1).toString(16).padStart(2, '0');
  return `0195a3c2-7f00-7000-9000-0000000${c}${o}0`.slice(0, 36);
}

function recordFor(collection: CollectionName, owner: string, id: string) {
  const { teamId: _teamId, ...record } = exampleRecords[collection] as Record<string, unknown>;
  const data: Record<string, unknown> = { ...record, ...editable[collection], id, ownerId: owner };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  // Stored as the server stores pushed records: as the schema reads them.
  return collectionSchemas[collection].parse(data) as Record<string, unknown>;
}

type Rejection = { id: string; code: string };

describe('authorization matrix: change, delete, stream, forgeries, reassignment', () => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  let baseUrl: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    people = await seedTestTeam(server.store);
    await server.store.write(async (tx) => {
      for (const collection of collectionNames) {
        for (const owner of owners) {
          const data = recordFor(collection, people[owner].id, idFor(collection, owner));
          await tx.putDocument({
            collection,
            id: String(data.id),
            ownerId: people[owner].id,
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
    for (const name of Object.keys(tokens)) {
      const me = await server.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${tokens[name]}` },
      });
      ids[name] = (me.json() as { id: string }).id;
    }
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => server.close());

  const current = async (collection: CollectionName, id: string) => {
    const [doc] = await server.store.getDocuments(collection, [id]);
    return doc;
  };
  const asClient = (doc: StoredDocument): Record<string, unknown> => ({
    ...doc.data,
    id: doc.id,
    _deleted: doc.deleted,
  });
  const push = async (who: Actor, collection: CollectionName, rows: unknown[]) => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/sync/${collection}/push`,
      headers: { authorization: `Bearer ${tokens[who]}` },
      payload: rows,
    });
    expect(response.statusCode).toBe(200);
    const header = response.headers['x-fieldbook-rejections'];
    const rejections =
      typeof header === 'string' ? (JSON.parse(decodeURIComponent(header)) as Rejection[]) : [];
    return { answer: response.json() as Array<Record<string, unknown>>, rejections };
  };

  /** Pushes one row; a refused row must change nothing and reveal nothing it may not see. */
  const attempt = async (
    who: Actor,
    collection: CollectionName,
    row: {
      assumedMasterState?: Record<string, unknown>;
      newDocumentState: Record<string, unknown>;
    },
    canSee: boolean,
  ) => {
    const seqBefore = await server.store.latestSeq();
    const result = await push(who, collection, [row]);
    const accepted = result.answer.length === 0;
    const problems: string[] = [];
    if (!accepted) {
      if ((await server.store.latestSeq()) !== seqBefore) problems.push('refused yet written');
      if (result.rejections.length !== 1) problems.push('refused without a reason');
      if (
        !canSee &&
        !isDeepStrictEqual(result.answer, [{ ...row.newDocumentState, _deleted: true }])
      ) {
        problems.push('refusal answered more than the pushed copy');
      }
      if (!canSee && result.rejections[0]?.code !== 'not_found') {
        problems.push(`invisible record answered ${result.rejections[0]?.code}`);
      }
    }
    return { accepted, code: result.rejections[0]?.code, problems };
  };

  it('lets each role change and delete exactly the records it may, everyone else gets nothing', async () => {
    const wrong: string[] = [];
    for (const op of ['change', 'delete'] as const) {
      for (const writer of actors) {
        for (const collection of collectionNames) {
          for (const owner of owners) {
            const id = idFor(collection, owner);
            const stored = await current(collection, id);
            if (!stored || stored.deleted) throw new Error(`${collection}/${id} missing`);
            const master = asClient(stored);
            const next = {
              ...master,
              updatedAt: new Date(Date.parse(String(master.updatedAt)) + 1000).toISOString(),
              ...(op === 'delete' ? { _deleted: true } : {}),
            };
            const canSee = visible(writer, collection, owner);
            // A writer who cannot see the record guesses its id and (here: exact) state.
            const result = await attempt(
              writer,
              collection,
              { assumedMasterState: master, newDocumentState: next },
              canSee,
            );
            if (!canSee) {
              const [after] = await server.store.getDocuments(collection, [id]);
              if (JSON.stringify(after) !== JSON.stringify(stored)) result.problems.push('changed');
            }
            const expected = mayChange(writer, collection, owner, op);
            if (result.accepted !== expected || result.problems.length > 0) {
              wrong.push(
                `${writer} ${op} ${collection} of ${owner}: ${result.accepted ? 'accepted' : result.code} ${result.problems.join(', ')}`,
              );
            }
            if (op === 'delete' && result.accepted) {
              // Put it back for the next writer.
              await server.store.write((tx) =>
                tx.putDocument({ ...stored, writtenByDevice: undefined }),
              );
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('streams each role exactly the changes it may see, in every collection', async () => {
    const streams = await Promise.all(
      actors.map((who) => openEventStream(`${baseUrl}/api/sync/stream`, tokens[who] as string)),
    );
    try {
      await expect.poll(() => streams.every((s) => s.events.length >= 1)).toBe(true);
      await server.store.write(async (tx) => {
        for (const collection of collectionNames) {
          for (const owner of owners) {
            const stored = await tx.getDocuments(collection, [idFor(collection, owner)]);
            const doc = stored[0] as StoredDocument;
            const updatedAt = new Date(Date.parse(String(doc.data.updatedAt)) + 1000).toISOString();
            await tx.putDocument({
              ...doc,
              writtenByDevice: undefined,
              data: { ...doc.data, updatedAt },
            });
          }
        }
      });
      const seen = (index: number) => {
        const out = new Set<string>();
        for (const { collection, doc } of streamedDocuments(streams[index]?.events ?? [])) {
          out.add(`${collection}/${doc.id}`);
        }
        return out;
      };
      const adminIndex = actors.indexOf('admin');
      const everything = collectionNames.length * owners.length;
      await expect.poll(() => seen(adminIndex).size, { timeout: 5000 }).toBe(everything);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const leaks: string[] = [];
      for (const [index, reader] of actors.entries()) {
        const got = seen(index);
        for (const collection of collectionNames) {
          for (const owner of owners) {
            const key = `${collection}/${idFor(collection, owner)}`;
            if (got.has(key) !== visible(reader, collection, owner)) {
              leaks.push(`${reader} ${got.has(key) ? 'got' : 'missed'} ${collection} of ${owner}`);
            }
          }
        }
      }
      expect(leaks).toEqual([]);
    } finally {
      for (const stream of streams) await stream.close();
    }
  });

  it('refuses forged owners, teams and server-owned fields, writing nothing', async () => {
    const forged: Array<{
      who: Actor;
      collection: CollectionName;
      owner: Person;
      change: Record<string, unknown>;
      allowed: boolean;
      label: string;
    }> = [];
    const ownRecord: Record<Actor, [CollectionName, Person]> = {
      rep1: ['leads', 'rep1'],
      rep2: ['leads', 'rep2'],
      rep3: ['leads', 'rep3'],
      manager: ['leads', 'manager'],
      finance: ['invoices', 'finance'],
      admin: ['leads', 'rep1'],
    };
    for (const who of actors) {
      const [collection, owner] = ownRecord[who];
      const give = (to: string, allowed: boolean) =>
        forged.push({
          who,
          collection,
          owner,
          change: { ownerId: to },
          allowed,
          label: `give to ${to}`,
        });
      give(people.rep2.id, who === 'manager' || who === 'finance' || who === 'admin');
      give(people.rep3.id, who === 'rep3' || who === 'finance' || who === 'admin');
      give('nobody-with-this-id', false);
      forged.push({
        who,
        collection,
        owner,
        change: { teamId: who === 'rep3' ? 'team-east' : 'team-west' },
        allowed: who === 'admin',
        label: 'share with another team',
      });
      forged.push({
        who,
        collection,
        owner,
        change: { createdAt: '2020-01-01T00:00:00.000Z' },
        allowed: false,
        label: 'rewrite createdAt',
      });
    }
    for (const who of ['rep1', 'manager', 'finance', 'admin'] as const) {
      const owner: Person = who === 'admin' ? 'rep1' : who;
      forged.push({
        who,
        collection: 'invoices',
        owner,
        change: { number: 'INV-2026-99999' },
        allowed: false,
        label: 'make up a final invoice number',
      });
    }
    forged.push({
      who: 'rep1',
      collection: 'invoices',
      owner: 'rep1',
      change: {
        payments: [
          {
            id: 'p1',
            amountMinor: 100,
            currency: 'EUR',
            date: '2026-11-01',
            method: 'bank_transfer',
          },
        ],
      },
      allowed: false,
      label: 'record a payment',
    });
    forged.push({
      who: 'rep1',
      collection: 'quotes',
      owner: 'rep1',
      change: {
        approval: {
          status: 'approved',
          decidedBy: people.rep1.id,
          decidedAt: '2026-11-01T00:00:00.000Z',
        },
      },
      allowed: false,
      label: 'approve an own quote',
    });
    // Credit terms: finance, managers and admins set them; a rep does not, and finance changes
    // nothing else of an account.
    const creditLimit = { creditLimit: { amount: 100_000_000, currency: 'CNY' } };
    for (const [who, owner, change, allowed, label] of [
      ['rep1', 'rep1', creditLimit, false, 'raise the credit limit of an own account'],
      ['rep1', 'rep1', { paymentTermsDays: 120 }, false, 'give an own account 120 days to pay'],
      ['manager', 'manager', creditLimit, true, 'set a credit limit'],
      ['finance', 'rep1', creditLimit, true, 'set a credit limit'],
      ['finance', 'rep1', { creditHold: true }, true, 'put an account on hold'],
      ['finance', 'rep1', { ...creditLimit, name: 'Renamed GmbH' }, false, 'rename an account'],
    ] as const) {
      forged.push({ who, collection: 'accounts', owner, change, allowed, label });
    }
    const wrong: string[] = [];
    for (const f of forged) {
      const stored = (await current(f.collection, idFor(f.collection, f.owner))) as StoredDocument;
      const master = asClient(stored);
      const next = {
        ...master,
        ...f.change,
        updatedAt: new Date(Date.parse(String(master.updatedAt)) + 1000).toISOString(),
      };
      const result = await attempt(
        f.who,
        f.collection,
        { assumedMasterState: master, newDocumentState: next },
        true,
      );
      if (result.accepted !== f.allowed || result.problems.length > 0) {
        wrong.push(
          `${f.who} ${f.label} on ${f.collection}: ${result.accepted ? 'accepted' : result.code} ${result.problems.join(', ')}`,
        );
      }
      if (result.accepted) {
        // Undo, so every forgery starts from the seeded record.
        await push('admin', f.collection, [
          { assumedMasterState: next, newDocumentState: { ...master, updatedAt: next.updatedAt } },
        ]);
      }
    }
    const directory = await push('manager', 'settings', [
      {
        newDocumentState: {
          ...recordFor('settings', people.manager.id, '0195a3c2-7f00-7000-9000-00000000dddd'),
          key: 'teamDirectory',
          _deleted: false,
        },
      },
    ]);
    if (directory.answer.length === 0) wrong.push('manager wrote the team directory');
    expect(wrong).toEqual([]);
  });

  it('moves a reassigned record off the old owner on pull and stream, and locks them out', async () => {
    const rep1Stream = await openEventStream(`${baseUrl}/api/sync/stream`, tokens.rep1 as string);
    const rep2Stream = await openEventStream(`${baseUrl}/api/sync/stream`, tokens.rep2 as string);
    try {
      await expect.poll(() => rep1Stream.events.length + rep2Stream.events.length).toBe(2);
      for (const collection of ['leads', 'opportunities', 'accounts'] as const) {
        const before = await server.app.inject({
          method: 'GET',
          url: `/api/sync/${collection}/pull?seq=0&limit=1000`,
          headers: { authorization: `Bearer ${tokens.rep1}` },
        });
        const checkpoint = (before.json() as { checkpoint: { seq: number } }).checkpoint.seq;
        const id = idFor(collection, 'rep1');
        const master = asClient((await current(collection, id)) as StoredDocument);
        const moved = {
          ...master,
          ownerId: people.rep3.id,
          teamId: 'team-west',
          updatedAt: new Date(Date.parse(String(master.updatedAt)) + 5000).toISOString(),
        };
        const result = await push('admin', collection, [
          { assumedMasterState: master, newDocumentState: moved },
        ]);
        expect(result.answer).toEqual([]);
        const after = await server.app.inject({
          method: 'GET',
          url: `/api/sync/${collection}/pull?seq=${checkpoint}&limit=1000`,
          headers: { authorization: `Bearer ${tokens.rep1}` },
        });
        const documents = (after.json() as { documents: Array<Record<string, unknown>> }).documents;
        // The old owner learns only that it is gone, not what it became.
        expect(documents.filter((d) => d.id === id)).toEqual([
          expect.objectContaining({ id, _deleted: true }),
        ]);
        expect(JSON.stringify(documents)).not.toContain('team-west');
        await expect
          .poll(() =>
            streamedDocuments(rep1Stream.events).some(
              ({ doc }) => doc.id === id && doc._deleted === true,
            ),
          )
          .toBe(true);
        // rep2 (East) learns at most that it is gone (accounts are team-shared), never its new form.
        expect(JSON.stringify(rep2Stream.events)).not.toContain('rep3-west');
        for (const event of rep2Stream.events) {
          const docs =
            (event.data as { documents?: Array<{ id: string; _deleted: boolean }> }).documents ??
            [];
          expect(docs.filter((d) => d.id === id && !d._deleted)).toEqual([]);
        }
        const back = await attempt(
          'rep1',
          collection,
          {
            assumedMasterState: { ...master },
            newDocumentState: { ...master, notes: 'still mine?' },
          },
          false,
        );
        expect(back).toMatchObject({ accepted: false, code: 'not_found', problems: [] });
      }
    } finally {
      await rep1Stream.close();
      await rep2Stream.close();
    }
  });
});
