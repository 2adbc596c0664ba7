import type { RxCollection } from 'rxdb';
import { endDeviceSession } from '../admin/endDeviceSession.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { loadLocalProfile } from '../react/localProfile.ts';
import { signedOutStatus } from './SyncClient.ts';
import { startSync } from './startSync.ts';
import type { SyncFailure } from './syncHttp.ts';
import { normalizeServerUrl } from './syncHttp.ts';
import type { SessionUser, StoredSession } from './tokenStore.ts';

export type SignInInput = {
  serverUrl: string;
  email: string;
  password: string;
  deviceName: string;
  /** Owners of records made before sign-in; defaults to this device's local profile. */
  localOwnerIds?: readonly string[];
};

/** Why sign-in failed; the UI translates the code. */
export type SignInErrorCode =
  | 'invalid_credentials'
  | 'rate_limited'
  | 'unreachable'
  | 'server_error';

export class SignInError extends Error {
  readonly code: SignInErrorCode;
  constructor(code: SignInErrorCode, message: string) {
    super(message);
    this.name = 'SignInError';
    this.code = code;
  }
}

const deviceIdKey = 'fieldbook.deviceId';

function localProfileIds(data: FieldbookData): string[] {
  if (typeof localStorage === 'undefined') return [];
  return [loadLocalProfile(data.sync.clock).id];
}

// One id per installation, so an admin can revoke this device's sessions.
function deviceId(): string | undefined {
  if (typeof localStorage === 'undefined') return undefined;
  let id = localStorage.getItem(deviceIdKey);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(deviceIdKey, id);
  }
  return id;
}

/** Gives records made offline under a local profile to the signed-in user, before any push. */
async function reownLocalRecords(data: FieldbookData, from: readonly string[], to: string) {
  const owners = from.filter((id) => id !== to);
  if (owners.length === 0) return;
  for (const collection of Object.values(data.db.collections)) {
    if (!collection) continue;
    const docs = await (collection as RxCollection)
      .find({ selector: { ownerId: { $in: [...owners] } } })
      .exec();
    for (const doc of docs) await doc.incrementalPatch({ ownerId: to });
  }
}

function runSync(data: FieldbookData, session: StoredSession, token: string): void {
  const client = data.sync;
  const handle = startSync({
    data,
    serverUrl: session.serverUrl,
    token,
    // A new epoch (server restored from backup) starts a fresh replication: everything is
    // pulled again and everything this device holds is pushed again, so nothing it has is lost.
    replicationId: `${session.serverUrl}|${session.user.id}${session.epoch ? `|${session.epoch}` : ''}`,
    ...(session.epoch ? { epoch: session.epoch } : {}),
    store: client.store,
    rejected: client.rejected,
    connectivity: client.connectivity,
    fetch: client.fetch,
    ...(client.app ? { app: client.app } : {}),
    clock: client.clock,
    ...client.tuning,
    onFatal: (failure: SyncFailure, reason?: string) => {
      // A revoked or expired session: forget the token, keep the data and who it belonged to;
      // an administrator's wipe deletes the data too (endDeviceSession).
      if (failure === 'unauthorized') void endDeviceSession(data, session, token, reason);
      if (failure === 'server_restored') void restartAfterRestore(data, session, token);
    },
  });
  client.handle = handle;
  client.status.set(handle.status.get());
  client.detachStatus = handle.status.subscribe(() => client.status.set(handle.status.get()));
}

