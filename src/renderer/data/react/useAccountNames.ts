import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { FieldbookData } from '../openFieldbookData.ts';
import { hasCollection } from '../records/recordStore.ts';
import { accountMirror, startMirror } from '../records/sharedMirrors.ts';
import { useDataContext } from './DataProvider.tsx';

const emptyNames: ReadonlyMap<string, string> = new Map();
const noWatch = () => () => undefined;
const notLoaded = () => 0;

function loadAccounts(data: FieldbookData, priority: 'now' | 'next'): void {
  if (hasCollection(data, 'accounts')) startMirror(data, accountMirror(data), priority);
}

/** Loads the account names in the background queue, so the first board or list has them. */
export function warmUpAccountNames(data: FieldbookData): void {
  loadAccounts(data, 'next');
}

/**
 * Account names by id, for cards and tables that show a record's customer; live. Read from the
 * in-memory copy of the accounts, so a view that mounts has them in its first render (a query per
 * view gave the board a second render of every card when the names arrived).
 */
export function useAccountNames(): ReadonlyMap<string, string> {
  const { data } = useDataContext();
  const mirror = hasCollection(data, 'accounts') ? accountMirror(data) : undefined;
  useEffect(() => loadAccounts(data, 'now'), [data]);
  const version = useSyncExternalStore(mirror?.watch ?? noWatch, mirror?.version ?? notLoaded);
  return useMemo(
    () =>
      mirror && version > 0
        ? new Map([...mirror.docs.values()].map((account) => [account.id, account.name]))
        : emptyNames,
    [mirror, version],
  );
}
