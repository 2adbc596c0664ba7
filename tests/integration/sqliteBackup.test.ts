import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupSqliteStore,
  restoreSqliteStore,
  sqliteStorePath,
} from '../../src/server/cli/sqliteBackup.ts';
import { openSqliteStore } from '../../src/server/store/SqliteStore.ts';
import type { Store } from '../../src/server/store/Store.ts';

describe('embedded store backup and restore', () => {
  let dir: string;
  let dataDir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fieldbook-backup-'));
    dataDir = join(dir, 'data');
    store = openSqliteStore({ path: sqliteStorePath(dataDir) });
    await store.migrate();
  });
  afterEach(async () => {
    await store.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  const put = (id: string) =>
    store.write(async (tx) =>
      tx.putDocument({
        collection: 'leads',
        id,
        ownerId: 'u1',
        teamId: null,
        deleted: false,
        data: { id },
      }),
    );

  it('takes a consistent snapshot while writes go on, and restores it under a new epoch', async () => {
    for (let i = 0; i < 50; i++) await put(`before-${i}`);
    // Keep writing while the snapshot is taken; the snapshot holds whole transactions only.
    let writing = true;
    const writer = (async () => {
      let i = 0;
      while (writing) {
        await put(`during-${i++}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return i;
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const target = join(dir, 'backups', 'snapshot.db');
    const { bytes } = backupSqliteStore({ dataDir, target });
    writing = false;
    const during = await writer;
    expect(bytes).toBeGreaterThan(0);
    expect(during).toBeGreaterThan(0);
    expect(() => backupSqliteStore({ dataDir, target })).toThrow(/already exists/);

    const snapshot = new DatabaseSync(target, { readOnly: true });
    const rows = snapshot.prepare('SELECT id, seq FROM documents ORDER BY seq').all();
    snapshot.close();
    const ids = rows.map((row) => String(row.id));
    expect(ids.slice(0, 50)).toEqual(Array.from({ length: 50 }, (_, i) => `before-${i}`));
    // Every write in the snapshot is a prefix of the sequence: nothing half-written, no gaps.
    expect(rows.map((row) => Number(row.seq))).toEqual(rows.map((_, index) => index + 1));

    await store.close();
    restoreSqliteStore({ dataDir, source: target, newEpoch: 'epoch-2' });
    store = openSqliteStore({ path: sqliteStorePath(dataDir) });
    await store.migrate();
    expect(await store.countDocuments('leads')).toBe(ids.length);
    const check = new DatabaseSync(sqliteStorePath(dataDir), { readOnly: true });
    expect(check.prepare("SELECT value FROM store_meta WHERE key = 'epoch'").get()?.value).toBe(
      'epoch-2',
    );
    check.close();
  });

  it('refuses a file that is not a Fieldbook store, changing nothing', async () => {
    await put('keep-me');
    const bogus = join(dir, 'bogus.db');
    writeFileSync(bogus, 'not a database');
    await store.close();
    expect(() => restoreSqliteStore({ dataDir, source: bogus, newEpoch: 'x' })).toThrow(
      /not a Fieldbook store/,
    );
    expect(() =>
      restoreSqliteStore({ dataDir, source: join(dir, 'missing.db'), newEpoch: 'x' }),
    ).toThrow(/No file/);
    store = openSqliteStore({ path: sqliteStorePath(dataDir) });
    expect(await store.countDocuments('leads')).toBe(1);
  });

  it('runs as `npm run server -- backup <file>`', async () => {
    await put('cli');
    const target = join(dir, 'cli.db');
    const output = execFileSync(process.execPath, ['src/server/main.ts', 'backup', target], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(output).toContain('Backed up the store');
    expect(existsSync(target)).toBe(true);
  });
});
