import { map } from 'rxjs';
import type { Account } from '../../../shared/domain/account.ts';
import { accountMatches } from '../accounts/accountQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/** Accounts by name (the `name` index), filtered by a search over name, website, email and phone; live. */
export function useAccountList(query: { search?: string }): { rows: Account[]; loading: boolean } {
  const { data } = useDataContext();
  const search = query.search?.trim() ?? '';
  const { value, loading } = useLiveValue(`accounts:${search}`, () =>
    collectionOf(data, 'accounts')
      .find({ sort: [{ name: 'asc' }], index: ['name'] })
      .$.pipe(
        map((docs) =>
          docs
            .map((doc) => plainRecord<Account>(doc._data))
            .filter((account) => accountMatches(account, search)),
        ),
      ),
  );
  return { rows: value ?? [], loading };
}

/** One account, live; undefined while loading and when it does not exist (or was deleted). */
export function useAccount(id: string): { account?: Account; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`account:${id}`, () =>
    collectionOf(data, 'accounts')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? plainRecord<Account>(doc._data) : undefined))),
  );
  return value ? { account: value, loading } : { loading };
}
