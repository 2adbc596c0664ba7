import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

type Method = 'GET' | 'POST' | 'PATCH';

describe.each(storeKinds)('admin API permissions on %s', (kind: StoreKind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof seedTestTeam>>;
  const tokens: Record<string, string> = {};

  const signIn = async (email: string, password: string, deviceId: string) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password, deviceId },
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { token: string }).token;
  };

  beforeEach(async () => {
    server = await startTestServer(kind);
    people = await seedTestTeam(server.store);
    tokens.admin = await server.login(adminCredentials.email, adminCredentials.password);
    for (const [name, person] of Object.entries(people)) {
      tokens[name] = await signIn(person.email, person.password, `${name}-device`);
    }
  });
  afterEach(async () => server.close());

  const call = (who: string, method: Method, url: string, payload?: object) =>
    server.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[who]}` },
      ...(payload ? { payload } : {}),
    });
  const snapshot = async () =>
    (await server.store.listUsers()).map(
      ({ passwordHash: _hash, updatedAt: _at, ...user }) => user,
    );

  const everyAdminRoute = (): Array<[Method, string, object?]> => [
    ['GET', '/api/admin/users'],
    [
      'POST',
      '/api/admin/users',
      { email: 'x@test.fieldbook', name: 'X', password: 'password-1', role: 'rep' },
    ],
    ['PATCH', `/api/admin/users/${people.rep1.id}`, { name: 'Renamed' }],
    ['POST', `/api/admin/users/${people.rep1.id}/password`, { password: 'password-2' }],
    ['GET', `/api/admin/users/${people.rep1.id}/devices`],
    ['POST', `/api/admin/users/${people.rep1.id}/devices/rep1-device/revoke`, { wipe: true }],
    ['GET', '/api/admin/teams'],
    ['POST', '/api/admin/teams', { name: 'North' }],
    ['GET', '/api/audit'],
    ['GET', '/api/audit/export.csv'],
  ];

  it('answers reps and finance 403 on every admin and audit route, changing nothing', async () => {
    const before = await snapshot();
    for (const who of ['rep1', 'rep3', 'finance']) {
      for (const [method, url, payload] of everyAdminRoute()) {
        const response = await call(who, method, url, payload);
        expect(response.statusCode, `${who} ${method} ${url}`).toBe(403);
        expect(response.json()).toMatchObject({ error: 'forbidden' });
      }
    }
    expect(await snapshot()).toEqual(before);
    expect((await call('rep1', 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('lets a manager administer the reps of their own team only, and never make an admin', async () => {
    const before = await snapshot();
    const refused: Array<[Method, string, object?]> = [
      ['PATCH', `/api/admin/users/${people.rep3.id}`, { name: 'Other team' }],
      ['PATCH', `/api/admin/users/${people.rep3.id}`, { active: false }],
      ['POST', `/api/admin/users/${people.rep3.id}/password`, { password: 'password-3' }],
      ['GET', `/api/admin/users/${people.rep3.id}/devices`],
      ['POST', `/api/admin/users/${people.rep3.id}/devices/rep3-device/revoke`],
      ['PATCH', `/api/admin/users/${people.rep1.id}`, { role: 'admin' }],
      ['PATCH', `/api/admin/users/${people.rep1.id}`, { role: 'manager' }],
      ['PATCH', `/api/admin/users/${people.rep1.id}`, { teamId: 'team-west' }],
      ['PATCH', `/api/admin/users/${people.rep1.id}`, { teamId: null }],
      ['PATCH', `/api/admin/users/${people.finance.id}`, { role: 'rep' }],
      ['PATCH', `/api/admin/users/${people.manager.id}`, { role: 'admin' }],
      [
        'POST',
        '/api/admin/users',
        { email: 'boss@test.fieldbook', name: 'Boss', password: 'password-4', role: 'admin' },
      ],
      [
        'POST',
        '/api/admin/users',
        { email: 'mgr@test.fieldbook', name: 'Mgr', password: 'password-4', role: 'manager' },
      ],
      [
        'POST',
        '/api/admin/users',
        {
          email: 'w@test.fieldbook',
          name: 'W',
          password: 'password-4',
          role: 'rep',
          teamId: 'team-west',
        },
      ],
      ['POST', '/api/admin/teams', { name: 'North' }],
      ['GET', '/api/audit/export.csv'],
    ];
    for (const [method, url, payload] of refused) {
      const response = await call('manager', method, url, payload);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
    expect((await call('rep3', 'GET', '/api/me')).statusCode).toBe(200);

    const listed = await call('manager', 'GET', '/api/admin/users');
    expect((listed.json() as Array<{ id: string }>).map((user) => user.id).sort()).toEqual(
      [people.manager.id, people.rep1.id, people.rep2.id].sort(),
    );
    const created = await call('manager', 'POST', '/api/admin/users', {
      email: 'new.rep@test.fieldbook',
      name: '孙丽',
      password: 'password-5',
      role: 'rep',
    });
    expect(created.statusCode).toBe(201);
    const newRep = await server.store.getUser((created.json() as { id: string }).id);
    expect(newRep).toMatchObject({ role: 'rep', teamId: 'team-east' });
    const renamed = await call('manager', 'PATCH', `/api/admin/users/${people.rep1.id}`, {
      name: '李雷',
    });
    expect(renamed.json()).toMatchObject({ name: '李雷', role: 'rep', teamId: 'team-east' });
    const devices = await call('manager', 'GET', `/api/admin/users/${people.rep1.id}/devices`);
    expect(devices.json()).toMatchObject([
      { deviceId: 'rep1-device', revoked: false, wiped: false },
    ]);
    expect(
      (
        await call(
          'manager',
          'POST',
          `/api/admin/users/${people.rep1.id}/devices/rep1-device/revoke`,
        )
      ).json(),
    ).toEqual({ revokedSessions: 1 });
  });

  it('tells a revoked device to sign out and a wiped device to delete its data', async () => {
    const laptop = await signIn(people.rep2.email, people.rep2.password, 'laptop');
    const phone = await signIn(people.rep2.email, people.rep2.password, 'phone');
    const revoke = (device: string, payload?: object) =>
      call('admin', 'POST', `/api/admin/users/${people.rep2.id}/devices/${device}/revoke`, payload);
    const asDevice = (token: string, url: string) =>
      server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

    expect((await revoke('laptop', { wipe: false })).json()).toEqual({ revokedSessions: 1 });
    expect((await revoke('phone', { wipe: true })).json()).toEqual({ revokedSessions: 1 });
    for (const url of ['/api/me', '/api/sync/leads/pull?seq=0&limit=10', '/api/sync/stream']) {
      const revoked = await asDevice(laptop, url);
      expect(revoked.statusCode).toBe(401);
      expect(revoked.json()).toMatchObject({ code: 'device_revoked', error: 'unauthorized' });
      const wiped = await asDevice(phone, url);
      expect(wiped.statusCode).toBe(401);
      expect(wiped.json()).toMatchObject({ code: 'device_wiped', message: expect.any(String) });
    }
    // Wiping a device revoked earlier still reaches it.
    expect((await revoke('laptop', { wipe: true })).json()).toEqual({ revokedSessions: 0 });
    expect((await asDevice(laptop, '/api/me')).json()).toMatchObject({ code: 'device_wiped' });
    expect((await call('rep2', 'GET', '/api/me')).statusCode).toBe(200);
    const devices = await call('admin', 'GET', `/api/admin/users/${people.rep2.id}/devices`);
    expect(devices.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ deviceId: 'phone', revoked: true, wiped: true }),
        expect.objectContaining({ deviceId: 'rep2-device', revoked: false, wiped: false }),
      ]),
    );
    expect((await revoke('phone', { wipe: 'yes' })).statusCode).toBe(400);
  });
});
