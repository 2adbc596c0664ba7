import type { FieldbookData } from '../openFieldbookData.ts';
import { signedOutStatus } from '../sync/SyncClient.ts';
import { errorCodeOf } from '../sync/syncHttp.ts';
import type { StoredSession } from '../sync/tokenStore.ts';
import { type DeviceEndedNotice, saveDeviceEndedNotice } from './deviceEndedNotice.ts';

// The stream's `unauthorized` event may not say why; one request does.
async function askWhy(data: FieldbookData, session: StoredSession, token: string) {
  try {
    const response = await data.sync.fetch(
      `${session.serverUrl}/api/sync/settings/pull?seq=0&limit=1`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    return response.status === 401 ? errorCodeOf(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

// RxDB's Dexie storage empties its IndexedDB databases on remove() but leaves them behind.
async function deleteLeftoverDatabases(name: string): Promise<void> {
  const factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
  if (!factory?.databases) return;
  const prefix = `rxdb-dexie-${name}--`;
  for (const db of await factory.databases()) {
    if (db.name?.startsWith(prefix)) {
      await deleteDatabase(factory, db.name);
    }
  }
}

function forgetSession(data: FieldbookData): Promise<void> {
  const client = data.sync;
  client.sessionInfo.clear();
  client.session.set(undefined);
  client.status.set(signedOutStatus);
  return client.tokens.clear();
}

function announce(data: FieldbookData, notice: DeviceEndedNotice): void {
  saveDeviceEndedNotice(data.db.name, notice);
  data.sync.deviceEnded.set(notice);
}

/**
 * The server refused this device's session (401). An administrator's wipe (`device_wiped`)
 * deletes the local database, the local sync store and the session; a revocation
 * (`device_revoked`) signs out and keeps the data; anything else only forgets the token, as
 * before. Either of the first two leaves a notice the app shows until the person has read it.
 */
export async function endDeviceSession(
  data: FieldbookData,
  session: StoredSession,
  token: string,
  reason: string | undefined,
): Promise<void> {
  const why = reason ?? (await askWhy(data, session, token));
  const at = data.sync.clock().toISOString();
  if (why === 'device_wiped') {
    // Announce first: the screens unmount before the database they read disappears.
    announce(data, { kind: 'device_wiped', at, state: 'removing' });
    await forgetSession(data);
    try {
      await data.remove();
      await deleteLeftoverDatabases(data.db.name);
    } finally {
      announce(data, { kind: 'device_wiped', at, state: 'done' });
    }
    return;
  }
  if (why === 'device_revoked') {
    await forgetSession(data);
    announce(data, { kind: 'device_revoked', at, state: 'done' });
    return;
  }
  await data.sync.tokens.clear();
}

/**
 * The person has read the notice: it is not shown again. `keepOnScreen` only forgets it for the
 * next start (after a wipe the screen stays until the app has reopened a fresh database).
 */
export function dismissDeviceEndedNotice(
  data: FieldbookData,
  options: { keepOnScreen?: boolean } = {},
): void {
  saveDeviceEndedNotice(data.db.name, undefined);
  if (!options.keepOnScreen) data.sync.deviceEnded.set(undefined);
}
