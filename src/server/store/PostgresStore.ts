import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { mergePullPage, toRevocation } from './mergePullPage.ts';
import { postgresAccounts } from './postgresAccounts.ts';
import { postgresAudit } from './postgresAudit.ts';
import { postgresMigrations } from './postgresMigrations.ts';
import type {
  AccessFilter,
  ChangeNotice,
  Store,
  StoredDocument,
  WriteTransaction,
} from './Store.ts';

type Row = Record<string, unknown>;

const changeChannel = 'fieldbook_changes';
// Every writer takes this transaction-scoped advisory lock, so sequence numbers are assigned and
// committed in the same order and a pull can never skip a document that commits late.
const writeLockKey = 4410;

function toDocument(row: Row): StoredDocument {
  return {
    collection: String(row.collection),
    id: String(row.id),
    seq: Number(row.seq),
    ownerId: String(row.owner_id),
    teamId: row.team_id === null ? null : String(row.team_id),
    deleted: row.deleted === true,
    data: row.data as Record<string, unknown>,
    writtenByDevice: row.written_by_device == null ? null : String(row.written_by_device),
  };
}

function accessClause(
  access: AccessFilter,
  firstParam: number,
): { sql: string; params: unknown[] } {
  if (access.kind === 'all') return { sql: '', params: [] };
  return {
    sql: ` AND (owner_id = ANY($${firstParam}::text[]) OR team_id = ANY($${firstParam + 1}::text[]))`,
    params: [access.ownerIds, access.teamIds],
  };
}

/**
 * The PostgreSQL store for teams that outgrow one machine: stateless server processes share it,
 * and LISTEN/NOTIFY wakes every process to fan out live changes. `schema` isolates tests.
 */
