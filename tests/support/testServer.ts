import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { ensureFirstAdmin } from '../../src/server/bootstrap.ts';
import { openTestStore, type StoreKind, type TestStore } from './testStores.ts';

export const adminCredentials = { email: 'admin@test.fieldbook', password: 'admin-password-1' };

export type TestServer = TestStore & {
  app: FastifyInstance;
  /** Signs in through the real route and returns the bearer token. */
  login: (email: string, password: string) => Promise<string>;
  close: () => Promise<void>;
};

/** The real sync server on a fresh store with one admin, driven with `app.inject`. */
export async function startTestServer(
  kind: StoreKind,
  options: { clock?: () => Date; loginRateLimitPerMinute?: number } = {},
): Promise<TestServer> {
  const testStore = await openTestStore(kind);
  const clock = options.clock ?? (() => new Date());
  // A cheap scrypt cost keeps sign-ins fast in tests; production hashes use the full cost.
  await ensureFirstAdmin(testStore.store, adminCredentials, clock(), (password) =>
    hashPassword(password, 1024),
  );
  const app = await buildApp({
    store: testStore.store,
    clock,
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 1000,
  });
  await app.ready();
  const login = async (email: string, password: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password, deviceName: 'test' },
    });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
    return (response.json() as { token: string }).token;
  };
  return {
    ...testStore,
    app,
    login,
    close: async () => {
      await app.close();
      await testStore.store.close();
      await testStore.cleanup();
    },
  };
}
