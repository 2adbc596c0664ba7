import { canonicalJson, deepEqual } from './deepEqual.ts';

/** A replicated document as JSON: plain data with an `id`, `updatedAt` and maybe `_deleted`. */
export type SyncDocument = { id: string; updatedAt: string; [field: string]: unknown };

/** What the device holds: its own edit, the server's current state, and their common base. */
export type ReconcileInput<T extends SyncDocument> = {
  /** The server state this device last saw (RxDB's assumedMasterState); absent for a new document. */
  base: T | undefined;
  /** This device's version (RxDB's newDocumentState). */
  local: T;
  /** The server's current version (RxDB's realMasterState). */
  remote: T;
};

/** A value that lost a same-field conflict, kept so the user can see and re-apply it. */
export type FieldConflict = {
  /** Dotted path of the field, with item ids for arrays: `lines[line-2].quantity`. */
  path: string;
  keptValue: unknown;
  lostValue: unknown;
  /** Which side's value was kept. */
  kept: 'local' | 'remote';
};

export type Reconciled<T extends SyncDocument> = { merged: T; conflicts: FieldConflict[] };

type Side = 'local' | 'remote';
type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdArray(value: unknown): value is Json[] {
  return (
    Array.isArray(value) &&
    value.every((item) => isPlainObject(item) && typeof item.id === 'string')
  );
}

function isPrimitiveArray(value: unknown): value is Array<string | number | boolean> {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
}

/**
 * Decides which side wins a same-field conflict: the later `updatedAt`, and on a tie the greater
 * canonical JSON of the whole document, so both devices pick the same winner.
 */
function pickWinner(local: SyncDocument, remote: SyncDocument): Side {
  if (local.updatedAt !== remote.updatedAt)
    return local.updatedAt > remote.updatedAt ? 'local' : 'remote';
  return canonicalJson(local) >= canonicalJson(remote) ? 'local' : 'remote';
}

type MergeContext = { winner: Side; conflicts: FieldConflict[] };

function mergeValue(
  path: string,
  base: unknown,
  local: unknown,
  remote: unknown,
  ctx: MergeContext,
): unknown {
  if (deepEqual(local, remote)) return local;
  if (deepEqual(local, base)) return remote;
  if (deepEqual(remote, base)) return local;
  if (isIdArray(local) && isIdArray(remote) && (base === undefined || isIdArray(base))) {
    return mergeIdArrays(path, base ?? [], local, remote, ctx);
  }
  if (
    isPrimitiveArray(local) &&
    isPrimitiveArray(remote) &&
    (base === undefined || isPrimitiveArray(base))
  ) {
    return mergeSets(base ?? [], local, remote, ctx.winner);
  }
  if (
    isPlainObject(local) &&
    isPlainObject(remote) &&
    (base === undefined || isPlainObject(base))
  ) {
    return mergeObjects(path, base ?? {}, local, remote, ctx);
  }
  const kept = ctx.winner === 'local' ? local : remote;
  const lost = ctx.winner === 'local' ? remote : local;
  ctx.conflicts.push({ path, keptValue: kept, lostValue: lost, kept: ctx.winner });
  return kept;
}

