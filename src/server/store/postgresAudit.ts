import type pg from 'pg';
import { auditColumns, auditValues, auditWhere, toAuditEntry } from './auditRows.ts';
import type { AuditDraft, Store } from './Store.ts';

type Queryable = Pick<pg.PoolClient, 'query'>;

export type PostgresAudit = Pick<Store, 'appendAudit' | 'searchAudit' | 'purgeAudit'> & {
  /** Inserts entries through `client` (inside its transaction, if any). */
  insert: (client: Queryable, entries: readonly AuditDraft[]) => Promise<void>;
  /** Runs `work` and inserts `audit` in one transaction (a plain pool query without entries). */
  atomically: <T>(
    work: (client: Queryable) => Promise<T>,
    audit: readonly AuditDraft[] | undefined,
  ) => Promise<T>;
};

/** The append-only audit log on PostgreSQL. */
export function postgresAudit(pool: pg.Pool): PostgresAudit {
  const insert = async (client: Queryable, entries: readonly AuditDraft[]) => {
    if (entries.length === 0) return;
    const width = 10;
    const rows = entries.map(
      (_, row) =>
        `(${Array.from({ length: width }, (_, col) => `$${row * width + col + 1}`).join(', ')})`,
    );
    await client.query(
      `INSERT INTO audit_log (${auditColumns}) VALUES ${rows.join(', ')}`,
      entries.flatMap(auditValues),
    );
  };
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    insert,
    async atomically(work, audit) {
      if (!audit || audit.length === 0) return work(pool);
      return transaction(async (client) => {
        const result = await work(client);
        await insert(client, audit);
        return result;
      });
    },
    async appendAudit(entries) {
      await insert(pool, entries);
    },
    async searchAudit(search) {
      const where = auditWhere(search, (n) => `$${n}`);
      const result = await pool.query(
        `SELECT * FROM audit_log ${where.sql} ORDER BY id DESC LIMIT $${where.params.length + 1}`,
        [...where.params, search.limit],
      );
      return result.rows.map(toAuditEntry);
    },
    purgeAudit({ before }) {
      return transaction(async (client) => {
        // The guard trigger lets through only entries older than this transaction-local cut-off.
        await client.query("SELECT set_config('fieldbook.audit_purge_before', $1, true)", [before]);
        const deleted = await client.query('DELETE FROM audit_log WHERE at < $1', [before]);
        return { purged: deleted.rowCount ?? 0 };
      });
    },
  };
}
