import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mergePullPage, toRevocation } from './mergePullPage.ts';
import type {
  AccessFilter,
  ChangeNotice,
  DocumentWrite,
  Store,
  StoredDocument,
  WriteTransaction,
} from './Store.ts';
import { createSerialQueue } from './serialize.ts';
import { sqliteAccounts } from './sqliteAccounts.ts';
import { sqliteAudit } from './sqliteAudit.ts';
import { sqliteMigrations } from './sqliteMigrations.ts';

type Row = Record<string, unknown>;

function toDocument(row: Row): StoredDocument {
  return {
    collection: String(row.collection),
    id: String(row.id),
    seq: Number(row.seq),
    ownerId: String(row.owner_id),
    teamId: row.team_id === null ? null : String(row.team_id),
    deleted: Number(row.deleted) === 1,
    data: JSON.parse(String(row.data)) as Record<string, unknown>,
    writtenByDevice: row.written_by_device == null ? null : String(row.written_by_device),
  };
}

// Compiling a statement costs more than running it; a push runs the same few statements per row.
function statementCache(db: DatabaseSync): (sql: string) => StatementSync {
  const cache = new Map<string, StatementSync>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= 256) cache.clear();
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

function accessClause(access: AccessFilter, alias = ''): { sql: string; params: string[] } {
  if (access.kind === 'all') return { sql: '', params: [] };
  const parts: string[] = [];
  const params: string[] = [];
  if (access.ownerIds.length > 0) {
    parts.push(`${alias}owner_id IN (${placeholders(access.ownerIds.length)})`);
    params.push(...access.ownerIds);
  }
  if (access.teamIds.length > 0) {
    parts.push(`COALESCE(${alias}team_id, '') IN (${placeholders(access.teamIds.length)})`);
    params.push(...access.teamIds);
  }
  return { sql: parts.length > 0 ? ` AND (${parts.join(' OR ')})` : ' AND 0', params };
}

/**
 * The embedded store on Node's built-in SQLite. One connection writes (transactions serialized in
 * this process and by BEGIN IMMEDIATE across processes); a second connection reads, so pulls never
 * see a write transaction that has not committed.
 */
