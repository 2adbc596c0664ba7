import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/audit/auditEntry.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

describe.each(storeKinds)('audit routes on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};
  const eastLead = newId(Date.parse('2026-11-20T00:00:00Z'));
  const westLead = newId(Date.parse('2026-11-20T00:00:01Z'));

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    tokens.admin = await server.login(adminCredentials.email, adminCredentials.password);
    for (const [name, person] of Object.entries(people)) {
      tokens[name] = await server.login(person.email, person.password);
    }
    const lead = { ...exampleRecords.leads, eventId: undefined, _deleted: false };
    await push('rep1', [{ newDocumentState: { ...lead, id: eastLead, ownerId: people.rep1.id } }]);
    await push('rep1', [
      {
        assumedMasterState: { ...lead, id: eastLead, ownerId: people.rep1.id },
        newDocumentState: {
          ...lead,
          id: eastLead,
          ownerId: people.rep1.id,
          notes: '=HYPERLINK("x"), "quoted"',
        },
      },
    ]);
    await push('rep3', [{ newDocumentState: { ...lead, id: westLead, ownerId: people.rep3.id } }]);
  });
  afterEach(async () => server.close());

  function push(who: string, rows: unknown[]) {
    return server.app.inject({
      method: 'POST',
      url: '/api/sync/leads/push',
      headers: { authorization: `Bearer ${tokens[who]}` },
      payload: rows as object[],
    });
  }
  const get = (who: string, url: string) =>
    server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` } });
  const page = async (who: string, url: string) => {
    const response = await get(who, url);
    expect(response.statusCode).toBe(200);
    return response.json() as AuditPage;
  };

  it('searches by collection, record, actor, action and time, newest first, page by page', async () => {
    const all = await page('admin', '/api/audit?limit=500');
    const ids = all.entries.map((entry) => Number(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.nextBefore).toBeUndefined();
    expect(all.entries.map((entry) => entry.action)).toContain('login');

    const east = await page('admin', `/api/audit?collection=leads&recordId=${eastLead}`);
    expect(east.entries.map((entry) => entry.action)).toEqual(['record_updated', 'record_created']);
    const byActor = await page(
      'admin',
      `/api/audit?actorId=${people.rep3.id}&action=record_created`,
    );
    expect(byActor.entries.map((entry) => entry.recordId)).toEqual([westLead]);
    expect((await page('admin', '/api/audit?to=2000-01-01')).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await page('admin', `/api/audit?from=${today}&to=${today}`)).entries).toHaveLength(
      all.entries.length,
    );

    const first = await page('admin', '/api/audit?limit=2');
    expect(first.entries).toHaveLength(2);
    expect(first.nextBefore).toBe(first.entries[1]?.id);
    const second = await page('admin', `/api/audit?limit=2&before=${first.nextBefore}`);
    expect(second.entries.map((entry) => entry.id)).toEqual(
      all.entries.slice(2, 4).map((entry) => entry.id),
    );
    expect((await get('admin', '/api/audit?action=nonsense')).statusCode).toBe(400);
  });

  it("shows a record's history to admins, and to managers only for their team's records", async () => {
    const history = await page('admin', `/api/audit/records/leads/${eastLead}`);
    expect(history.entries.map((entry) => entry.action)).toEqual([
      'record_updated',
      'record_created',
    ]);
    expect(history.entries[0]?.changes).toEqual([
      { field: 'notes', before: exampleRecords.leads.notes, after: '=HYPERLINK("x"), "quoted"' },
    ]);
    expect((await page('manager', `/api/audit/records/leads/${eastLead}`)).entries).toHaveLength(2);
    expect((await get('manager', `/api/audit/records/leads/${westLead}`)).statusCode).toBe(404);
    expect((await get('manager', '/api/audit/records/leads/no-such-lead')).statusCode).toBe(404);

    const managerView = await page('manager', '/api/audit?limit=500');
    expect(managerView.entries.length).toBeGreaterThan(0);
    expect(managerView.entries.every((entry) => entry.teamId === 'team-east')).toBe(true);
    expect(managerView.entries.map((entry) => entry.recordId)).not.toContain(westLead);
  });

  it('refuses reps and finance, and the export to managers', async () => {
    for (const who of ['rep1', 'finance']) {
      for (const url of [
        '/api/audit',
        `/api/audit/records/leads/${eastLead}`,
        '/api/audit/export.csv',
      ]) {
        const response = await get(who, url);
        expect(response.statusCode, `${who} ${url}`).toBe(403);
        expect(response.body).not.toContain(eastLead);
      }
    }
    expect((await get('manager', '/api/audit/export.csv')).statusCode).toBe(403);
    expect((await server.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('exports CSV with a byte order mark, one row per changed field, safe for spreadsheets', async () => {
    const response = await get('admin', `/api/audit/export.csv?recordId=${eastLead}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,at,action,collection,recordId,actorId,actorName,deviceId,field,before,after,reason',
    );
    const updated = lines.filter((line) => line.includes(',record_updated,'));
    expect(updated).toHaveLength(1);
    expect(updated[0]).toContain(
      `,notes,${exampleRecords.leads.notes},"'=HYPERLINK(""x""), ""quoted"""`,
    );
    const created = lines.filter((line) => line.includes(',record_created,'));
    expect(created.length).toBeGreaterThan(5);
    expect(created.some((line) => line.includes(',company,,上海华东贸易有限公司,'))).toBe(true);
  });

  it('has no route that changes or deletes audit entries', async () => {
    const [entry] = (await page('admin', '/api/audit?limit=1')).entries;
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      for (const url of [
        '/api/audit',
        `/api/audit/${entry?.id}`,
        `/api/audit/records/leads/${eastLead}`,
      ]) {
        const response = await server.app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${tokens.admin}` },
          payload: {},
        });
        expect([404, 405], `${method} ${url}`).toContain(response.statusCode);
      }
    }
    expect((await page('admin', '/api/audit?limit=1')).entries[0]).toEqual(entry);
  });

  it('keeps /metrics working while entries are written', async () => {
    const metrics = await server.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/fieldbook_sync_pushed_documents_total\{collection="leads"\} 3/);
  });
});
