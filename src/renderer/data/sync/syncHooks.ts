import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useDataContext } from '../react/DataProvider.tsx';
import { dismissConflict, dismissSyncIssue, reapplyConflict } from './reapplyConflict.ts';
import {
  hasUnsyncedChanges,
  resyncFromScratch,
  type SignInInput,
  signIn,
  signOut,
} from './session.ts';
import type { ConflictEntry, SyncIssue } from './syncLocalStore.ts';
import type { SyncStatus } from './syncStatus.ts';
import type { SessionUser, StoredSession } from './tokenStore.ts';

/** The sync status for the status indicator, with a "Sync now" command. */
export function useSyncStatus(): SyncStatus {
  const { data } = useDataContext();
  const snapshot = useSyncExternalStore(data.sync.status.subscribe, data.sync.status.get);
  const syncNow = useCallback(() => data.sync.handle?.syncNow(), [data]);
  return useMemo(() => ({ ...snapshot, syncNow }), [snapshot, syncNow]);
}

export type SessionApi = {
  session: StoredSession | undefined;
  signIn(input: Omit<SignInInput, 'localOwnerIds'>): Promise<SessionUser>;
  signOut(options: { wipe: boolean }): Promise<void>;
  hasUnsyncedChanges(): Promise<boolean>;
  /** After a `resync_required` error: returns the unsynced changes as JSON to download. */
  resyncFromScratch(): Promise<string>;
};

/** The signed-in session and the commands that change it. */
export function useSession(): SessionApi {
  const { data } = useDataContext();
  const session = useSyncExternalStore(data.sync.session.subscribe, data.sync.session.get);
  return useMemo(
    () => ({
      session,
      signIn: (input) => signIn(data, input),
      signOut: (options) => signOut(data, options),
      hasUnsyncedChanges: () => hasUnsyncedChanges(data),
      resyncFromScratch: () => resyncFromScratch(data),
    }),
    [data, session],
  );
}

function useLocalList<T>(read: () => Promise<T[]>): T[] {
  const { data } = useDataContext();
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    let cancelled = false;
    const refresh = () => {
      void read().then((next) => {
        if (!cancelled) setItems(next);
      });
    };
    refresh();
    const unsubscribe = data.sync.store.subscribe(refresh);
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [data, read]);
  return items;
}

/** Writes the server refused, newest first, with the values the user entered. */
export function useSyncIssues(): { issues: SyncIssue[]; dismiss(id: string): Promise<void> } {
  const { data } = useDataContext();
  const read = useCallback(() => data.sync.store.listIssues(), [data]);
  const issues = useLocalList(read);
  return useMemo(() => ({ issues, dismiss: (id) => dismissSyncIssue(data, id) }), [data, issues]);
}

/** The Conflicts inbox: values that lost a same-field conflict, newest first. */
export function useConflicts(): {
  conflicts: ConflictEntry[];
  reapply(id: string): Promise<void>;
  dismiss(id: string): Promise<void>;
} {
  const { data } = useDataContext();
  const read = useCallback(() => data.sync.store.listConflicts(), [data]);
  const conflicts = useLocalList(read);
  return useMemo(
    () => ({
      conflicts,
      reapply: (id) => reapplyConflict(data, id),
      dismiss: (id) => dismissConflict(data, id),
    }),
    [data, conflicts],
  );
}
