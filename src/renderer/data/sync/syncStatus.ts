import type { SyncFailure } from './syncHttp.ts';

export type SyncState = 'offline' | 'syncing' | 'synced' | 'error' | 'signedOut';

/** What the status indicator shows. `error` is a code the UI translates. */
export type SyncStatusSnapshot = {
  state: SyncState;
  /** Local changes the server has not acknowledged yet. */
  pendingChanges: number;
  /** ISO time of the last successful exchange with the server. */
  lastSyncedAt?: string;
  error?: SyncFailure;
  /**
   * Documents stored so far while this device downloads what the server holds for the first
   * time this run (sign-in on a new device, or catching up after long offline): until it is done,
   * lists and dashboards show only part of the team's data. Absent once the first pull finished.
   */
  downloading?: number;
};

export type SyncStatus = SyncStatusSnapshot & { syncNow(): void };

/** The facts the status is derived from, kept by the running sync. */
export type SyncFacts = {
  online: boolean;
  active: boolean;
  firstSyncDone: boolean;
  /** Documents from the server stored before the first sync of this run was done. */
  received: number;
  fatal: SyncFailure | undefined;
  transientError: SyncFailure | undefined;
  pendingChanges: number;
  lastSyncedAt: string | undefined;
};

/** Derives the status from the facts; fatal failures win, then the network, then activity. */
export function deriveSyncStatus(facts: SyncFacts): SyncStatusSnapshot {
  const base = {
    pendingChanges: facts.pendingChanges,
    ...(facts.lastSyncedAt ? { lastSyncedAt: facts.lastSyncedAt } : {}),
    ...(!facts.firstSyncDone && facts.received > 0 ? { downloading: facts.received } : {}),
  };
  if (facts.fatal === 'unauthorized') return { ...base, state: 'signedOut', error: facts.fatal };
  if (facts.fatal) return { ...base, state: 'error', error: facts.fatal };
  if (!facts.online) return { ...base, state: 'offline' };
  if (facts.transientError) return { ...base, state: 'error', error: facts.transientError };
  if (facts.active || !facts.firstSyncDone || facts.pendingChanges > 0) {
    return { ...base, state: 'syncing' };
  }
  return { ...base, state: 'synced' };
}

export function sameSnapshot(a: SyncStatusSnapshot, b: SyncStatusSnapshot): boolean {
  return (
    a.state === b.state &&
    a.pendingChanges === b.pendingChanges &&
    a.lastSyncedAt === b.lastSyncedAt &&
    a.error === b.error &&
    a.downloading === b.downloading
  );
}