function mergeObjects(
  path: string,
  base: Json,
  local: Json,
  remote: Json,
  ctx: MergeContext,
): Json {
  const keys = [
    ...new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(base)]),
  ].sort();
  const merged: Json = {};
  for (const key of keys) {
    const value = mergeValue(
      path ? `${path}.${key}` : key,
      base[key],
      local[key],
      remote[key],
      ctx,
    );
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeIdArrays(
  path: string,
  base: Json[],
  local: Json[],
  remote: Json[],
  ctx: MergeContext,
): Json[] {
  const byId = (items: Json[]) => new Map(items.map((item) => [String(item.id), item]));
  const baseItems = byId(base);
  const localItems = byId(local);
  const remoteItems = byId(remote);
  const first = ctx.winner === 'local' ? local : remote;
  const second = ctx.winner === 'local' ? remote : local;
  const order = [...new Set([...first, ...second].map((item) => String(item.id)))];
  const merged: Json[] = [];
  for (const id of order) {
    const itemPath = `${path}[${id}]`;
    const b = baseItems.get(id);
    const l = localItems.get(id);
    const r = remoteItems.get(id);
    if (l && r) {
      merged.push(mergeObjects(itemPath, b ?? {}, l, r, ctx));
      continue;
    }
    const present = l ?? r;
    if (!present) continue;
    if (!b) {
      merged.push(present);
      continue;
    }
    // Removed on one side: the removal stands unless the other side changed the item meanwhile.
    if (deepEqual(present, b)) continue;
    const keptSide: Side = l ? 'local' : 'remote';
    ctx.conflicts.push({
      path: itemPath,
      keptValue: present,
      lostValue: undefined,
      kept: keptSide,
    });
    merged.push(present);
  }
  return merged;
}

function mergeSets<T>(base: T[], local: T[], remote: T[], winner: Side): T[] {
  const removed = new Set(base.filter((item) => !local.includes(item) || !remote.includes(item)));
  const first = winner === 'local' ? local : remote;
  const second = winner === 'local' ? remote : local;
  const result: T[] = [];
  for (const item of [...first, ...second]) {
    if (result.includes(item)) continue;
    if (removed.has(item)) continue;
    result.push(item);
  }
  return result;
}

function withoutBookkeeping(doc: SyncDocument | undefined): Json {
  if (!doc) return {};
  const { updatedAt: _updatedAt, _deleted: _ignored, ...rest } = doc;
  return rest;
}

/** Tells which side deleted the document while the other side edited its data, if any. */
function deletionAgainstEdit(
  base: SyncDocument | undefined,
  local: SyncDocument,
  remote: SyncDocument,
): Side | undefined {
  const localDeleted = local._deleted === true;
  const remoteDeleted = remote._deleted === true;
  if (localDeleted === remoteDeleted) return undefined;
  const editor = localDeleted ? remote : local;
  return deepEqual(withoutBookkeeping(editor), withoutBookkeeping(base))
    ? undefined
    : localDeleted
      ? 'local'
      : 'remote';
}

/**
 * Field-level three-way merge of one document against the common base. Fields changed on one
 * side only are kept; arrays of items with ids merge by item id; arrays of plain values merge as
 * sets; an edit beats a deletion made on the other side; when both sides changed the same field, the later `updatedAt` wins (ties broken
 * deterministically) and the losing value is reported in `conflicts`. Swapping `local` and
 * `remote` yields the same merged document.
 */
export function reconcile<T extends SyncDocument>(input: ReconcileInput<T>): Reconciled<T> {
  const { base, local, remote } = input;
  const ctx: MergeContext = { winner: pickWinner(local, remote), conflicts: [] };
  const merged = mergeObjects('', (base ?? {}) as Json, local, remote, ctx);
  const deletedBy = deletionAgainstEdit(base, local, remote);
  if (deletedBy) {
    // An edit beats a deletion made elsewhere: nobody's work disappears; deleting again is easy.
    const deletingSide = deletedBy === 'local' ? local : remote;
    const keptSide: Side = deletedBy === 'local' ? 'remote' : 'local';
    for (let i = ctx.conflicts.length - 1; i >= 0; i--) {
      if (ctx.conflicts[i]?.path === '_deleted') ctx.conflicts.splice(i, 1);
    }
    merged._deleted = false;
    ctx.conflicts.push({
      path: '_deleted',
      keptValue: false,
      lostValue: deletingSide._deleted,
      kept: keptSide,
    });
  }
  // The merged document is as new as the newest side; `updatedAt` is never itself a conflict.
  merged.updatedAt = [local.updatedAt, remote.updatedAt].sort()[1];
  const conflicts = ctx.conflicts.filter((conflict) => conflict.path !== 'updatedAt');
  return { merged: merged as T, conflicts };
}
