import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import {
  parseSetting,
  type Setting,
  type SettingKind,
  type SettingOf,
  type SettingValue,
} from '../../../shared/domain/setting.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { type CommandContext, collectionOf, plainRecord } from '../records/recordStore.ts';

/** Roles that may change company-wide settings. */
export const settingEditors: readonly Role[] = ['manager', 'admin'];

/** Throws `roleNotAllowed` unless `role` may change company-wide settings. */
export function assertSettingEditor(role: Role): void {
  if (!settingEditors.includes(role)) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'settings',
      role,
      allowedRoles: settingEditors.join(','),
    });
  }
}

// Two offline devices may each create the record of a kind; the newest one wins everywhere.
function newest(settings: readonly Setting[]): Setting | undefined {
  let best: Setting | undefined;
  for (const setting of settings) {
    if (
      !best ||
      setting.updatedAt > best.updatedAt ||
      (setting.updatedAt === best.updatedAt && setting.id > best.id)
    )
      best = setting;
  }
  return best;
}

function query(data: FieldbookData, key: SettingKind) {
  return collectionOf(data, 'settings').find({ selector: { key }, index: ['key'] });
}

function validOnly(docs: readonly { _data: unknown }[]): Setting[] {
  const out: Setting[] = [];
  for (const doc of docs) {
    try {
      out.push(parseSetting(plainRecord(doc._data as Record<string, unknown>)));
    } catch {
      // A record this version cannot read (a newer kind or shape) is ignored, not fatal.
    }
  }
  return out;
}

/** The setting of one kind, live; undefined when none is stored (callers use the defaults). */
export function setting$<K extends SettingKind>(
  data: FieldbookData,
  key: K,
): Observable<SettingOf<K> | undefined> {
  return query(data, key).$.pipe(
    map((docs) => newest(validOnly(docs)) as SettingOf<K> | undefined),
  );
}

/** The setting of one kind, once. */
export async function readSetting<K extends SettingKind>(
  data: FieldbookData,
  key: K,
): Promise<SettingOf<K> | undefined> {
  return newest(validOnly(await query(data, key).exec())) as SettingOf<K> | undefined;
}

/** Saves a setting's value (managers and admins only): updates the record of its kind or creates it. */
export async function saveSetting(
  { data, clock, user }: CommandContext,
  value: SettingValue,
): Promise<Setting> {
  assertSettingEditor(user.role);
  const now = clock();
  const at = now.toISOString();
  const docs = await query(data, value.kind).exec();
  const current = newest(validOnly(docs));
  const next = parseSetting({
    ...(current ?? { id: newId(now.getTime()), createdAt: at }),
    ownerId: current?.ownerId ?? user.id,
    key: value.kind,
    value,
    updatedAt: at,
  });
  const doc = current ? docs.find((item) => item.primary === current.id) : undefined;
  if (doc) await doc.incrementalModify(() => next);
  else await collectionOf(data, 'settings').insert(next);
  return next;
}
