import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Store, StoredDocument } from '../../src/server/store/Store.ts';
import { readAccess } from '../../src/server/sync/accessRules.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import { openTestStore, type TestStore } from './testStores.ts';
import { seedTestTeam, type TeamMember } from './testTeam.ts';

/**
 * The real sync server on loopback over a temporary SQLite store, which can be restarted (app and
 * store closed, the same file reopened, the same port listened on again) while devices sync.
 */
export async function startRestartableServer(
  options: { heartbeatMs?: number; directory?: string } = {},
) {
  const testStore: TestStore = await openTestStore(
    'sqlite',
    options.directory ? { directory: options.directory } : {},
  );
  const people = await seedTestTeam(testStore.store);
  let store: Store = testStore.store;
  let port = 0;
  let restarts = 0;
  const listen = async () => {
    const app = await buildApp({
      store,
      loginRateLimitPerMinute: 100_000,
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    });
    await app.listen({ port, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    return app;
  };
  let app: FastifyInstance = await listen();
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    people,
    baseUrl,
    get store() {
      return store;
    },
    get app() {
      return app;
    },
    restarts: () => restarts,
    /**
     * Closes the app and the store, reopens the store file and listens on the same port. Every
     * connection is dropped at once, as when the process exits (a graceful close would also wait
     * seconds for the clients' kept-alive sockets).
     */
    async restart() {
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await store.close();
      store = testStore.reopen();
      await store.migrate();
      app = await listen();
      restarts += 1;
    },
    /** Every document of `collection` this member may see (latest state, tombstones included). */
    async viewOf(member: TeamMember | 'all', collection: CollectionName) {
      const access =
        member === 'all'
          ? ({ kind: 'all' } as const)
          : readAccess({ id: member.id, role: member.role, teamId: member.teamId }, collection);
      const out: StoredDocument[] = [];
      let afterSeq = 0;
      for (;;) {
        const page = await store.pull({ collection, afterSeq, limit: 1000, access });
        out.push(...page.documents);
        if (page.documents.length < 1000) return out;
        afterSeq = page.lastSeq;
      }
    },
    async close() {
      await app.close();
      await store.close();
      await testStore.cleanup();
    },
  };
}

export type RestartableServer = Awaited<ReturnType<typeof startRestartableServer>>;
