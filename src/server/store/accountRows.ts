import { type ClientApp, clientAppSchema } from '../../shared/sync/clientApp.ts';
import type { SessionRecord, Store, UserRecord } from './Store.ts';

type Row = Record<string, unknown>;

// SQLite returns 0/1 for booleans, PostgreSQL true/false; both stores read rows through these.
function truthy(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A `users` row as the store's UserRecord. */
export function toUser(row: Row): UserRecord {
  return {
    id: String(row.id),
    email: String(row.email),
    name: String(row.name),
    role: String(row.role) as UserRecord['role'],
    teamId: textOrNull(row.team_id),
    passwordHash: String(row.password_hash),
    active: truthy(row.active),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

// Rows from before the client reported its app, or with a value this build does not know, read as null.
function appOf(row: Row): ClientApp | null {
  const parsed = clientAppSchema.safeParse({
    version: row.app_version,
    platform: row.app_platform,
  });
  return parsed.success ? parsed.data : null;
}

/** A `sessions` row as the store's SessionRecord. */
export function toSession(row: Row): SessionRecord {
  return {
    tokenHash: String(row.token_hash),
    userId: String(row.user_id),
    deviceId: String(row.device_id),
    deviceName: String(row.device_name),
    createdAt: String(row.created_at),
    expiresAt: String(row.expires_at),
    revokedAt: textOrNull(row.revoked_at),
    lastSeenAt: textOrNull(row.last_seen_at),
    wipedAt: textOrNull(row.wiped_at),
    app: appOf(row),
  };
}

/** The `users` columns a patch changes, always with `updated_at`. */
export function userPatchColumns(
  patch: Parameters<Store['updateUser']>[1],
): Record<string, string | boolean | null> {
  const columns: Record<string, string | boolean | null> = { updated_at: patch.updatedAt };
  if (patch.name !== undefined) columns.name = patch.name;
  if (patch.role !== undefined) columns.role = patch.role;
  if (patch.teamId !== undefined) columns.team_id = patch.teamId;
  if (patch.passwordHash !== undefined) columns.password_hash = patch.passwordHash;
  if (patch.active !== undefined) columns.active = patch.active;
  return columns;
}
