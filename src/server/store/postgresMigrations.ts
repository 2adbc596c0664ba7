/** Versioned migrations for the PostgreSQL store. Append only; never edit a shipped one. */
export const postgresMigrations: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE SEQUENCE document_seq;
      CREATE TABLE documents (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        owner_id TEXT NOT NULL,
        team_id TEXT,
        deleted BOOLEAN NOT NULL DEFAULT FALSE,
        data JSONB NOT NULL,
        PRIMARY KEY (collection, id)
      );
      CREATE UNIQUE INDEX documents_seq ON documents (seq);
      CREATE INDEX documents_collection_seq ON documents (collection, seq);
      CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        team_id TEXT REFERENCES teams (id),
        password_hash TEXT NOT NULL,
        active BOOLEAN NOT NULL DEFAULT TRUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        device_id TEXT NOT NULL,
        device_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        last_seen_at TEXT
      );
      CREATE INDEX sessions_user ON sessions (user_id);
    `,
  },
  {
    version: 2,
    name: 'revocations',
    sql: `
      CREATE TABLE revocations (
        seq BIGINT NOT NULL,
        collection TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        team_id TEXT,
        data JSONB NOT NULL
      );
      CREATE INDEX revocations_collection_seq ON revocations (collection, seq);
    `,
  },
  {
    version: 3,
    name: 'tombstone retention',
    sql: `
      ALTER TABLE documents ADD COLUMN changed_at TEXT NOT NULL DEFAULT '1970-01-01T00:00:00.000Z';
      CREATE INDEX documents_deleted_changed ON documents (deleted, changed_at);
      CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 4,
    name: 'writing device',
    sql: `
      ALTER TABLE documents ADD COLUMN written_by_device TEXT;
    `,
  },
  {
    version: 5,
    name: 'audit log',
    // Append-only: UPDATE and TRUNCATE are always refused; DELETE only for entries older than the
    // cut-off the retention job sets in its own transaction (fieldbook.audit_purge_before).
    sql: `
      CREATE TABLE audit_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        collection TEXT,
        record_id TEXT,
        actor_id TEXT,
        actor_name TEXT,
        device_id TEXT,
        team_id TEXT,
        changes JSONB,
        reason TEXT
      );
      CREATE INDEX audit_log_record ON audit_log (collection, record_id, id);
      CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
      CREATE INDEX audit_log_team ON audit_log (team_id, id);
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        purge_before TEXT := NULLIF(current_setting('fieldbook.audit_purge_before', true), '');
      BEGIN
        IF TG_OP = 'DELETE' AND purge_before IS NOT NULL THEN
          IF OLD.at < purge_before THEN
            RETURN OLD;
          END IF;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
      END;
      $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();
      ALTER TABLE sessions ADD COLUMN wiped_at TEXT;
    `,
  },
  {
    version: 6,
    name: 'number counters',
    // Gap-free series (final invoice numbers): one row per series, advanced inside the write
    // transaction that stores the numbered document.
    sql: `
      CREATE TABLE number_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
    `,
  },
  {
    version: 7,
    name: 'session app version',
    // Which app build and platform each device runs, for the admin's device list.
    sql: `
      ALTER TABLE sessions ADD COLUMN app_version TEXT;
      ALTER TABLE sessions ADD COLUMN app_platform TEXT;
    `,
  },
];
