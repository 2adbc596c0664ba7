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
];
