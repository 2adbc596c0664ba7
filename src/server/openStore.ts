import { join } from 'node:path';
import type { ServerConfig } from './config.ts';
import { openPostgresStore } from './store/PostgresStore.ts';
import { openSqliteStore } from './store/SqliteStore.ts';
import type { Store } from './store/Store.ts';

/** Opens the configured store: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export function openStore(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Store {
  if (config.databaseUrl) return openPostgresStore({ connectionString: config.databaseUrl });
  return openSqliteStore({ path: join(config.dataDir, 'fieldbook.db') });
}