export function openPostgresStore(options: { connectionString: string; schema?: string }): Store {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    options: `-c search_path=${schema}`,
    max: 10,
  });
  const listeners = new Set<(notice: ChangeNotice) => void>();
  let listenClient: pg.Client | undefined;
  let listening: Promise<void> | undefined;
  let closed = false;

  const startListening = async () => {
    const client = new pg.Client({ connectionString: options.connectionString });
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel !== changeChannel || !message.payload) return;
      const parsed = JSON.parse(message.payload) as ChangeNotice & { schema: string };
      if (parsed.schema !== schema) return;
      for (const listener of listeners)
        listener({ collections: parsed.collections, seq: parsed.seq });
    });
    // A lost LISTEN connection must not crash the server; the next subscribe reconnects.
    client.on('error', () => {
      listening = undefined;
      listenClient = undefined;
    });
    await client.query(`LISTEN ${changeChannel}`);
    listenClient = client;
  };

  const audit = postgresAudit(pool);
  const accounts = postgresAccounts(pool, audit);

  const store: Store = {
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(${writeLockKey + 1})`);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
        );
        const applied = new Set(
          (await client.query('SELECT version FROM schema_migrations')).rows.map((row: Row) =>
            Number(row.version),
          ),
        );
        for (const migration of postgresMigrations) {
          if (applied.has(migration.version)) continue;
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
        }
        await client.query(
          "INSERT INTO store_meta (key, value) VALUES ('epoch', $1) ON CONFLICT (key) DO NOTHING",
          [randomUUID()],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async epoch() {
      const result = await pool.query("SELECT value FROM store_meta WHERE key = 'epoch'");
      return String(result.rows[0]?.value ?? '');
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      closed = true;
      listeners.clear();
      await listening?.catch(() => undefined);
      await listenClient?.end().catch(() => undefined);
      await pool.end();
    },
    async write(work) {
      const client = await pool.connect();
      const collections = new Set<string>();
      let lastSeq = 0;
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(${writeLockKey})`);
        const tx: WriteTransaction = {
          async getDocuments(collection, ids) {
            if (ids.length === 0) return [];
            const result = await client.query(
              'SELECT * FROM documents WHERE collection = $1 AND id = ANY($2::text[])',
              [collection, ids],
            );
            return result.rows.map(toDocument);
          },
          async advanceCounter(name, count) {
            const result = await client.query(
              `INSERT INTO number_counters (name, value) VALUES ($1, $2)
               ON CONFLICT (name) DO UPDATE SET value = number_counters.value + excluded.value
               RETURNING value`,
              [name, count],
            );
            return Number(result.rows[0]?.value);
          },
          async putDocument(doc) {
            const previous = await client.query(
              'SELECT owner_id, team_id, data FROM documents WHERE collection = $1 AND id = $2',
              [doc.collection, doc.id],
            );
            const result = await client.query(
              `INSERT INTO documents (collection, id, seq, owner_id, team_id, deleted, data, changed_at, written_by_device)
               VALUES ($1, $2, nextval('document_seq'), $3, $4, $5, $6, $7, $8)
               ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq,
                 owner_id = excluded.owner_id, team_id = excluded.team_id,
                 deleted = excluded.deleted, data = excluded.data, changed_at = excluded.changed_at,
                 written_by_device = excluded.written_by_device
               RETURNING seq`,
              [
                doc.collection,
                doc.id,
                doc.ownerId,
                doc.teamId,
                doc.deleted,
                doc.data,
                doc.changedAt ?? new Date().toISOString(),
                doc.writtenByDevice ?? null,
              ],
            );
            lastSeq = Number(result.rows[0]?.seq);
            const before = previous.rows[0] as Row | undefined;
            if (before && (before.owner_id !== doc.ownerId || before.team_id !== doc.teamId)) {
              await client.query(
                'INSERT INTO revocations (seq, collection, doc_id, owner_id, team_id, data) VALUES ($1, $2, $3, $4, $5, $6)',
                [lastSeq, doc.collection, doc.id, before.owner_id, before.team_id, before.data],
              );
            }
            collections.add(doc.collection);
            return lastSeq;
          },
          async appendAudit(entries) {
            // Large pushes: a few hundred rows per statement stays below the parameter limit.
            for (let start = 0; start < entries.length; start += 500) {
              await audit.insert(client, entries.slice(start, start + 500));
            }
          },
        };
        const result = await work(tx);
        if (collections.size > 0) {
          const payload = JSON.stringify({ schema, collections: [...collections], seq: lastSeq });
          await client.query('SELECT pg_notify($1, $2)', [changeChannel, payload]);
        }
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async pull({ collection, afterSeq, limit, access, withRevocations }) {
      const clause = accessClause(access, 4);
      const result = await pool.query(
        `SELECT * FROM documents WHERE collection = $1 AND seq > $2${clause.sql} ORDER BY seq LIMIT $3`,
        [collection, afterSeq, limit, ...clause.params],
      );
      const documents = result.rows.map(toDocument);
      if (access.kind === 'all') {
        const lastSeq = documents.at(-1)?.seq ?? afterSeq;
        if (!withRevocations) return { documents, lastSeq };
        // Every revocation has a document version at its seq, so (afterSeq, lastSeq] holds all
        // of this page's revocations.
        const all = await pool.query(
          `SELECT r.seq, r.collection, r.doc_id AS id, r.owner_id, r.team_id, TRUE AS deleted, r.data,
             NULL AS written_by_device, d.owner_id AS current_owner_id, d.team_id AS current_team_id
           FROM revocations r JOIN documents d ON d.collection = r.collection AND d.id = r.doc_id
           WHERE r.collection = $1 AND r.seq > $2 AND r.seq <= $3 ORDER BY r.seq`,
          [collection, afterSeq, lastSeq],
        );
        return {
          documents,
          lastSeq,
          revocations: all.rows.map((row) => toRevocation(toDocument(row), row)),
        };
      }
      const revoked = await pool.query(
        `SELECT r.seq, r.collection, r.doc_id AS id, r.owner_id, r.team_id, TRUE AS deleted, r.data, NULL AS written_by_device
         FROM revocations r JOIN documents d ON d.collection = r.collection AND d.id = r.doc_id
         WHERE r.collection = $1 AND r.seq > $2
           AND (r.owner_id = ANY($4::text[]) OR r.team_id = ANY($5::text[]))
           AND NOT (d.owner_id = ANY($4::text[]) OR COALESCE(d.team_id, '') = ANY($5::text[]))
         ORDER BY r.seq LIMIT $3`,
        [collection, afterSeq, limit, access.ownerIds, access.teamIds],
      );
      return mergePullPage({
        documents,
        revocations: revoked.rows.map(toDocument),
        afterSeq,
        limit,
      });
    },
    async getDocuments(collection, ids) {
      if (ids.length === 0) return [];
      const result = await pool.query(
        'SELECT * FROM documents WHERE collection = $1 AND id = ANY($2::text[])',
        [collection, ids],
      );
      return result.rows.map(toDocument);
    },
    async countDocuments(collection) {
      const result = collection
        ? await pool.query('SELECT COUNT(*) AS n FROM documents WHERE collection = $1', [
            collection,
          ])
        : await pool.query('SELECT COUNT(*) AS n FROM documents');
      return Number(result.rows[0]?.n ?? 0);
    },
    async purgeTombstones({ before }) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(${writeLockKey})`);
        const deleted = await client.query(
          'DELETE FROM documents WHERE deleted AND changed_at < $1 RETURNING seq',
          [before],
        );
        const purgedSeq = Math.max(0, ...deleted.rows.map((row: Row) => Number(row.seq)));
        if (purgedSeq > 0) {
          await client.query('DELETE FROM revocations WHERE seq <= $1', [purgedSeq]);
          await client.query(
            `INSERT INTO store_meta (key, value) VALUES ('purged_through_seq', $1)
             ON CONFLICT (key) DO UPDATE SET value = GREATEST(store_meta.value::bigint, excluded.value::bigint)::text`,
            [String(purgedSeq)],
          );
        }
        const through = await client.query(
          "SELECT value FROM store_meta WHERE key = 'purged_through_seq'",
        );
        await client.query('COMMIT');
        return {
          purged: deleted.rowCount ?? 0,
          purgedThroughSeq: Number(through.rows[0]?.value ?? 0),
        };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async purgedThroughSeq() {
      const result = await pool.query(
        "SELECT value FROM store_meta WHERE key = 'purged_through_seq'",
      );
      return Number(result.rows[0]?.value ?? 0);
    },
    async latestSeq() {
      const result = await pool.query('SELECT COALESCE(MAX(seq), 0) AS seq FROM documents');
      return Number(result.rows[0]?.seq ?? 0);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!listening && !closed) listening = startListening();
      return () => listeners.delete(listener);
    },

    async counterNames(prefix) {
      const result = await pool.query(
        'SELECT name FROM number_counters WHERE left(name, length($1)) = $1',
        [prefix],
      );
      return result.rows.map((row) => String(row.name));
    },
    async takeDeviceIndex() {
      const result = await pool.query(
        `INSERT INTO store_meta (key, value) VALUES ('nextDeviceIndex', '1')
         ON CONFLICT (key) DO UPDATE SET value = (store_meta.value::bigint + 1)::text
         RETURNING value`,
      );
      return Number(result.rows[0]?.value) - 1;
    },
    appendAudit: audit.appendAudit,
    searchAudit: audit.searchAudit,
    purgeAudit: audit.purgeAudit,
    ...accounts,
  };
  return store;
}
