import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

describe.each(storeKinds)('auth and admin routes on %s', (kind: StoreKind) => {
  let server: TestServer;
  let now: Date;

  beforeEach(async () => {
    now = new Date('2026-11-27T10:00:00.000Z');
    server = await startTestServer(kind, { clock: () => now });
  });
  afterEach(async () => server.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('answers healthz while the store answers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', store: kind });
  });

  it('logs in, tells who is signed in and logs out', async () => {
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ADMIN@test.fieldbook', password: adminCredentials.password },
    });
    expect(login.statusCode).toBe(200);
    const { token, user } = login.json() as { token: string; user: Record<string, unknown> };
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(user).toMatchObject({ email: adminCredentials.email, role: 'admin', teamId: null });
    expect(user).not.toHaveProperty('passwordHash');

    const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect(me.json()).toMatchObject({ email: adminCredentials.email, role: 'admin' });

    const logout = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: bearer(token),
    });
    expect(logout.statusCode).toBe(204);
    const after = await server.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: bearer(token),
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses wrong credentials, missing and malformed tokens with 401', async () => {
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: adminCredentials.email, password: 'nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid_credentials' });
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.fieldbook', password: 'whatever1' },
    });
    expect(unknown.statusCode).toBe(401);
    for (const headers of [{}, { authorization: 'Bearer short' }, { authorization: 'Basic abc' }]) {
      const response = await server.app.inject({ method: 'GET', url: '/api/me', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('expires tokens after their lifetime', async () => {
    const token = await server.login(adminCredentials.email, adminCredentials.password);
    now = new Date(now.getTime() + 31 * 86_400_000);
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: bearer(token),
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers a malformed login body with 400 and writes nothing', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 42 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad_request' });
    expect(await server.store.listSessions('anyone')).toEqual([]);
  });

  it('lets an admin create teams and users; users then sign in', async () => {
    const admin = await server.login(adminCredentials.email, adminCredentials.password);
    const team = await server.app.inject({
      method: 'POST',
      url: '/api/admin/teams',
      headers: bearer(admin),
      payload: { name: 'East' },
    });
    expect(team.statusCode).toBe(201);
    const teamId = (team.json() as { id: string }).id;
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: bearer(admin),
      payload: {
        email: 'rep1@test.fieldbook',
        name: '王丽',
        password: 'rep-password',
        role: 'rep',
        teamId,
      },
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: bearer(admin),
      payload: { email: 'REP1@test.fieldbook', name: 'x', password: 'rep-password', role: 'rep' },
    });
    expect(duplicate.statusCode).toBe(409);
    const badTeam = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: bearer(admin),
      payload: {
        email: 'rep2@test.fieldbook',
        name: 'x',
        password: 'rep-password',
        role: 'rep',
        teamId: 'nope',
      },
    });
    expect(badTeam.statusCode).toBe(400);

    const rep = await server.login('rep1@test.fieldbook', 'rep-password');
    const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(rep) });
    expect(me.json()).toMatchObject({ name: '王丽', role: 'rep', teamId });

    const forbidden = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: bearer(rep),
      payload: { email: 'x@test.fieldbook', name: 'x', password: 'rep-password', role: 'admin' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(await server.store.countUsers()).toBe(2);
  });

  it('stops a deactivated user and a revoked device at once', async () => {
    const admin = await server.login(adminCredentials.email, adminCredentials.password);
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: bearer(admin),
      payload: { email: 'rep@test.fieldbook', name: 'Rep', password: 'rep-password', role: 'rep' },
    });
    const repId = (created.json() as { id: string }).id;
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'rep@test.fieldbook', password: 'rep-password', deviceId: 'laptop-1' },
    });
    const token = (login.json() as { token: string }).token;
    const devices = await server.app.inject({
      method: 'GET',
      url: `/api/admin/users/${repId}/devices`,
      headers: bearer(admin),
    });
    expect(devices.json()).toMatchObject([{ deviceId: 'laptop-1', revoked: false }]);
    const revoke = await server.app.inject({
      method: 'POST',
      url: `/api/admin/users/${repId}/devices/laptop-1/revoke`,
      headers: bearer(admin),
    });
    expect(revoke.json()).toEqual({ revokedSessions: 1 });
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) }))
        .statusCode,
    ).toBe(401);

    const again = await server.login('rep@test.fieldbook', 'rep-password');
    const deactivate = await server.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${repId}`,
      headers: bearer(admin),
      payload: { active: false },
    });
    expect(deactivate.json()).toMatchObject({ active: false });
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(again) }))
        .statusCode,
    ).toBe(401);

    const reset = await server.app.inject({
      method: 'POST',
      url: `/api/admin/users/${repId}/password`,
      headers: bearer(admin),
      payload: { password: 'short' },
    });
    expect(reset.statusCode).toBe(400);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('login rate limit', () => {
  it('answers 429 past the limit', async () => {
    const server = await startTestServer('sqlite', { loginRateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await server.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: adminCredentials.email, password: 'wrong-password' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('stops one account at the limit while a team behind the same address signs in', async () => {
    const server = await startTestServer('sqlite', { loginRateLimitPerMinute: 3 });
    try {
      const people = Object.values(await seedTestTeam(server.store));
      const login = async (email: string, password: string) =>
        (
          await server.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { email, password },
          })
        ).statusCode;
      // Someone guesses the admin's password: the fourth guess is refused, in any letter case.
      const guesses = [];
      for (const email of [
        'admin@test.fieldbook',
        'ADMIN@test.fieldbook',
        ' admin@test.fieldbook',
        adminCredentials.email,
      ]) {
        guesses.push(await login(email, 'wrong-password'));
      }
      expect(guesses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(guesses[3]).toBe(429);
      // Five colleagues from the same office address (one NAT) still sign in, each one twice.
      const team = [];
      for (const person of [...people, ...people])
        team.push(await login(person.email, person.password));
      expect(team).toEqual(team.map(() => 200));
      expect(team).toHaveLength(10);
      // Many accounts from one address stop at ten times the limit (credential stuffing).
      const stuffing = [];
      for (let i = 0; i < 25; i++) stuffing.push(await login(`user${i}@elsewhere.example`, 'x'));
      expect(stuffing.slice(0, 10)).toEqual(stuffing.slice(0, 10).map(() => 401));
      expect(stuffing.at(-1)).toBe(429);
      const answered = [...guesses, ...team, ...stuffing].filter((status) => status !== 429);
      expect(answered.length).toBeLessThanOrEqual(30);
    } finally {
      await server.close();
    }
  });
});

describe('team directory', () => {
  it('is published by the server when people change, and devices cannot write it', async () => {
    const server = await startTestServer('sqlite');
    try {
      const admin = await server.login(adminCredentials.email, adminCredentials.password);
      const headers = { authorization: `Bearer ${admin}` };
      const team = await server.app.inject({
        method: 'POST',
        url: '/api/admin/teams',
        headers,
        payload: { name: 'East' },
      });
      const teamId = (team.json() as { id: string }).id;
      await server.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers,
        payload: {
          email: 'lead@test.fieldbook',
          name: '张伟',
          password: 'manager-password',
          role: 'manager',
          teamId,
        },
      });
      const rep = await server.login('lead@test.fieldbook', 'manager-password');
      const pull = await server.app.inject({
        method: 'GET',
        url: '/api/sync/settings/pull?seq=0&limit=100',
        headers: { authorization: `Bearer ${rep}` },
      });
      type DirectoryDoc = Record<string, unknown> & {
        value: { teams: unknown[]; users: unknown[] };
      };
      const directory = (pull.json() as { documents: DirectoryDoc[] }).documents.find(
        (doc) => doc.key === 'teamDirectory',
      );
      expect(directory?.value.teams).toEqual([
        { id: teamId, name: 'East', managerId: expect.any(String) },
      ]);
      expect(directory?.value.users).toContainEqual(
        expect.objectContaining({ name: '张伟', role: 'manager', teamId, active: true }),
      );
      const forged = {
        ...directory,
        value: { ...directory?.value, users: [] },
        updatedAt: new Date().toISOString(),
      };
      const push = await server.app.inject({
        method: 'POST',
        url: '/api/sync/settings/push',
        headers: { authorization: `Bearer ${admin}` },
        payload: [{ assumedMasterState: directory, newDocumentState: forged }],
      });
      expect(push.json()).toEqual([directory]);
      expect(decodeURIComponent(String(push.headers['x-fieldbook-rejections']))).toContain(
        'forbidden',
      );
    } finally {
      await server.close();
    }
  });
});
