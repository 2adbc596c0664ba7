import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import type { Lead } from '../../src/shared/domain/lead.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

type Doc = Record<string, unknown> & { id: string };
type Page = { documents: Doc[]; checkpoint: { seq: number } };

const runA = 'run-a-0000000001';
const runB = 'run-b-0000000002';

describe.each(storeKinds)("a replica's pull on %s", (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};
  let made = 0;

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    for (const name of ['rep1', 'manager'] as const) {
      tokens[name] = await server.login(people[name].email, people[name].password);
    }
  });
  afterEach(async () => server.close());

  const lead = (notes: string): Lead => {
    made += 1;
    return {
      ...exampleRecords.leads,
      id: newId(Date.parse('2026-11-27T08:00:00.000Z') + made),
      ownerId: people.rep1.id,
      eventId: undefined,
      notes,
    };
  };
  const headers = (who: string, replica?: string) => ({
    authorization: `Bearer ${tokens[who]}`,
    ...(replica ? { 'x-fieldbook-replica': replica } : {}),
  });
  const push = async (who: string, docs: Doc[], replica?: string) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/leads/push',
      headers: headers(who, replica),
      payload: docs.map((doc) => ({ newDocumentState: { ...doc, _deleted: false } })),
    });
    expect(response.json()).toEqual([]);
  };
  const pull = async (seq: number, limit: number, replica?: string): Promise<Page> => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/sync/leads/pull?seq=${seq}&limit=${limit}`,
      headers: headers('rep1', replica),
    });
    expect(response.statusCode).toBe(200);
    return response.json() as Page;
  };
  // Pages the way RxDB does: until a page is shorter than the batch; every page but the last full.
  const pullAll = async (limit: number, replica?: string) => {
    const ids: string[] = [];
    const sizes: number[] = [];
    let seq = 0;
    for (;;) {
      const page = await pull(seq, limit, replica);
      if (page.documents.length === 0) break;
      ids.push(...page.documents.map((doc) => doc.id));
      sizes.push(page.documents.length);
      seq = page.checkpoint.seq;
      if (page.documents.length < limit) break;
    }
    return { ids, sizes, seq };
  };

  it('leaves out what this run pushed, yet moves the checkpoint past it', async () => {
    const own = [lead('a'), lead('b'), lead('c')];
    await push('rep1', own, runA);
    const latest = await server.store.latestSeq();

    const page = await pull(0, 100, runA);
    // Only the newest own version comes back, so that RxDB stores the checkpoint.
    expect(page.documents.map((doc) => doc.id)).toEqual([own[2]?.id]);
    expect(page.checkpoint.seq).toBe(latest);
    // Another run of the same sign-in (it may have lost its local data) and an older client that
    // names no run get everything.
    expect((await pull(0, 100, runB)).documents).toHaveLength(3);
    expect((await pull(0, 100)).documents).toHaveLength(3);
  });

  it("keeps RxDB's paging whole: full pages until the end, every other writer's change in them", async () => {
    const others: string[] = [];
    for (const [ownCount, otherCount] of [
      [30, 2],
      [7, 3],
      [45, 0],
      [1, 1],
      [25, 0],
    ] as const) {
      await push(
        'rep1',
        Array.from({ length: ownCount }, () => lead('own')),
        runA,
      );
      const fromManager = Array.from({ length: otherCount }, () => lead('from the manager'));
      if (otherCount > 0) await push('manager', fromManager, runA);
      others.push(...fromManager.map((doc) => doc.id));
    }
    for (const limit of [1, 2, 4, 1000]) {
      const { ids, sizes, seq } = await pullAll(limit, runA);
      expect(ids.filter((id) => others.includes(id))).toEqual(others);
      // Own versions come back only to fill a page whose read budget ran out, or as the last page.
      expect(ids.length).toBeLessThan(others.length + 40 / limit + 2);
      expect(sizes.slice(0, -1).every((size) => size === limit)).toBe(true);
      expect(seq).toBe(await server.store.latestSeq());
    }
  });

  it('returns what the server changed after or while storing the push', async () => {
    const kept = lead('as sent');
    const withDeviceField = { ...lead('with a device-only field'), companyKey: 'acme' };
    await push('rep1', [kept, withDeviceField], runA);
    const start = await server.store.latestSeq();
    const edited = {
      ...kept,
      notes: 'the manager edited it',
      updatedAt: '2026-11-27T12:00:00.000Z',
    };
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/leads/push',
      headers: headers('manager'),
      payload: [
        {
          assumedMasterState: { ...kept, _deleted: false },
          newDocumentState: { ...edited, _deleted: false },
        },
      ],
    });
    expect(response.json()).toEqual([]);

    // The schema dropped a field the device sent: the stored record differs, so it comes back.
    const { companyKey: _dropped, ...stored } = withDeviceField;
    expect((await pull(0, 100, runA)).documents).toEqual([
      { ...stored, _deleted: false },
      { ...edited, _deleted: false },
    ]);
    expect((await pull(start, 100, runA)).documents).toEqual([{ ...edited, _deleted: false }]);
  });
});
