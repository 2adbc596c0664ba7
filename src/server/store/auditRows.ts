import type { AuditEntry, AuditFieldChange } from '../../shared/audit/auditEntry.ts';
import type { AuditDraft, AuditSearch } from './Store.ts';

type Row = Record<string, unknown>;

/** The `audit_log` columns in insert order, and one draft's values for them. */
export const auditColumns =
  'at, action, collection, record_id, actor_id, actor_name, device_id, team_id, changes, reason';

/** One draft's values in `auditColumns` order; `changes` as JSON text (both stores accept it). */
export function auditValues(draft: AuditDraft): (string | null)[] {
  return [
    draft.at,
    draft.action,
    draft.collection ?? null,
    draft.recordId ?? null,
    draft.actorId ?? null,
    draft.actorName ?? null,
    draft.deviceId ?? null,
    draft.teamId ?? null,
    draft.changes && draft.changes.length > 0 ? JSON.stringify(draft.changes) : null,
    draft.reason ?? null,
  ];
}

/** An `audit_log` row as an AuditEntry (absent columns are left out, not null). */
export function toAuditEntry(row: Row): AuditEntry {
  const text = (value: unknown) =>
    value === null || value === undefined ? undefined : String(value);
  const changes =
    row.changes === null || row.changes === undefined
      ? undefined
      : ((typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as
          | AuditFieldChange[]
          | undefined);
  const entry = {
    id: String(row.id),
    at: String(row.at),
    action: String(row.action),
    collection: text(row.collection),
    recordId: text(row.record_id),
    actorId: text(row.actor_id),
    actorName: text(row.actor_name),
    deviceId: text(row.device_id),
    teamId: text(row.team_id),
    changes,
    reason: text(row.reason),
  };
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined),
  ) as AuditEntry;
}

/**
 * The WHERE clause and parameters of an audit search; `placeholder(n)` writes the n-th (1-based)
 * parameter in the store's dialect. A bare `to` date includes that whole day.
 */
export function auditWhere(
  search: AuditSearch,
  placeholder: (n: number) => string,
): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number) => {
    params.push(value);
    parts.push(sql.replace('?', placeholder(params.length)));
  };
  if (search.collection) add('collection = ?', search.collection);
  if (search.recordId) add('record_id = ?', search.recordId);
  if (search.actorId) add('actor_id = ?', search.actorId);
  if (search.action) add('action = ?', search.action);
  if (search.teamId) add('team_id = ?', search.teamId);
  if (search.from) add('at >= ?', search.from);
  if (search.to)
    add('at <= ?', /^\d{4}-\d{2}-\d{2}$/.test(search.to) ? `${search.to}T99` : search.to);
  if (search.before && /^\d+$/.test(search.before)) add('id < ?', Number(search.before));
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}