/** The server was restored from a backup: learn its new epoch and replicate afresh with it. */
async function restartAfterRestore(
  data: FieldbookData,
  session: StoredSession,
  token: string,
): Promise<void> {
  const client = data.sync;
  const response = await client.fetch(`${session.serverUrl}/api/sync/settings/pull?seq=0&limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) return;
  const { checkpoint } = (await response.json()) as { checkpoint: { epoch?: string } };
  if (!checkpoint.epoch || checkpoint.epoch === session.epoch) return;
  await stopRunningSync(data);
  const next: StoredSession = { ...session, epoch: checkpoint.epoch };
  client.sessionInfo.save(next);
  client.session.set(next);
  runSync(data, next, token);
}

async function stopRunningSync(data: FieldbookData): Promise<void> {
  const client = data.sync;
  const handle = client.handle;
  client.handle = undefined;
  client.detachStatus?.();
  client.detachStatus = undefined;
  if (handle) {
    const last = handle.status.get();
    await handle.stop();
    client.status.set({ ...signedOutStatus, pendingChanges: last.pendingChanges });
  }
}

/** Signs in, re-owns records made offline to the user, and starts syncing. */
export async function signIn(data: FieldbookData, input: SignInInput): Promise<SessionUser> {
  const client = data.sync;
  const serverUrl = normalizeServerUrl(input.serverUrl);
  let response: Response;
  const device = deviceId();
  try {
    response = await client.fetch(`${serverUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: input.email.trim(),
        password: input.password,
        deviceName: input.deviceName,
        ...(device ? { deviceId: device } : {}),
        ...(client.app ? { appVersion: client.app.version, appPlatform: client.app.platform } : {}),
      }),
    });
  } catch (error) {
    throw new SignInError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 401)
    throw new SignInError('invalid_credentials', 'Wrong email or password');
  if (response.status === 429) throw new SignInError('rate_limited', 'Too many attempts');
  if (!response.ok) throw new SignInError('server_error', `Sign-in failed (${response.status})`);
  const { token, user, epoch, numberSeries } = (await response.json()) as {
    token: string;
    user: SessionUser;
    epoch?: string;
    numberSeries?: { deviceCode: string };
  };
  await stopRunningSync(data);
  await reownLocalRecords(data, input.localOwnerIds ?? localProfileIds(data), user.id);
  const session: StoredSession = {
    serverUrl,
    user,
    ...(epoch ? { epoch } : {}),
    ...(numberSeries?.deviceCode ? { numberSeries: { deviceCode: numberSeries.deviceCode } } : {}),
  };
  await client.tokens.save(token);
  client.sessionInfo.save(session);
  client.session.set(session);
  runSync(data, session, token);
  return user;
}

/** Restarts sync with a stored session (app start); false when there is none to resume. */
export async function resumeSession(data: FieldbookData): Promise<boolean> {
  const client = data.sync;
  const session = client.sessionInfo.load();
  const token = await client.tokens.load();
  if (!session || !token || client.handle) return false;
  client.session.set(session);
  runSync(data, session, token);
  return true;
}

/** Whether local changes have not reached the server (warn before signing out). */
export async function hasUnsyncedChanges(data: FieldbookData): Promise<boolean> {
  const handle = data.sync.handle;
  if (!handle) return data.sync.status.get().pendingChanges > 0;
  const pending = await handle.pendingDocuments();
  return Object.values(pending).some((docs) => docs.length > 0);
}

/**
 * Stops syncing and ends the session on the server. With `wipe` (after the user confirmed) the
 * local database is deleted; the app must then reopen it.
 */
export async function signOut(data: FieldbookData, options: { wipe: boolean }): Promise<void> {
  const client = data.sync;
  const session = client.session.get() ?? client.sessionInfo.load();
  const token = await client.tokens.load();
  await stopRunningSync(data);
  if (session && token) {
    await client
      .fetch(`${session.serverUrl}/api/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      })
      .catch(() => undefined);
  }
  await client.tokens.clear();
  client.sessionInfo.clear();
  client.session.set(undefined);
  client.status.set(signedOutStatus);
  if (options.wipe) await data.remove();
}

/**
 * After a 410 (offline longer than the server keeps deletions): returns the unsynced local
 * changes as JSON for the user to save, empties the local copy and syncs again from scratch.
 */
export async function resyncFromScratch(data: FieldbookData): Promise<string> {
  const client = data.sync;
  const session = client.session.get();
  const token = await client.tokens.load();
  const handle = client.handle;
  if (!session || !token || !handle) throw new Error('resyncFromScratch: not signed in');
  const pending = await handle.pendingDocuments();
  const exported = JSON.stringify(
    {
      exportedAt: client.clock().toISOString(),
      serverUrl: session.serverUrl,
      user: session.user,
      changes: pending,
    },
    null,
    2,
  );
  client.detachStatus?.();
  client.handle = undefined;
  await handle.removeCheckpoints();
  for (const collection of Object.values(data.db.collections)) {
    if (!collection) continue;
    const rx = collection as RxCollection;
    const docs = await rx.find().exec();
    await rx.bulkRemove(docs.map((doc) => doc.primary));
    // Purge the tombstones at once so nothing of the old copy is pushed or kept.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await rx.storageInstance.cleanup(0);
  }
  runSync(data, session, token);
  return exported;
}
