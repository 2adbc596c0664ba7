import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/shared/audit/auditEntry.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import type { Lead } from '../../src/shared/domain/lead.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

describe.each(storeKinds)('audit trail of writes on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};

  const signIn = async (email: string, password: string, deviceId: string) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password, deviceId, deviceName: deviceId },
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { token: string }).token;
  };

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    tokens.rep1 = await signIn(people.rep1.email, people.rep1.password, 'rep1-laptop');
    tokens.rep3 = await signIn(people.rep3.email, people.rep3.password, 'rep3-phone');
    tokens.admin = await signIn(adminCredentials.email, adminCredentials.password, 'admin-pc');
  });
  afterEach(async () => server.close());

  const push = (who: string, rows: unknown[]) =>
    server.app.inject({
      method: 'POST',
      url: '/api/sync/leads/push',
      headers: { authorization: `Bearer ${tokens[who]}` },
      payload: rows as object[],
    });
  const entries = (search: Partial<Parameters<TestServer['store']['searchAudit']>[0]> = {}) =>
    server.store.searchAudit({ limit: 500, ...search });
  const recordEntries = async (id: string) =>
    (await entries({ collection: 'leads', recordId: id })).reverse();

  it('records each accepted create, update and delete once, with only the changed fields', async () => {
    const lead: Lead = { ...exampleRecords.leads, ownerId: people.rep1.id, eventId: undefined };
    expect(
      (await push('rep1', [{ newDocumentState: { ...lead, _deleted: false } }])).json(),
    ).toEqual([]);
    const edited: Lead = {
      ...lead,
      notes: '需要 25 台扫描枪',
      consent: { ...lead.consent, given: false },
      updatedAt: '2026-11-27T10:00:00.000Z',
    } as Lead;
    const master = { ...lead, _deleted: false };
    expect(
      (
        await push('rep1', [
          { assumedMasterState: master, newDocumentState: { ...edited, _deleted: false } },
        ])
      ).json(),
    ).toEqual([]);
    // A push from an outdated copy is a conflict: nothing is written, so nothing is recorded.
    const stale = await push('rep1', [
      { assumedMasterState: master, newDocumentState: { ...lead, notes: 'x', _deleted: false } },
    ]);
    expect(stale.json()).toHaveLength(1);
    expect(
      (
        await push('rep1', [
          {
            assumedMasterState: { ...edited, _deleted: false },
            newDocumentState: { ...edited, _deleted: true },
          },
        ])
      ).json(),
    ).toEqual([]);

    const [created, updated, deleted, ...rest] = await recordEntries(lead.id);
    expect(rest).toEqual([]);
    const who = {
      collection: 'leads',
      recordId: lead.id,
      actorId: people.rep1.id,
      actorName: people.rep1.id,
      deviceId: 'rep1-laptop',
      teamId: 'team-east',
    };
    expect(created).toMatchObject({ ...who, action: 'record_created' });
    expect(created?.changes).toContainEqual({ field: 'company', after: lead.company });
    expect(created?.changes).toContainEqual({ field: 'consent', after: lead.consent });
    expect(created?.changes?.map((change) => change.field)).not.toContain('updatedAt');
    expect(updated).toMatchObject({ ...who, action: 'record_updated' });
    expect(updated?.changes).toEqual([
      { field: 'notes', before: lead.notes, after: '需要 25 台扫描枪' },
      { field: 'consent.given', before: true, after: false },
    ]);
    expect(deleted).toMatchObject({ ...who, action: 'record_deleted' });
    expect(deleted?.changes).toBeUndefined();
    expect(Number(updated?.id)).toBeGreaterThan(Number(created?.id));
  });

  it('records refused writes with their reason, and one entry per row of a mixed push', async () => {
    const ids = {
      'lead-ok': newId(Date.now()),
      'lead-foreign': newId(Date.now()),
      'lead-broken': newId(Date.now()),
    };
    const mine = { ...exampleRecords.leads, id: ids['lead-ok'], ownerId: people.rep3.id };
    const foreign = { ...exampleRecords.leads, id: ids['lead-foreign'], ownerId: people.rep1.id };
    const broken = {
      ...exampleRecords.leads,
      id: ids['lead-broken'],
      ownerId: people.rep3.id,
      email: 7,
    };
    const response = await push('rep3', [
      { newDocumentState: { ...mine, eventId: undefined, _deleted: false } },
      { newDocumentState: { ...foreign, eventId: undefined, _deleted: false } },
      { newDocumentState: { ...broken, eventId: undefined, _deleted: false } },
    ]);
    expect(response.statusCode).toBe(200);
    const all = await entries({ actorId: people.rep3.id, collection: 'leads' });
    const byRecord = new Map(all.map((entry) => [entry.recordId, entry]));
    expect(all).toHaveLength(3);
    expect(byRecord.get(ids['lead-ok'])).toMatchObject({
      action: 'record_created',
      teamId: 'team-west',
    });
    expect(byRecord.get(ids['lead-foreign'])).toMatchObject({
      action: 'write_rejected',
      deviceId: 'rep3-phone',
      reason: 'forbidden: You cannot give this record to that user',
    });
    expect(byRecord.get(ids['lead-foreign'])?.changes).toBeUndefined();
    expect(byRecord.get(ids['lead-broken'])?.reason).toMatch(/^invalid_document: email/);
    expect(
      await server.store.getDocuments('leads', [ids['lead-foreign'], ids['lead-broken']]),
    ).toEqual([]);
  });

  it('records sign-ins, failed sign-ins with the name tried, and sign-outs', async () => {
    const failed = async (email: string, password: string) =>
      (
        await server.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password },
        })
      ).statusCode;
    expect(await failed(people.rep2.email, 'wrong-password')).toBe(401);
    expect(await failed('nobody@example.com', 'whatever-1')).toBe(401);
    const token = await signIn(people.rep2.email, people.rep2.password, 'rep2-tablet');
    const logout = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(logout.statusCode).toBe(204);

    const [wrong, unknown, login, out, ...rest] = (await entries())
      .filter(
        (entry) =>
          entry.actorId === people.rep2.id ||
          entry.recordId === people.rep2.id ||
          entry.actorName === 'nobody@example.com',
      )
      .reverse();
    expect(rest).toEqual([]);
    expect(wrong).toMatchObject({
      action: 'login_failed',
      actorName: people.rep2.email,
      recordId: people.rep2.id,
      teamId: 'team-east',
      reason: 'wrong_password',
    });
    expect(wrong?.actorId).toBeUndefined();
    expect(unknown).toMatchObject({
      action: 'login_failed',
      actorName: 'nobody@example.com',
      reason: 'unknown_email',
    });
    expect(login).toMatchObject({
      action: 'login',
      actorId: people.rep2.id,
      deviceId: 'rep2-tablet',
      teamId: 'team-east',
    });
    expect(out).toMatchObject({
      action: 'logout',
      actorId: people.rep2.id,
      deviceId: 'rep2-tablet',
    });
  });

  it('records people administration: creation, role change, deactivation, password, devices, teams', async () => {
    const admin = { authorization: `Bearer ${tokens.admin}` };
    const team = await server.app.inject({
      method: 'POST',
      url: '/api/admin/teams',
      headers: admin,
      payload: { name: '华南' },
    });
    const teamId = (team.json() as { id: string }).id;
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin,
      payload: {
        email: 'zhao@test.fieldbook',
        name: '赵敏',
        password: 'zhao-password',
        role: 'rep',
        teamId,
      },
    });
    const userId = (created.json() as { id: string }).id;
    const patch = (payload: object) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${userId}`,
        headers: admin,
        payload,
      });
    expect((await patch({ role: 'manager', name: '赵敏 (South)' })).statusCode).toBe(200);
    expect((await patch({ active: false })).statusCode).toBe(200);
    await server.app.inject({
      method: 'POST',
      url: `/api/admin/users/${userId}/password`,
      headers: admin,
      payload: { password: 'new-password-1' },
    });
    for (const [device, wipe] of [
      ['d1', false],
      ['d2', true],
    ] as const) {
      const revoke = await server.app.inject({
        method: 'POST',
        url: `/api/admin/users/${userId}/devices/${device}/revoke`,
        headers: admin,
        payload: { wipe },
      });
      expect(revoke.statusCode).toBe(200);
    }

    const log: AuditEntry[] = (await entries())
      .filter((entry) => entry.recordId === userId || entry.recordId === teamId)
      .reverse();
    expect(log.map((entry) => entry.action)).toEqual([
      'team_created',
      'user_created',
      'role_changed',
      'user_updated',
      'user_deactivated',
      'password_reset',
      'device_revoked',
      'device_wiped',
    ]);
    const [teamEntry, userEntry, roleEntry, nameEntry, , resetEntry, revokeEntry, wipeEntry] = log;
    const adminUser = await server.store.findUserByEmail(adminCredentials.email);
    expect(teamEntry).toMatchObject({
      actorId: adminUser?.id,
      actorName: adminUser?.name,
      deviceId: 'admin-pc',
      changes: [{ field: 'name', after: '华南' }],
    });
    expect(userEntry).toMatchObject({ teamId, reason: 'role: rep' });
    expect(userEntry?.changes).toContainEqual({ field: 'name', after: '赵敏' });
    expect(roleEntry?.changes).toEqual([{ field: 'role', before: 'rep', after: 'manager' }]);
    expect(nameEntry?.changes).toEqual([{ field: 'name', before: '赵敏', after: '赵敏 (South)' }]);
    expect(resetEntry?.changes).toBeUndefined();
    expect(JSON.stringify(log)).not.toContain('new-password-1');
    expect(revokeEntry?.reason).toBe('device: d1');
    expect(wipeEntry?.reason).toBe('device: d2');
  });
});
