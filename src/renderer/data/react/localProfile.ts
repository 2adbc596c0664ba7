import { isRole, type Role } from '../../../shared/domain/roles.ts';
import { newId } from '../../../shared/ids/newId.ts';

export type CurrentUser = { id: string; name: string; role: Role; teamId?: string };

/** Where this device keeps its local profile. */
export const localProfileKey = 'fieldbook.localProfile';

function parse(raw: string | null): CurrentUser | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { id, name, role } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof role !== 'string')
      return undefined;
    return isRole(role) ? { id, name, role } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The person using this device until sign-in exists (sync issue): made once, kept in
 * localStorage so records keep one owner across restarts.
 */
export function loadLocalProfile(clock: () => Date, storage: Storage = localStorage): CurrentUser {
  const existing = parse(storage.getItem(localProfileKey));
  if (existing) return existing;
  const profile: CurrentUser = { id: newId(clock().getTime()), name: '', role: 'rep' };
  storage.setItem(localProfileKey, JSON.stringify(profile));
  return profile;
}
