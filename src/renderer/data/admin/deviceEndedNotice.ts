/**
 * Why this device stopped syncing at an administrator's request: `device_wiped` (its local data
 * was deleted) or `device_revoked` (signed out, data kept). `removing` while the wipe runs.
 */
export type DeviceEndedNotice = {
  kind: 'device_wiped' | 'device_revoked';
  at: string;
  state: 'removing' | 'done';
};

const noticeKey = (name: string) => `fieldbook.deviceEnded.${name}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The notice kept across a restart (localStorage, never in the database the wipe deletes), so
 * the person still learns why the data is gone if the app closed before they read it.
 */
/** `name` is the local database's name (one notice per database). */
export function loadDeviceEndedNotice(name: string): DeviceEndedNotice | undefined {
  const raw = storage()?.getItem(noticeKey(name));
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<DeviceEndedNotice>;
    if (value.kind !== 'device_wiped' && value.kind !== 'device_revoked') return undefined;
    return { kind: value.kind, at: String(value.at ?? ''), state: 'done' };
  } catch {
    return undefined;
  }
}

export function saveDeviceEndedNotice(name: string, notice: DeviceEndedNotice | undefined): void {
  const store = storage();
  if (!store) return;
  if (notice) store.setItem(noticeKey(name), JSON.stringify(notice));
  else store.removeItem(noticeKey(name));
}
