import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** The embedded store's file inside DATA_DIR. */
export function sqliteStorePath(dataDir: string): string {
  return join(dataDir, 'fieldbook.db');
}

/**
 * Writes a consistent snapshot of the embedded store to `target` while the server keeps running:
 * `VACUUM INTO` reads inside one transaction, so concurrent pushes are either wholly in or out.
 */
export function backupSqliteStore(params: { dataDir: string; target: string }): { bytes: number } {
  const source = sqliteStorePath(params.dataDir);
  if (!existsSync(source)) throw new Error(`No Fieldbook store at ${source}`);
  const target = resolve(params.target);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  mkdirSync(dirname(target), { recursive: true });
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  checkIsFieldbookStore(target);
  const check = new DatabaseSync(target, { readOnly: true });
  try {
    const pages = check.prepare('PRAGMA page_count').get();
    const size = check.prepare('PRAGMA page_size').get();
    return { bytes: Number(pages?.page_count ?? 0) * Number(size?.page_size ?? 0) };
  } finally {
    check.close();
  }
}

/**
 * Replaces the embedded store with a backup (the server must be stopped). The restored store gets
 * a new epoch, so devices that synced with the newer state notice and push what they hold again.
 */
export function restoreSqliteStore(params: {
  dataDir: string;
  source: string;
  newEpoch: string;
}): void {
  const source = resolve(params.source);
  checkIsFieldbookStore(source);
  const target = sqliteStorePath(params.dataDir);
  mkdirSync(params.dataDir, { recursive: true });
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    db.prepare('VACUUM INTO ?').run(staging);
  } finally {
    db.close();
  }
  const restored = new DatabaseSync(staging);
  try {
    restored
      .prepare(
        `INSERT INTO store_meta (key, value) VALUES ('epoch', ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
      .run(params.newEpoch);
  } finally {
    restored.close();
  }
  // The old WAL belongs to the replaced file and must not be replayed onto the restored one.
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(staging, target);
}

function checkIsFieldbookStore(path: string): void {
  if (!existsSync(path)) throw new Error(`No file at ${path}`);
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => String(row.name));
    for (const table of ['schema_migrations', 'documents', 'users', 'store_meta']) {
      if (!tables.includes(table)) throw new Error(`missing table ${table}`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path} is not a Fieldbook store backup (${reason})`);
  } finally {
    db?.close();
  }
}
