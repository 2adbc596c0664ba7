import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/server/store/PostgresStore.ts';
import { openSqliteStore } from '../../src/server/store/SqliteStore.ts';
import type { Store } from '../../src/server/store/Store.ts';

/** PostgreSQL for tests: the machine's server on loopback (CI starts it when it is down). */
export const testPostgresUrl =
  process.env.FIELDBOOK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestStore = {
  store: Store;
  /** Opens another store on the same data, like a restarted or second server process. */
  reopen: () => Store;
  cleanup: () => Promise<void>;
};

export type StoreKind = 'sqlite' | 'postgres';
export const storeKinds: StoreKind[] = ['sqlite', 'postgres'];

/**
 * A fresh, migrated store: a temporary SQLite file, or a PostgreSQL schema of its own.
 * `directory` holds the SQLite file (default: the system's temporary directory).
 */
export async function openTestStore(
  kind: StoreKind,
  options: { directory?: string } = {},
): Promise<TestStore> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(options.directory ?? tmpdir(), 'fieldbook-store-'));
    const path = join(dir, 'fieldbook.db');
    const store = openSqliteStore({ path });
    await store.migrate();
    return {
      store,
      reopen: () => openSqliteStore({ path }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `fb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = openPostgresStore({ connectionString: testPostgresUrl, schema });
  await store.migrate();
  return {
    store,
    reopen: () => openPostgresStore({ connectionString: testPostgresUrl, schema }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
