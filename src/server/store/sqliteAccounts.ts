import type { StatementSync } from 'node:sqlite';
import { toSession, toUser, userPatchColumns } from './accountRows.ts';
import type { Store } from './Store.ts';
import type { SqliteAudit } from './sqliteAudit.ts';

/** The parts of the store about people: teams, users and their sign-in sessions. */
export type AccountMethods = Pick<
  Store,
  | 'createTeam'
  | 'listTeams'
  | 'createUser'
  | 'updateUser'
  | 'getUser'
  | 'findUserByEmail'
  | 'listUsers'
  | 'countUsers'
  | 'createSession'
  | 'findSession'
  | 'validSessions'
  | 'touchSession'
  | 'revokeSession'
  | 'revokeDevice'
  | 'listSessions'
>;

/** Teams, users and sessions on the embedded store; writes go through the store's one queue. */
export function sqliteAccounts(params: {
  readSql: (sql: string) => StatementSync;
  writeSql: (sql: string) => StatementSync;
  serial: <T>(work: () => Promise<T>) => Promise<T>;
  audit: SqliteAudit;
}): AccountMethods {
  const { readSql, writeSql, serial } = params;
  const { atomically } = params.audit;
  return {
    async createTeam(team, audit) {
      await serial(async () => {
        atomically(() => {
          writeSql('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)').run(
            team.id,
            team.name,
            team.createdAt,
          );
        }, audit);
      });
    },
    async listTeams() {
      return readSql('SELECT * FROM teams ORDER BY name')
        .all()
        .map((row) => ({
          id: String(row.id),
          name: String(row.name),
          createdAt: String(row.created_at),
        }));
    },
    async createUser(user, audit) {
      await serial(async () => {
        atomically(() => {
          writeSql(
            `INSERT INTO users (id, email, name, role, team_id, password_hash, active, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            user.id,
            user.email,
            user.name,
            user.role,
            user.teamId,
            user.passwordHash,
            user.active ? 1 : 0,
            user.createdAt,
            user.updatedAt,
          );
        }, audit);
      });
    },
    async updateUser(id, patch, audit) {
      const columns = userPatchColumns(patch);
      const names = Object.keys(columns);
      // SQLite stores booleans as 0/1.
      const values = Object.values(columns).map((value) =>
        typeof value === 'boolean' ? Number(value) : value,
      );
      await serial(async () => {
        atomically(() => {
          writeSql(`UPDATE users SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(
            ...values,
            id,
          );
        }, audit);
      });
    },
    async getUser(id) {
      const row = readSql('SELECT * FROM users WHERE id = ?').get(id);
      return row ? toUser(row) : undefined;
    },
    async findUserByEmail(email) {
      const row = readSql('SELECT * FROM users WHERE email = ?').get(email.trim().toLowerCase());
      return row ? toUser(row) : undefined;
    },
    async listUsers() {
      return readSql('SELECT * FROM users ORDER BY email').all().map(toUser);
    },
    async countUsers() {
      return Number(readSql('SELECT COUNT(*) AS n FROM users').get()?.n ?? 0);
    },

    async createSession(session, audit) {
      await serial(async () => {
        atomically(() => {
          writeSql(
            `INSERT INTO sessions (token_hash, user_id, device_id, device_name, created_at, expires_at, revoked_at, last_seen_at, app_version, app_platform)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            session.tokenHash,
            session.userId,
            session.deviceId,
            session.deviceName,
            session.createdAt,
            session.expiresAt,
            session.revokedAt,
            session.lastSeenAt,
            session.app?.version ?? null,
            session.app?.platform ?? null,
          );
        }, audit);
      });
    },
    async findSession(tokenHash) {
      const row = readSql('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash);
      return row ? toSession(row) : undefined;
    },
    async validSessions(tokenHashes, at) {
      if (tokenHashes.length === 0) return new Set();
      const rows = readSql(
        `SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash IN (SELECT value FROM json_each(?))
           AND s.revoked_at IS NULL AND s.expires_at > ? AND u.active = 1`,
      ).all(JSON.stringify(tokenHashes), at);
      return new Set(rows.map((row) => String(row.token_hash)));
    },
    async touchSession(tokenHash, at, app) {
      await serial(async () => {
        if (app) {
          writeSql(
            'UPDATE sessions SET last_seen_at = ?, app_version = ?, app_platform = ? WHERE token_hash = ?',
          ).run(at, app.version, app.platform, tokenHash);
        } else {
          writeSql('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, tokenHash);
        }
      });
    },
    async revokeSession(tokenHash, at, audit) {
      await serial(async () => {
        atomically(() => {
          writeSql(
            'UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
          ).run(at, tokenHash);
        }, audit);
      });
    },
    async revokeDevice(userId, deviceId, at, options = {}) {
      return serial(async () =>
        atomically(() => {
          const revoked = Number(
            writeSql(
              'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND device_id = ? AND revoked_at IS NULL',
            ).run(at, userId, deviceId).changes,
          );
          // A wipe also reaches sessions revoked before, so the device learns it at any next call.
          if (options.wipe) {
            writeSql(
              'UPDATE sessions SET wiped_at = ? WHERE user_id = ? AND device_id = ? AND wiped_at IS NULL',
            ).run(at, userId, deviceId);
          }
          return revoked;
        }, options.audit),
      );
    },
    async listSessions(userId) {
      return readSql('SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at')
        .all(userId)
        .map(toSession);
    },
  };
}
