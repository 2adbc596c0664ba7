import type pg from 'pg';
import { toSession, toUser, userPatchColumns } from './accountRows.ts';
import type { PostgresAudit } from './postgresAudit.ts';
import type { AccountMethods } from './sqliteAccounts.ts';

type Row = Record<string, unknown>;

/**
 * Teams, users and sessions on PostgreSQL (single statements, no write lock needed); a write with
 * audit entries runs with them in one transaction.
 */
export function postgresAccounts(pool: pg.Pool, audit: PostgresAudit): AccountMethods {
  const { atomically } = audit;
  return {
    async createTeam(team, entries) {
      await atomically(
        (db) =>
          db.query('INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)', [
            team.id,
            team.name,
            team.createdAt,
          ]),
        entries,
      );
    },
    async listTeams() {
      const result = await pool.query('SELECT * FROM teams ORDER BY name');
      return result.rows.map((row: Row) => ({
        id: String(row.id),
        name: String(row.name),
        createdAt: String(row.created_at),
      }));
    },
    async createUser(user, entries) {
      await atomically(
        (db) =>
          db.query(
            `INSERT INTO users (id, email, name, role, team_id, password_hash, active, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              user.id,
              user.email,
              user.name,
              user.role,
              user.teamId,
              user.passwordHash,
              user.active,
              user.createdAt,
              user.updatedAt,
            ],
          ),
        entries,
      );
    },
    async updateUser(id, patch, entries) {
      const columns = userPatchColumns(patch);
      const names = Object.keys(columns);
      await atomically(
        (db) =>
          db.query(
            `UPDATE users SET ${names.map((n, i) => `${n} = $${i + 1}`).join(', ')} WHERE id = $${names.length + 1}`,
            [...Object.values(columns), id],
          ),
        entries,
      );
    },
    async getUser(id) {
      const result = await pool.query('SELECT * FROM users WHERE id = $1', [id]);
      return result.rows[0] ? toUser(result.rows[0]) : undefined;
    },
    async findUserByEmail(email) {
      const result = await pool.query('SELECT * FROM users WHERE email = $1', [
        email.trim().toLowerCase(),
      ]);
      return result.rows[0] ? toUser(result.rows[0]) : undefined;
    },
    async listUsers() {
      return (await pool.query('SELECT * FROM users ORDER BY email')).rows.map(toUser);
    },
    async countUsers() {
      return Number((await pool.query('SELECT COUNT(*) AS n FROM users')).rows[0]?.n ?? 0);
    },

    async createSession(session, entries) {
      await atomically(
        (db) =>
          db.query(
            `INSERT INTO sessions (token_hash, user_id, device_id, device_name, created_at, expires_at, revoked_at, last_seen_at, app_version, app_platform)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [
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
            ],
          ),
        entries,
      );
    },
    async findSession(tokenHash) {
      const result = await pool.query('SELECT * FROM sessions WHERE token_hash = $1', [tokenHash]);
      return result.rows[0] ? toSession(result.rows[0]) : undefined;
    },
    async validSessions(tokenHashes, at) {
      if (tokenHashes.length === 0) return new Set();
      const result = await pool.query(
        `SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ANY($1::text[])
           AND s.revoked_at IS NULL AND s.expires_at COLLATE "C" > $2 AND u.active`,
        [tokenHashes, at],
      );
      return new Set(result.rows.map((row) => String(row.token_hash)));
    },
    async touchSession(tokenHash, at, app) {
      if (app) {
        await pool.query(
          'UPDATE sessions SET last_seen_at = $1, app_version = $2, app_platform = $3 WHERE token_hash = $4',
          [at, app.version, app.platform, tokenHash],
        );
        return;
      }
      await pool.query('UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [
        at,
        tokenHash,
      ]);
    },
    async revokeSession(tokenHash, at, entries) {
      await atomically(
        (db) =>
          db.query(
            'UPDATE sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL',
            [at, tokenHash],
          ),
        entries,
      );
    },
    async revokeDevice(userId, deviceId, at, options = {}) {
      return atomically(async (db) => {
        const result = await db.query(
          'UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND device_id = $3 AND revoked_at IS NULL',
          [at, userId, deviceId],
        );
        // A wipe also reaches sessions revoked before, so the device learns it at any next call.
        if (options.wipe) {
          await db.query(
            'UPDATE sessions SET wiped_at = $1 WHERE user_id = $2 AND device_id = $3 AND wiped_at IS NULL',
            [at, userId, deviceId],
          );
        }
        return result.rowCount ?? 0;
      }, options.audit);
    },
    async listSessions(userId) {
      const result = await pool.query(
        'SELECT * FROM sessions WHERE user_id = $1 ORDER BY created_at',
        [userId],
      );
      return result.rows.map(toSession);
    },
  };
}
