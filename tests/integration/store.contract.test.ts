import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord, Store, UserRecord } from '../../src/server/store/Store.ts';
import { openTestStore, type StoreKind, storeKinds } from '../support/testStores.ts';

const at = '2026-11-27T10:00:00.000Z';

function user(overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id: 'u1',
    email: 'rep1@example.com',
    name: 'Rep One',
    role: 'rep',
    teamId: null,
    passwordHash: 'scrypt$x',
    active: true,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

function session(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    tokenHash: 'h1',
    userId: 'u1',
    deviceId: 'd1',
    deviceName: 'Laptop',
    createdAt: at,
    expiresAt: '2026-12-27T10:00:00.000Z',
    revokedAt: null,
    lastSeenAt: null,
    ...overrides,
  };
}

describe.each(storeKinds)('Store contract on %s', (kind: StoreKind) => {
  let store: Store;
  let reopen: () => Store;
  let cleanup: () => Promise<void>;
  const extraStores: Store[] = [];

  beforeEach(async () => {
    ({ store, reopen, cleanup } = await openTestStore(kind));
  });

  afterEach(async () => {
    for (const extra of extraStores.splice(0)) await extra.close();
    await store.close();
    await cleanup();
  });

  it('answers a ping and migrates idempotently', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.migrate();
    expect(await store.countDocuments()).toBe(0);
  });

  it('hands out each device index once, also to concurrent sign-ins', async () => {
    const indexes = await Promise.all(Array.from({ length: 20 }, () => store.takeDeviceIndex()));
    expect([...indexes].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await store.takeDeviceIndex()).toBe(20);
    expect(await store.countDocuments()).toBe(0);
  });

  it('lists the counters started under a name prefix', async () => {
    await store.write(async (tx) => {
      await tx.advanceCounter('invoice:INV-:2026', 1);
      await tx.advanceCounter('invoice:RE_%', 2);
      await tx.advanceCounter('other:INV-', 1);
    });
    expect((await store.counterNames('invoice:')).sort()).toEqual([
      'invoice:INV-:2026',
      'invoice:RE_%',
    ]);
    expect(await store.counterNames('invoice:RE_')).toEqual(['invoice:RE_%']);
  });

  it('assigns strictly increasing sequence numbers and pulls in order', async () => {
    const seqs = await store.write(async (tx) => [
      await tx.putDocument({
        collection: 'leads',
        id: 'a',
        ownerId: 'u1',
        teamId: 't1',
        deleted: false,
        data: { id: 'a', n: 1 },
      }),
      await tx.putDocument({
        collection: 'leads',
        id: 'b',
        ownerId: 'u2',
        teamId: 't1',
        deleted: false,
        data: { id: 'b', n: 2 },
      }),
    ]);
    expect(seqs[1]).toBeGreaterThan(seqs[0] ?? Number.POSITIVE_INFINITY);
    await store.write(async (tx) =>
      tx.putDocument({
        collection: 'leads',
        id: 'a',
        ownerId: 'u1',
        teamId: 't1',
        deleted: false,
        data: { id: 'a', n: 3 },
      }),
    );
    const page = await store.pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 10,
      access: { kind: 'all' },
    });
    expect(page.documents.map((d) => [d.id, d.data.n])).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
    expect(page.lastSeq).toBe(page.documents.at(-1)?.seq);
    const next = await store.pull({
      collection: 'leads',
      afterSeq: page.lastSeq,
      limit: 10,
      access: { kind: 'all' },
    });
    expect(next).toEqual({ documents: [], lastSeq: page.lastSeq });
  });

  it('pages with a limit and filters by owner and team', async () => {
    await store.write(async (tx) => {
      for (let i = 0; i < 25; i++) {
        await tx.putDocument({
          collection: 'leads',
          id: `l${i}`,
          ownerId: i % 2 === 0 ? 'u1' : 'u2',
          teamId: i % 5 === 0 ? 't1' : null,
          deleted: false,
          data: { id: `l${i}` },
        });
      }
    });
    const first = await store.pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 10,
      access: { kind: 'all' },
    });
    expect(first.documents).toHaveLength(10);
    const visible = await store.pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 100,
      access: { kind: 'some', ownerIds: ['u2'], teamIds: ['t1'] },
    });
    const ids = visible.documents.map((d) => Number(d.id.slice(1)));
    expect(ids.every((i) => i % 2 === 1 || i % 5 === 0)).toBe(true);
    expect(ids).toHaveLength(12 + 3);
    const none = await store.pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 100,
      access: { kind: 'some', ownerIds: [], teamIds: [] },
    });
    expect(none.documents).toEqual([]);
  });

  it('delivers a reassigned document as a deletion to the reader who lost it', async () => {
    const put = (ownerId: string, teamId: string | null, note: string) =>
      store.write(async (tx) =>
        tx.putDocument({
          collection: 'leads',
          id: 'r1',
          ownerId,
          teamId,
          deleted: false,
          data: { id: 'r1', ownerId, note },
        }),
      );
    await put('a', 't1', 'first');
    const repA = { kind: 'some' as const, ownerIds: ['a'], teamIds: [] };
    const repB = { kind: 'some' as const, ownerIds: ['b'], teamIds: [] };
    const seen = await store.pull({ collection: 'leads', afterSeq: 0, limit: 10, access: repA });
    expect(seen.documents.map((d) => [d.id, d.deleted])).toEqual([['r1', false]]);

    await put('b', 't1', 'second');
    const lost = await store.pull({
      collection: 'leads',
      afterSeq: seen.lastSeq,
      limit: 10,
      access: repA,
    });
    expect(lost.documents).toHaveLength(1);
    // A learns only that it lost the record, not what B wrote.
    expect(lost.documents[0]).toMatchObject({ id: 'r1', deleted: true, data: { note: 'first' } });
    const gained = await store.pull({ collection: 'leads', afterSeq: 0, limit: 10, access: repB });
    expect(gained.documents.map((d) => [d.id, d.deleted, d.data.note])).toEqual([
      ['r1', false, 'second'],
    ]);
    // The team still sees it; a manager of t1 is never told it was lost.
    const manager = { kind: 'some' as const, ownerIds: ['m'], teamIds: ['t1'] };
    const team = await store.pull({ collection: 'leads', afterSeq: 0, limit: 10, access: manager });
    expect(team.documents.map((d) => [d.id, d.deleted])).toEqual([['r1', false]]);

    await put('a', 't1', 'third');
    const back = await store.pull({ collection: 'leads', afterSeq: 0, limit: 10, access: repA });
    expect(back.documents.map((d) => [d.id, d.deleted, d.data.note])).toEqual([
      ['r1', false, 'third'],
    ]);
  });

  it('reads a page for every reader at once: all documents plus revocations with current access', async () => {
    const put = (id: string, ownerId: string, teamId: string | null) =>
      store.write(async (tx) =>
        tx.putDocument({ collection: 'leads', id, ownerId, teamId, deleted: false, data: { id } }),
      );
    await put('r1', 'a', 't1');
    const start = await store.latestSeq();
    await put('r1', 'b', 't2');
    await put('r2', 'c', null);
    await put('r1', 'c', null);
    const all = { kind: 'all' as const };
    const page = await store.pull({
      collection: 'leads',
      afterSeq: start,
      limit: 10,
      access: all,
      withRevocations: true,
    });
    expect(page.documents.map((d) => [d.id, d.ownerId, d.teamId])).toEqual([
      ['r2', 'c', null],
      ['r1', 'c', null],
    ]);
    // Both moves of r1, each with the owner it had before and the one it has now.
    expect(
      page.revocations?.map((r) => [r.id, r.ownerId, r.teamId, r.deleted, r.current.ownerId]),
    ).toEqual([
      ['r1', 'a', 't1', true, 'c'],
      ['r1', 'b', 't2', true, 'c'],
    ]);
    const firstOnly = await store.pull({
      collection: 'leads',
      afterSeq: start,
      limit: 1,
      access: all,
      withRevocations: true,
    });
    // Only the revocations up to the page's last seq.
    expect(firstOnly.revocations?.map((r) => r.ownerId)).toEqual(['a']);
    expect(
      (await store.pull({ collection: 'leads', afterSeq: 0, limit: 9, access: all })).revocations,
    ).toBeUndefined();
  });

  it('purges old tombstones and remembers how far it purged', async () => {
    const put = (id: string, deleted: boolean, changedAt: string) =>
      store.write(async (tx) =>
        tx.putDocument({
          collection: 'leads',
          id,
          ownerId: 'u1',
          teamId: null,
          deleted,
          data: { id },
          changedAt,
        }),
      );
    await put('old-tombstone', true, '2026-01-01T00:00:00.000Z');
    await put('old-live', false, '2026-01-01T00:00:00.000Z');
    await put('new-tombstone', true, '2026-11-01T00:00:00.000Z');
    expect(await store.purgedThroughSeq()).toBe(0);
    const result = await store.purgeTombstones({ before: '2026-08-01T00:00:00.000Z' });
    expect(result).toEqual({ purged: 1, purgedThroughSeq: 1 });
    const left = await store.pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 10,
      access: { kind: 'all' },
    });
    expect(left.documents.map((d) => d.id)).toEqual(['old-live', 'new-tombstone']);
    expect(await store.purgeTombstones({ before: '2026-08-01T00:00:00.000Z' })).toEqual({
      purged: 0,
      purgedThroughSeq: 1,
    });
    expect(await store.purgedThroughSeq()).toBe(1);
  });

  it('keeps deletions as tombstones and rolls back a failed transaction completely', async () => {
    await store.write(async (tx) =>
      tx.putDocument({
        collection: 'leads',
        id: 'a',
        ownerId: 'u1',
        teamId: null,
        deleted: true,
        data: { id: 'a' },
      }),
    );
    await expect(
      store.write(async (tx) => {
        await tx.putDocument({
          collection: 'leads',
          id: 'b',
          ownerId: 'u1',
          teamId: null,
          deleted: false,
          data: { id: 'b' },
        });
        throw new Error('validation failed');
      }),
    ).rejects.toThrow('validation failed');
    const [tombstone] = await store.getDocuments('leads', ['a']);
    expect(tombstone?.deleted).toBe(true);
    expect(await store.getDocuments('leads', ['b'])).toEqual([]);
    // The sequence of the rolled-back write is never visible to a pull.
    const page = await store.pull({
      collection: 'leads',
      afterSeq: 0,
      limit: 10,
      access: { kind: 'all' },
    });
    expect(page.documents.map((d) => d.id)).toEqual(['a']);
  });

  it('serializes concurrent writers so that sequence order is commit order', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.write(async (tx) => {
          const [current] = await tx.getDocuments('counters', ['c']);
          const value = Number(current?.data.value ?? 0) + 1;
          await tx.putDocument({
            collection: 'counters',
            id: 'c',
            ownerId: 'u1',
            teamId: null,
            deleted: false,
            data: { id: 'c', value, by: i },
          });
        }),
      ),
    );
    const [counter] = await store.getDocuments('counters', ['c']);
    expect(counter?.data.value).toBe(20);
  });

  it('notifies subscribers after commit; on PostgreSQL also other server processes', async () => {
    const second = reopen();
    extraStores.push(second);
    const local: string[][] = [];
    const remote: string[][] = [];
    store.subscribe((notice) => local.push(notice.collections));
    second.subscribe((notice) => remote.push(notice.collections));
    // LISTEN is established asynchronously (PostgreSQL only).
    await new Promise((resolve) => setTimeout(resolve, store.kind === 'postgres' ? 300 : 0));
    await store.write(async (tx) =>
      tx.putDocument({
        collection: 'events',
        id: 'e',
        ownerId: 'u1',
        teamId: null,
        deleted: false,
        data: { id: 'e' },
      }),
    );
    await expect.poll(() => local, { timeout: 3000 }).toEqual([['events']]);
    // The embedded store serves one process; only PostgreSQL fans out across processes.
    if (store.kind === 'postgres')
      await expect.poll(() => remote, { timeout: 3000 }).toEqual([['events']]);
    else expect(remote).toEqual([]);
  });

  it('keeps data across a restart', async () => {
    await store.write(async (tx) =>
      tx.putDocument({
        collection: 'leads',
        id: '王丽',
        ownerId: 'u1',
        teamId: null,
        deleted: false,
        data: { id: '王丽', company: '上海星辰科技有限公司' },
      }),
    );
    await store.close();
    store = reopen();
    await store.migrate();
    const [doc] = await store.getDocuments('leads', ['王丽']);
    expect(doc?.data.company).toBe('上海星辰科技有限公司');
  });

  it('stores users, teams and sessions, and revokes a device', async () => {
    await store.createTeam({ id: 't1', name: 'East', createdAt: at });
    await store.createUser(user({ teamId: 't1' }));
    await expect(store.createUser(user({ id: 'u2' }))).rejects.toThrow();
    expect(await store.countUsers()).toBe(1);
    expect((await store.findUserByEmail(' REP1@example.com '))?.id).toBe('u1');
    await store.updateUser('u1', { role: 'manager', active: false, updatedAt: at });
    expect(await store.getUser('u1')).toMatchObject({
      role: 'manager',
      active: false,
      teamId: 't1',
    });
    expect(await store.listTeams()).toEqual([{ id: 't1', name: 'East', createdAt: at }]);

    await store.createSession(session());
    await store.createSession(session({ tokenHash: 'h2', deviceId: 'd2' }));
    await store.touchSession('h1', at);
    expect((await store.findSession('h1'))?.lastSeenAt).toBe(at);
    expect(await store.revokeDevice('u1', 'd1', at)).toBe(1);
    expect((await store.findSession('h1'))?.revokedAt).toBe(at);
    expect((await store.findSession('h2'))?.revokedAt).toBeNull();
    await store.revokeSession('h2', at);
    expect((await store.listSessions('u1')).every((s) => s.revokedAt === at)).toBe(true);
  });

  it('tells which of many sessions are still valid in one call', async () => {
    await store.createUser(user());
    await store.createUser(user({ id: 'u2', email: 'gone@example.com', active: false }));
    await store.createSession(session({ tokenHash: 'ok' }));
    await store.createSession(session({ tokenHash: 'revoked', deviceId: 'd2' }));
    await store.revokeSession('revoked', at);
    await store.createSession(session({ tokenHash: 'expired', expiresAt: at }));
    await store.createSession(session({ tokenHash: 'inactive', userId: 'u2' }));
    const tokens = ['ok', 'revoked', 'expired', 'inactive', 'unknown'];
    expect([...(await store.validSessions(tokens, at))]).toEqual(['ok']);
    expect([...(await store.validSessions(tokens, '2026-12-28T00:00:00.000Z'))]).toEqual([]);
    expect((await store.validSessions([], at)).size).toBe(0);
  });
});
