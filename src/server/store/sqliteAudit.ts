import type { StatementSync } from 'node:sqlite';
import { auditColumns, auditValues, auditWhere, toAuditEntry } from './auditRows.ts';
import type { AuditDraft, Store } from './Store.ts';

export type SqliteAudit = Pick<Store, 'appendAudit' | 'searchAudit' | 'purgeAudit'> & {
  /** Inserts entries on the writer connection (inside the caller's transaction, if any). */
  insert: (entries: readonly AuditDraft[]) => void;
  /** Runs `work` and inserts `audit` in one transaction (no transaction without entries). */
  atomically: <T>(work: () => T, audit: readonly AuditDraft[] | undefined) => T;
};

/** The append-only audit log on the embedded store; writes go through the store's one queue. */
export function sqliteAudit(params: {
  readSql: (sql: string) => StatementSync;
  writeSql: (sql: string) => StatementSync;
  serial: <T>(work: () => Promise<T>) => Promise<T>;
}): SqliteAudit {
  const { readSql, writeSql, serial } = params;
  const insert = (entries: readonly AuditDraft[]) => {
    const statement = writeSql(
      `INSERT INTO audit_log (${auditColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const entry of entries) statement.run(...auditValues(entry));
  };
  const atomically = <T>(work: () => T, audit: readonly AuditDraft[] | undefined): T => {
    if (!audit || audit.length === 0) return work();
    writeSql('BEGIN IMMEDIATE').run();
    try {
      const result = work();
      insert(audit);
      writeSql('COMMIT').run();
      return result;
    } catch (error) {
      writeSql('ROLLBACK').run();
      throw error;
    }
  };
  return {
    insert,
    atomically,
    async appendAudit(entries) {
      await serial(async () => atomically(() => undefined, entries));
    },
    async searchAudit(search) {
      const where = auditWhere(search, () => '?');
      return readSql(`SELECT * FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ?`)
        .all(...where.params, search.limit)
        .map(toAuditEntry);
    },
    purgeAudit({ before }) {
      return serial(async () => {
        writeSql('BEGIN IMMEDIATE').run();
        try {
          // The delete trigger lets through only entries older than this cut-off.
          writeSql('INSERT INTO audit_retention (before) VALUES (?)').run(before);
          const purged = Number(writeSql('DELETE FROM audit_log WHERE at < ?').run(before).changes);
          writeSql('DELETE FROM audit_retention').run();
          writeSql('COMMIT').run();
          return { purged };
        } catch (error) {
          writeSql('ROLLBACK').run();
          throw error;
        }
      });
    },
  };
}
