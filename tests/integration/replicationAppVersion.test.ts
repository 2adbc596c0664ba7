import type { AddressInfo } from 'node:net';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openFieldbookData } from '../../src/renderer/data/openFieldbookData.ts';
import { signIn } from '../../src/renderer/data/sync/session.ts';
import { memoryTokenStore } from '../../src/renderer/data/sync/tokenStore.ts';
import { appVersionHeader } from '../../src/shared/sync/clientApp.ts';
import { adminCredentials, startTestServer } from '../support/testServer.ts';

// A real client (RxDB on fake-indexeddb) against the real server: what the admin's device list
// shows comes from what the app itself sends. Server-side details: sessionAppVersion.test.ts.
describe('the app build a real client reports', () => {
  it('is sent at sign-in and with every sync request, and the admin sees it', async () => {
    const server = await startTestServer('sqlite');
    try {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
      const admin = await server.login(adminCredentials.email, adminCredentials.password);
      const syncRequests: Array<string | null> = [];
      const data = await openFieldbookData({
        name: `fieldbook-app-version-${process.pid}-${Date.now()}`,
        multiInstance: false,
        indexedDB,
        IDBKeyRange,
        collections: ['leads'],
        sync: {
          tokens: memoryTokenStore(),
          autoResume: false,
          app: { version: '1.4.2', platform: 'desktop' },
          fetch: (input, init) => {
            if (String(input).includes('/api/sync/')) {
              syncRequests.push(new Headers(init?.headers).get(appVersionHeader));
            }
            return fetch(input, init);
          },
        },
      });
      try {
        const user = await signIn(data, {
          serverUrl: baseUrl,
          email: adminCredentials.email,
          password: adminCredentials.password,
          deviceName: 'ThinkPad X1',
          localOwnerIds: [],
        });
        await data.sync.handle?.awaitInSync();
        expect(syncRequests.length).toBeGreaterThan(0);
        expect(new Set(syncRequests)).toEqual(new Set(['1.4.2']));
        const devices = await server.app.inject({
          method: 'GET',
          url: `/api/admin/users/${user.id}/devices`,
          headers: { authorization: `Bearer ${admin}` },
        });
        expect(devices.json()).toContainEqual(
          expect.objectContaining({
            deviceName: 'ThinkPad X1',
            appVersion: '1.4.2',
            appPlatform: 'desktop',
          }),
        );
      } finally {
        await data.close();
      }
    } finally {
      await server.close();
    }
  });
});
