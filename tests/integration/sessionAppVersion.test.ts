import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientAppHeaders } from '../../src/shared/sync/clientApp.ts';
import { adminCredentials, startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';

describe.each(storeKinds)('devices with their app build on %s', (kind: StoreKind) => {
  let server: TestServer;
  let now: Date;
  let admin: string;
  let repId: string;

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const devicesOfRep = async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/admin/users/${repId}/devices`,
      headers: bearer(admin),
    });
    expect(response.statusCode).toBe(200);
    return response.json() as Array<Record<string, unknown>>;
  };
  const repLogin = (payload: Record<string, unknown>) =>
    server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'rep@test.fieldbook', password: 'rep-password', ...payload },
    });

  beforeEach(async () => {
    now = new Date('2026-11-27T10:00:00.000Z');
    server = await startTestServer(kind, { clock: () => now });
    admin = await server.login(adminCredentials.email, adminCredentials.password);
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: bearer(admin),
      payload: { email: 'rep@test.fieldbook', name: '周敏', password: 'rep-password', role: 'rep' },
    });
    repId = (created.json() as { id: string }).id;
  });
  afterEach(async () => server.close());

  it('shows the version and platform a device signed in with', async () => {
    const login = await repLogin({
      deviceId: 'laptop-1',
      deviceName: 'ThinkPad',
      appVersion: '1.4.0',
      appPlatform: 'desktop',
    });
    expect(login.statusCode).toBe(200);
    await repLogin({ deviceId: 'browser-1', deviceName: 'Chrome' });
    expect(await devicesOfRep()).toEqual([
      expect.objectContaining({
        deviceId: 'laptop-1',
        deviceName: 'ThinkPad',
        appVersion: '1.4.0',
        appPlatform: 'desktop',
        lastSeenAt: '2026-11-27T10:00:00.000Z',
      }),
      expect.objectContaining({ deviceId: 'browser-1', appVersion: null, appPlatform: null }),
    ]);
  });

  it('records the last sync and an updated app from sync requests, once a minute at most', async () => {
    const login = await repLogin({ deviceId: 'laptop-1', appVersion: '1.4.0', appPlatform: 'web' });
    const token = (login.json() as { token: string }).token;
    const pull = (headers: Record<string, string>) =>
      server.app.inject({
        method: 'GET',
        url: '/api/sync/leads/pull?seq=0&limit=10',
        headers: { ...bearer(token), ...headers },
      });

    now = new Date('2026-11-27T10:00:30.000Z');
    expect((await pull(clientAppHeaders({ version: '1.4.0', platform: 'web' }))).statusCode).toBe(
      200,
    );
    // Same build within the minute: nothing written.
    expect(await devicesOfRep()).toEqual([
      expect.objectContaining({ lastSeenAt: '2026-11-27T10:00:00.000Z', appVersion: '1.4.0' }),
    ]);

    now = new Date('2026-11-27T10:05:00.000Z');
    expect((await pull({})).statusCode).toBe(200);
    expect(await devicesOfRep()).toEqual([
      expect.objectContaining({ lastSeenAt: '2026-11-27T10:05:00.000Z', appVersion: '1.4.0' }),
    ]);

    // The web client was updated: the next request says so, even within the minute.
    now = new Date('2026-11-27T10:05:10.000Z');
    expect((await pull(clientAppHeaders({ version: '1.5.0', platform: 'web' }))).statusCode).toBe(
      200,
    );
    // Junk headers are ignored, not stored.
    now = new Date('2026-11-27T10:09:00.000Z');
    expect(
      (await pull({ 'x-fieldbook-app-version': '<img>', 'x-fieldbook-app-platform': 'web' }))
        .statusCode,
    ).toBe(200);
    expect(await devicesOfRep()).toEqual([
      expect.objectContaining({
        lastSeenAt: '2026-11-27T10:09:00.000Z',
        appVersion: '1.5.0',
        appPlatform: 'web',
      }),
    ]);
  });

  it('shows a device that signed in again once, with its newest app build', async () => {
    await repLogin({ deviceId: 'laptop-1', appVersion: '1.3.9', appPlatform: 'desktop' });
    now = new Date('2026-11-28T09:00:00.000Z');
    await repLogin({ deviceId: 'laptop-1', appVersion: '1.4.0', appPlatform: 'desktop' });
    expect(await devicesOfRep()).toEqual([
      expect.objectContaining({
        deviceId: 'laptop-1',
        createdAt: '2026-11-27T10:00:00.000Z',
        lastSeenAt: '2026-11-28T09:00:00.000Z',
        appVersion: '1.4.0',
        revoked: false,
      }),
    ]);
  });

  it('refuses a malformed app version at sign-in and opens no session', async () => {
    const bad = await repLogin({
      deviceId: 'laptop-1',
      appVersion: '<b>1</b>',
      appPlatform: 'web',
    });
    expect(bad.statusCode).toBe(400);
    const unknownPlatform = await repLogin({ appVersion: '1.4.0', appPlatform: 'tv' });
    expect(unknownPlatform.statusCode).toBe(400);
    expect(await devicesOfRep()).toEqual([]);
  });
});
