import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/PostgresStore.ts';
import { openSqliteStore } from '../../src/server/store/SqliteStore.ts';
import type { AuditDraft, Store } from '../../src/server/store/Store.ts';
import { type StoreKind, storeKinds, testPostgresUrl } from '../support/testStores.ts';

/** A migrated store plus a plain SQL connection to its database, as an operator would have. */
async function openWithSql(kind: StoreKind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'fieldbook-audit-'));
    const path = join(dir, 'fieldbook.db');
    const store = openSqliteStore({ path });
    await store.migrate();
    const db = new DatabaseSync(path);
    return {
      store,
      sql: async (text: string) => {
        db.exec(text);
      },
      close: async () => {
        db.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `fb_audit_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = openPostgresStore({ connectionString: testPostgresUrl, schema });
  await store.migrate();
  const client = new pg.Client({
    connectionString: testPostgresUrl,
    options: `-c search_path=${schema}`,
  });
  await client.connect();
  return {
    store,
    sql: async (text: string) => {
      await client.query(text);
    },
    close: async () => {
      await store.close();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

const entry = (at: string, reason: string): AuditDraft => ({
  at,
  action: 'login_failed',
  actorName: 'someone@example.com',
  reason,
});

describe.each(storeKinds)('the audit log on %s is append-only', (kind: StoreKind) => {
  let opened: Awaited<ReturnType<typeof openWithSql>> | undefined;
  afterEach(async () => opened?.close());

  const reasons = async (store: Store) =>
    (await store.searchAudit({ limit: 100 })).map((found) => found.reason).reverse();

  it('refuses UPDATE, DELETE (and TRUNCATE) in plain SQL', async () => {
    opened = await openWithSql(kind);
    const { store, sql } = opened;
    await store.appendAudit([
      entry('2020-01-01T00:00:00.000Z', 'old'),
      entry('2026-11-01T00:00:00.000Z', 'new'),
    ]);
    await expect(sql("UPDATE audit_log SET reason = 'forged'")).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(sql("DELETE FROM audit_log WHERE reason = 'old'")).rejects.toThrow(/append-only/);
    if (kind === 'postgres') {
      await expect(sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    }
    expect(await reasons(store)).toEqual(['old', 'new']);
  });

  it('lets only the retention job delete, and only entries older than its cut-off', async () => {
    opened = await openWithSql(kind);
    const { store, sql } = opened;
    await store.appendAudit([
      entry('2019-06-01T00:00:00.000Z', 'seven years ago'),
      entry('2020-01-01T00:00:00.000Z', 'old'),
      entry('2026-11-01T00:00:00.000Z', 'new'),
    ]);
    expect(await store.purgeAudit({ before: '2020-01-01T00:00:00.000Z' })).toEqual({ purged: 1 });
    expect(await reasons(store)).toEqual(['old', 'new']);
    // The job's permission ends with its transaction.
    await expect(sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await store.purgeAudit({ before: '2000-01-01T00:00:00.000Z' })).toEqual({ purged: 0 });
    await store.appendAudit([entry('2026-11-02T00:00:00.000Z', 'newer')]);
    expect(await reasons(store)).toEqual(['old', 'new', 'newer']);
  });

  it('rolls an entry back with the write it records', async () => {
    opened = await openWithSql(kind);
    const { store } = opened;
    await expect(
      store.write(async (tx) => {
        await tx.appendAudit([entry('2026-11-01T00:00:00.000Z', 'in a failed push')]);
        throw new Error('the push failed');
      }),
    ).rejects.toThrow('the push failed');
    await expect(
      store.createTeam({ id: 't1', name: 'East', createdAt: '2026-11-01T00:00:00.000Z' }, [
        { at: '2026-11-01T00:00:00.000Z', action: 'team_created', recordId: 't1' },
      ]),
    ).resolves.toBeUndefined();
    // Same id again: the insert fails, and so the entry recording it is not kept either.
    await expect(
      store.createTeam({ id: 't1', name: 'Again', createdAt: '2026-11-01T00:00:00.000Z' }, [
        entry('2026-11-01T00:00:00.000Z', 'duplicate team'),
      ]),
    ).rejects.toThrow();
    const all = await store.searchAudit({ limit: 100 });
    expect(all.map((found) => found.action)).toEqual(['team_created']);
  });
});