export function openSqliteStore(options: { path: string }): Store {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const writer = new DatabaseSync(options.path, { enableForeignKeyConstraints: true });
  writer.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  // An in-memory database is private to its connection, so it reads through the writer.
  const reader =
    options.path === ':memory:'
      ? writer
      : new DatabaseSync(options.path, { readOnly: false, enableForeignKeyConstraints: true });
  reader.exec('PRAGMA busy_timeout = 5000;');
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const serial = createSerialQueue();

  const writeSql = statementCache(writer);
  const readSql = reader === writer ? writeSql : statementCache(reader);

  const readDocuments = (
    sql: (text: string) => StatementSync,
    collection: string,
    ids: readonly string[],
  ) => {
    if (ids.length === 0) return [];
    const rows: StoredDocument[] = [];
    // SQLite limits bound parameters; 500 ids per statement stays far below it.
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      const stmt = sql(
        `SELECT * FROM documents WHERE collection = ? AND id IN (${placeholders(slice.length)})`,
      );
      rows.push(...stmt.all(collection, ...slice).map(toDocument));
    }
    return rows;
  };

  const audit = sqliteAudit({ readSql, writeSql, serial });
  const accounts = sqliteAccounts({ readSql, writeSql, serial, audit });

  const store: Store = {
    kind: 'sqlite',
    async migrate() {
      writer.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const applied = new Set(
        writeSql('SELECT version FROM schema_migrations')
          .all()
          .map((row) => Number(row.version)),
      );
      for (const migration of sqliteMigrations) {
        if (applied.has(migration.version)) continue;
        writer.exec('BEGIN IMMEDIATE');
        try {
          writer.exec(migration.sql);
          writeSql(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          ).run(migration.version, migration.name, new Date().toISOString());
          writer.exec('COMMIT');
        } catch (error) {
          writer.exec('ROLLBACK');
          throw error;
        }
      }
      // Every store has an epoch; a restore from backup gives it a new one (see cli/sqliteBackup).
      writer
        .prepare(
          "INSERT INTO store_meta (key, value) VALUES ('epoch', ?) ON CONFLICT (key) DO NOTHING",
        )
        .run(randomUUID());
    },
    async epoch() {
      const row = reader.prepare("SELECT value FROM store_meta WHERE key = 'epoch'").get();
      return String(row?.value ?? '');
    },
    async ping() {
      readSql('SELECT 1').get();
    },
    async close() {
      events.removeAllListeners();
      await serial(async () => {
        if (reader !== writer) reader.close();
        writer.close();
      });
    },
    write(work) {
      return serial(async () => {
        let notice: ChangeNotice | undefined;
        const collections = new Set<string>();
        const tx: WriteTransaction = {
          async getDocuments(collection, ids) {
            return readDocuments(writeSql, collection, ids);
          },
          async advanceCounter(name, count) {
            const row = writeSql(
              `INSERT INTO number_counters (name, value) VALUES (?, ?)
                 ON CONFLICT (name) DO UPDATE SET value = value + excluded.value RETURNING value`,
            ).get(name, count);
            return Number(row?.value);
          },
          async putDocument(doc: DocumentWrite) {
            const next = writeSql(
              'UPDATE sequence SET value = value + 1 WHERE id = 1 RETURNING value',
            ).get();
            const seq = Number(next?.value);
            const previous = writeSql(
              'SELECT owner_id, team_id, data FROM documents WHERE collection = ? AND id = ?',
            ).get(doc.collection, doc.id);
            if (
              previous &&
              (previous.owner_id !== doc.ownerId || previous.team_id !== doc.teamId)
            ) {
              writeSql(
                'INSERT INTO revocations (seq, collection, doc_id, owner_id, team_id, data) VALUES (?, ?, ?, ?, ?, ?)',
              ).run(
                seq,
                doc.collection,
                doc.id,
                String(previous.owner_id),
                previous.team_id as string | null,
                String(previous.data),
              );
            }
            writeSql(
              `INSERT INTO documents (collection, id, seq, owner_id, team_id, deleted, data, changed_at, written_by_device)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq,
                   owner_id = excluded.owner_id, team_id = excluded.team_id,
                   deleted = excluded.deleted, data = excluded.data, changed_at = excluded.changed_at,
                   written_by_device = excluded.written_by_device`,
            ).run(
              doc.collection,
              doc.id,
              seq,
              doc.ownerId,
              doc.teamId,
              doc.deleted ? 1 : 0,
              JSON.stringify(doc.data),
              doc.changedAt ?? new Date().toISOString(),
              doc.writtenByDevice ?? null,
            );
            collections.add(doc.collection);
            notice = { collections: [...collections], seq };
            return seq;
          },
          async appendAudit(entries) {
            audit.insert(entries);
          },
        };
        writer.exec('BEGIN IMMEDIATE');
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(tx);
          writer.exec('COMMIT');
        } catch (error) {
          writer.exec('ROLLBACK');
          throw error;
        }
        if (notice) events.emit('change', notice);
        return result;
      });
    },
    async pull({ collection, afterSeq, limit, access, withRevocations }) {
      const clause = accessClause(access);
      const documents = readSql(
        `SELECT * FROM documents WHERE collection = ? AND seq > ?${clause.sql} ORDER BY seq LIMIT ?`,
      )
        .all(collection, afterSeq, ...clause.params, limit)
        .map(toDocument);
      if (access.kind === 'all') {
        const lastSeq = documents.at(-1)?.seq ?? afterSeq;
        if (!withRevocations) return { documents, lastSeq };
        // Every revocation has a document version at its seq, so (afterSeq, lastSeq] holds all
        // of this page's revocations.
        const revocations = readSql(
          `SELECT r.seq, r.collection, r.doc_id AS id, r.owner_id, r.team_id, 1 AS deleted, r.data,
             NULL AS written_by_device, d.owner_id AS current_owner_id, d.team_id AS current_team_id
           FROM revocations r JOIN documents d ON d.collection = r.collection AND d.id = r.doc_id
           WHERE r.collection = ? AND r.seq > ? AND r.seq <= ? ORDER BY r.seq`,
        )
          .all(collection, afterSeq, lastSeq)
          .map((row) => toRevocation(toDocument(row), row));
        return { documents, lastSeq, revocations };
      }
      const was = accessClause(access, 'r.');
      const is = accessClause(access, 'd.');
      const revocations = readSql(
        `SELECT r.seq, r.collection, r.doc_id AS id, r.owner_id, r.team_id, 1 AS deleted, r.data, NULL AS written_by_device
           FROM revocations r JOIN documents d ON d.collection = r.collection AND d.id = r.doc_id
           WHERE r.collection = ? AND r.seq > ?${was.sql} AND NOT (1 ${is.sql})
           ORDER BY r.seq LIMIT ?`,
      )
        .all(collection, afterSeq, ...was.params, ...is.params, limit)
        .map(toDocument);
      return mergePullPage({ documents, revocations, afterSeq, limit });
    },
    async getDocuments(collection, ids) {
      return readDocuments(readSql, collection, ids);
    },
    async countDocuments(collection) {
      const row = collection
        ? readSql('SELECT COUNT(*) AS n FROM documents WHERE collection = ?').get(collection)
        : readSql('SELECT COUNT(*) AS n FROM documents').get();
      return Number(row?.n ?? 0);
    },
    purgeTombstones({ before }) {
      return serial(async () => {
        writer.exec('BEGIN IMMEDIATE');
        try {
          const max = writeSql(
            'SELECT MAX(seq) AS seq FROM documents WHERE deleted = 1 AND changed_at < ?',
          ).get(before);
          const purgedSeq = Number(max?.seq ?? 0);
          let purged = 0;
          if (purgedSeq > 0) {
            purged = Number(
              writeSql('DELETE FROM documents WHERE deleted = 1 AND changed_at < ?').run(before)
                .changes,
            );
            writeSql('DELETE FROM revocations WHERE seq <= ?').run(purgedSeq);
            writeSql(
              `INSERT INTO store_meta (key, value) VALUES ('purged_through_seq', ?)
                 ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))`,
            ).run(String(purgedSeq));
          }
          writer.exec('COMMIT');
          const through = writeSql(
            "SELECT value FROM store_meta WHERE key = 'purged_through_seq'",
          ).get();
          return { purged, purgedThroughSeq: Number(through?.value ?? 0) };
        } catch (error) {
          writer.exec('ROLLBACK');
          throw error;
        }
      });
    },
    async purgedThroughSeq() {
      const row = readSql("SELECT value FROM store_meta WHERE key = 'purged_through_seq'").get();
      return Number(row?.value ?? 0);
    },
    async latestSeq() {
      return Number(readSql('SELECT value FROM sequence WHERE id = 1').get()?.value ?? 0);
    },
    subscribe(listener) {
      events.on('change', listener);
      return () => events.off('change', listener);
    },

    async counterNames(prefix) {
      return readSql('SELECT name FROM number_counters WHERE substr(name, 1, length(?)) = ?')
        .all(prefix, prefix)
        .map((row) => String(row.name));
    },
    async takeDeviceIndex() {
      return serial(async () => {
        const row = writeSql(
          `INSERT INTO store_meta (key, value) VALUES ('nextDeviceIndex', '1')
           ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
           RETURNING value`,
        ).get();
        return Number(row?.value) - 1;
      });
    },
    appendAudit: audit.appendAudit,
    searchAudit: audit.searchAudit,
    purgeAudit: audit.purgeAudit,
    ...accounts,
  };
  return store;
}
