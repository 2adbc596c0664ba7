import type { AuditFieldChange } from '../../shared/audit/auditEntry.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';

/** Fields whose change says nothing an auditor needs: the entry has its own id and time. */
const ignoredFields: ReadonlySet<string> = new Set(['id', 'updatedAt']);
/** An entry holds at most this many changes; the last one says how many more there were. */
export const maxAuditChanges = 500;

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arrays of objects that all carry a distinct string `id` are compared item by item. */
function byId(value: unknown): Map<string, Json> | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const items = new Map<string, Json>();
  for (const item of value) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || items.has(item.id)) return undefined;
    items.set(item.id, item);
  }
  return items;
}

function diffValues(path: string, before: unknown, after: unknown, out: AuditFieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    diffObjects(path, before, after, out);
    return;
  }
  const beforeItems = byId(before);
  const afterItems = byId(after);
  if ((beforeItems || (Array.isArray(before) && before.length === 0)) && afterItems) {
    diffItems(path, beforeItems ?? new Map(), afterItems, out);
    return;
  }
  if (beforeItems && Array.isArray(after) && after.length === 0) {
    diffItems(path, beforeItems, new Map(), out);
    return;
  }
  out.push({
    field: path,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  });
}

function diffItems(
  path: string,
  before: ReadonlyMap<string, Json>,
  after: ReadonlyMap<string, Json>,
  out: AuditFieldChange[],
): void {
  for (const [id, item] of before) {
    const next = after.get(id);
    // A removed or added item is one change with the whole item, not one per field.
    if (next === undefined) out.push({ field: `${path}.${id}`, before: item });
    else diffObjects(`${path}.${id}`, item, next, out, true);
  }
  for (const [id, item] of after) {
    if (!before.has(id)) out.push({ field: `${path}.${id}`, after: item });
  }
}

function diffObjects(
  path: string,
  before: Json,
  after: Json,
  out: AuditFieldChange[],
  item = false,
) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (path === '' && ignoredFields.has(key)) continue;
    if (item && key === 'id') continue;
    diffValues(path === '' ? key : `${path}.${key}`, before[key], after[key], out);
  }
}

/**
 * The field-level changes from one stored version of a record to the next: nested objects as
 * dotted paths (`address.city`), arrays of items with ids by item id (`lines.<id>.quantityMilli`),
 * other values whole. A new record (`before` undefined) lists its top-level fields.
 */
export function diffFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): AuditFieldChange[] {
  const out: AuditFieldChange[] = [];
  if (before === undefined) {
    for (const [field, value] of Object.entries(after)) {
      if (!ignoredFields.has(field) && value !== undefined) out.push({ field, after: value });
    }
  } else {
    diffObjects('', before, after, out);
  }
  if (out.length <= maxAuditChanges) return out;
  const kept = out.slice(0, maxAuditChanges - 1);
  kept.push({ field: '…', after: `${out.length - kept.length} more changes` });
  return kept;
}
