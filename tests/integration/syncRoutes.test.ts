import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import type { Lead } from '../../src/shared/domain/lead.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

type Doc = Record<string, unknown> & { id: string };

describe.each(storeKinds)('sync routes on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    for (const [name, person] of Object.entries(people)) {
      tokens[name] = await server.login(person.email, person.password);
    }
  });
  afterEach(async () => server.close());

  const lead = (overrides: Partial<Lead> = {}): Lead => ({
    ...exampleRecords.leads,
    ownerId: people.rep1.id,
    eventId: undefined,
    ...overrides,
  });

  const push = (
    who: string,
    collection: string,
    rows: unknown,
    headers: Record<string, string> = {},
  ) =>
    server.app.inject({
      method: 'POST',
      url: `/api/sync/${collection}/push`,
      headers: { authorization: `Bearer ${tokens[who]}`, ...headers },
      payload: rows as object,
    });
  const pull = async (who: string, collection: string, seq = 0, limit = 100) => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/sync/${collection}/pull?seq=${seq}&limit=${limit}`,
      headers: { authorization: `Bearer ${tokens[who]}` },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as { documents: Doc[]; checkpoint: { seq: number } };
  };
  const create = (doc: Doc) => ({ newDocumentState: { ...doc, _deleted: false } });
  const rejectionsOf = (response: { headers: Record<string, unknown> }) => {
    const header = response.headers['x-fieldbook-rejections'];
    return typeof header === 'string'
      ? (JSON.parse(decodeURIComponent(header)) as Array<{ id: string; code: string }>)
      : [];
  };

  it('pushes a new lead and pulls it back with a checkpoint, only for those who may see it', async () => {
    const doc = lead();
    const response = await push('rep1', 'leads', [create(doc)]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([]);

    const mine = await pull('rep1', 'leads');
    // Every document carries the store sequence number of its version (`_seq`), and the push
    // answer named the same number for the row it wrote.
    expect(mine.documents).toEqual([{ ...doc, _deleted: false, _seq: mine.checkpoint.seq }]);
    expect(mine.checkpoint.seq).toBeGreaterThan(0);
    expect(response.headers['x-fieldbook-written-seqs']).toBe(String(mine.checkpoint.seq));
    expect((await pull('rep1', 'leads', mine.checkpoint.seq)).documents).toEqual([]);

    expect((await pull('manager', 'leads')).documents.map((d) => d.id)).toEqual([doc.id]);
    expect((await pull('rep2', 'leads')).documents).toEqual([]);
    expect((await pull('rep3', 'leads')).documents).toEqual([]);
    expect((await pull('finance', 'leads')).documents).toEqual([]);
  });

  it('answers a push based on an outdated copy with the server state and writes nothing', async () => {
    const original = lead();
    await push('rep1', 'leads', [create(original)]);
    const edited = { ...original, notes: 'from laptop A', updatedAt: '2026-11-27T10:00:00.000Z' };
    expect(
      (
        await push('rep1', 'leads', [
          {
            assumedMasterState: { ...original, _deleted: false },
            newDocumentState: { ...edited, _deleted: false },
          },
        ])
      ).json(),
    ).toEqual([]);

    const stale = { ...original, notes: 'from laptop B', updatedAt: '2026-11-27T10:01:00.000Z' };
    const conflict = await push('rep1', 'leads', [
      {
        assumedMasterState: { ...original, _deleted: false },
        newDocumentState: { ...stale, _deleted: false },
      },
    ]);
    expect(conflict.json()).toEqual([{ ...edited, _deleted: false, _seq: expect.any(Number) }]);
    expect(conflict.headers['x-fieldbook-written-seqs']).toBeUndefined();
    expect(rejectionsOf(conflict)).toEqual([]);
    // Key order does not matter when comparing the assumed state.
    const reordered = Object.fromEntries(Object.entries({ ...edited, _deleted: false }).reverse());
    const ok = await push('rep1', 'leads', [
      { assumedMasterState: reordered, newDocumentState: { ...stale, _deleted: false } },
    ]);
    expect(ok.json()).toEqual([]);
    const [stored] = await server.store.getDocuments('leads', [original.id]);
    expect(stored?.data.notes).toBe('from laptop B');
  });

  it('stores the record as the schema reads it, so device-only fields neither sync nor conflict', async () => {
    const doc = lead();
    const withSortKeys = { ...doc, createdAtDesc: 123, companyKey: 'acme' };
    expect((await push('rep1', 'leads', [create(withSortKeys)])).json()).toEqual([]);
    expect((await pull('rep1', 'leads')).documents).toEqual([
      { ...doc, _deleted: false, _seq: expect.any(Number) },
    ]);
    const edited = { ...withSortKeys, notes: 'edited', updatedAt: '2026-11-27T10:00:00.000Z' };
    const response = await push('rep1', 'leads', [
      {
        assumedMasterState: { ...withSortKeys, _deleted: false },
        newDocumentState: { ...edited, _deleted: false },
      },
    ]);
    expect(response.json()).toEqual([]);
  });

  it('refuses a lead given to someone else, answering with the own copy deleted', async () => {
    const doc = lead({ ownerId: people.rep2.id });
    const response = await push('rep1', 'leads', [create(doc)]);
    expect(response.json()).toEqual([{ ...doc, _deleted: true }]);
    expect(rejectionsOf(response)).toMatchObject([{ id: doc.id, code: 'forbidden' }]);
    expect(await server.store.countDocuments('leads')).toBe(0);
  });

  it('never reveals a record by its guessed id', async () => {
    const secret = lead({ ownerId: people.rep3.id, notes: 'secret' });
    await push('rep3', 'leads', [create(secret)]);
    const guess = { ...secret, ownerId: people.rep1.id, notes: 'mine now' };
    const response = await push('rep1', 'leads', [
      {
        assumedMasterState: { ...guess, _deleted: false },
        newDocumentState: { ...guess, _deleted: false },
      },
    ]);
    expect(response.json()).toEqual([{ ...guess, _deleted: true }]);
    expect(JSON.stringify(response.json())).not.toContain('secret');
    expect(rejectionsOf(response)).toMatchObject([{ code: 'not_found' }]);
    const [stored] = await server.store.getDocuments('leads', [secret.id]);
    expect(stored?.data.notes).toBe('secret');
  });

  it('enforces the workflows per role: a rep cannot mark an invoice paid', async () => {
    const invoice = {
      ...exampleRecords.invoices,
      ownerId: people.rep1.id,
      number: 'PROV-INV-2026-A2-0009',
      status: 'draft',
      payments: [],
    };
    expect((await push('rep1', 'invoices', [create(invoice)])).json()).toEqual([]);
    const paid = { ...invoice, status: 'paid', updatedAt: '2026-11-27T11:00:00.000Z' };
    const response = await push('rep1', 'invoices', [
      {
        assumedMasterState: { ...invoice, _deleted: false },
        newDocumentState: { ...paid, _deleted: false },
      },
    ]);
    expect(response.json()).toEqual([{ ...invoice, _deleted: false, _seq: expect.any(Number) }]);
    expect(rejectionsOf(response)[0]?.code).toMatch(/forbiddenTransition|roleNotAllowed/);
    const forged = await push('rep1', 'invoices', [
      create({ ...invoice, id: '0195a3c2-7f00-7000-8000-0000000000ff', status: 'paid' }),
    ]);
    expect(rejectionsOf(forged)).toMatchObject([{ code: 'invalidInitialStatus' }]);
  });

  it('lets only managers and admins change reference data', async () => {
    const product = exampleRecords.products;
    const byRep = await push('rep1', 'products', [create({ ...product, ownerId: people.rep1.id })]);
    expect(rejectionsOf(byRep)).toMatchObject([{ code: 'forbidden' }]);
    const byManager = await push('manager', 'products', [
      create({ ...product, ownerId: people.manager.id }),
    ]);
    expect(byManager.json()).toEqual([]);
    expect((await pull('rep3', 'products')).documents.map((d) => d.id)).toEqual([product.id]);
  });

  it('refuses an invalid document with its reason', async () => {
    const response = await push('rep1', 'leads', [create({ ...lead(), status: 'won' })]);
    expect(rejectionsOf(response)).toMatchObject([{ code: 'invalid_document' }]);
    expect(await server.store.countDocuments()).toBe(0);
  });

  it('removes a reassigned lead from the old owner and gives it to the new one', async () => {
    const doc = lead();
    await push('rep1', 'leads', [create(doc)]);
    const before = await pull('rep1', 'leads');
    const moved = { ...doc, ownerId: people.rep2.id, updatedAt: '2026-11-27T12:00:00.000Z' };
    const response = await push('manager', 'leads', [
      {
        assumedMasterState: { ...doc, _deleted: false },
        newDocumentState: { ...moved, _deleted: false },
      },
    ]);
    expect(response.json()).toEqual([]);
    const after = await pull('rep1', 'leads', before.checkpoint.seq);
    expect(after.documents).toEqual([{ ...doc, _deleted: true, _seq: after.checkpoint.seq }]);
    expect((await pull('rep2', 'leads')).documents).toEqual([
      { ...moved, _deleted: false, _seq: after.checkpoint.seq },
    ]);
    // A rep cannot do the same.
    const back = { ...moved, ownerId: people.rep1.id, updatedAt: '2026-11-27T13:00:00.000Z' };
    const refused = await push('rep2', 'leads', [
      {
        assumedMasterState: { ...moved, _deleted: false },
        newDocumentState: { ...back, _deleted: false },
      },
    ]);
    expect(rejectionsOf(refused)).toMatchObject([{ code: 'forbidden' }]);
  });

  it('propagates deletions as tombstones', async () => {
    const doc = lead();
    await push('rep1', 'leads', [create(doc)]);
    await push('rep1', 'leads', [
      {
        assumedMasterState: { ...doc, _deleted: false },
        newDocumentState: { ...doc, _deleted: true },
      },
    ]);
    expect((await pull('manager', 'leads')).documents).toEqual([
      { ...doc, _deleted: true, _seq: expect.any(Number) },
    ]);
  });

  it('tells a device offline past the tombstone window to resync from scratch', async () => {
    const doc = lead();
    await push('rep1', 'leads', [create(doc)]);
    const first = await pull('rep1', 'leads');
    await push('rep1', 'leads', [
      create({ ...lead(), id: '0195a3c2-7f00-7000-8000-0000000000e1' }),
    ]);
    await push('rep1', 'leads', [
      {
        assumedMasterState: { ...doc, _deleted: false },
        newDocumentState: { ...doc, _deleted: true },
      },
    ]);
    await server.store.purgeTombstones({ before: new Date(Date.now() + 60_000).toISOString() });
    const stale = await server.app.inject({
      method: 'GET',
      url: `/api/sync/leads/pull?seq=${first.checkpoint.seq}&limit=10`,
      headers: { authorization: `Bearer ${tokens.rep1}` },
    });
    expect(stale.statusCode).toBe(410);
    expect(stale.json()).toMatchObject({ error: 'resync_required' });
    // Starting over from zero works and no longer contains the purged deletion.
    expect((await pull('rep1', 'leads')).documents.map((d) => d.id)).toEqual([
      '0195a3c2-7f00-7000-8000-0000000000e1',
    ]);
  });

  it('answers malformed requests with 400, 401, 413 and 426, writing nothing', async () => {
    const cases = [
      await push('rep1', 'widgets', [create(lead())]),
      await push('rep1', 'leads', { not: 'an array' }),
      await push('rep1', 'leads', [{ newDocumentState: { notes: 'no id' } }]),
      await push(
        'rep1',
        'leads',
        Array.from({ length: 1001 }, () => create(lead())),
      ),
      await server.app.inject({
        method: 'GET',
        url: '/api/sync/leads/pull?seq=-1&limit=10',
        headers: { authorization: `Bearer ${tokens.rep1}` },
      }),
      await server.app.inject({
        method: 'GET',
        url: '/api/sync/leads/pull?seq=0&limit=0',
        headers: { authorization: `Bearer ${tokens.rep1}` },
      }),
      await server.app.inject({
        method: 'GET',
        url: '/api/sync/leads/pull?seq=0&limit=1001',
        headers: { authorization: `Bearer ${tokens.rep1}` },
      }),
      await server.app.inject({
        method: 'GET',
        url: '/api/sync/leads/pull?seq=abc&limit=10',
        headers: { authorization: `Bearer ${tokens.rep1}` },
      }),
    ];
    for (const response of cases) {
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request' });
    }
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/api/sync/leads/push',
      payload: [create(lead())],
    });
    expect(anonymous.statusCode).toBe(401);
    const huge = await push('rep1', 'leads', [
      create({ ...lead(), notes: 'x'.repeat(9 * 1024 * 1024) }),
    ]);
    expect(huge.statusCode).toBe(413);
    const old = await push('rep1', 'leads', [create(lead())], {
      'x-fieldbook-schema-version': '99',
    });
    expect(old.statusCode).toBe(426);
    expect(old.json()).toMatchObject({ error: 'update_required' });
    expect(await server.store.countDocuments()).toBe(0);
  });
});

describe('metrics', () => {
  it('exposes requests, sync counters and open streams in Prometheus text format', async () => {
    const server = await startTestServer('sqlite');
    try {
      const people = await seedTestTeam(server.store);
      const token = await server.login(people.rep1.email, people.rep1.password);
      const doc = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
      await server.app.inject({
        method: 'POST',
        url: '/api/sync/leads/push',
        headers: { authorization: `Bearer ${token}` },
        payload: [
          { newDocumentState: { ...doc, _deleted: false } },
          {
            newDocumentState: {
              ...doc,
              id: '0195a3c2-7f00-7000-8000-0000000000f1',
              ownerId: people.rep2.id,
              _deleted: false,
            },
          },
        ],
      });
      const response = await server.app.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/plain');
      expect(response.body).toContain(
        'fieldbook_sync_pushed_documents_total{collection="leads"} 1',
      );
      expect(response.body).toContain(
        'fieldbook_sync_rejections_total{collection="leads",code="forbidden"} 1',
      );
      expect(response.body).toContain('fieldbook_sync_open_streams 0');
      expect(response.body).toMatch(
        /fieldbook_http_request_seconds_count\{method="POST",route="\/api\/sync\/:collection\/push",status="200"\} 1/,
      );
      expect(response.body).toContain('fieldbook_store_operation_seconds_bucket');
    } finally {
      await server.close();
    }
  });
});
