import type { MangoQuery } from 'rxdb';
import { map } from 'rxjs';
import type { Contact } from '../../../shared/domain/contact.ts';
import { contactMatches } from '../contacts/contactQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/** Contacts (of one account through the `[accountId, lastName]` index, or all), searched; live. */
export function useContactList(query: { accountId?: string; search?: string }): {
  rows: Contact[];
  loading: boolean;
} {
  const { data } = useDataContext();
  const search = query.search?.trim() ?? '';
  const accountId = query.accountId;
  const mango: MangoQuery<Contact> = accountId
    ? { selector: { accountId }, sort: [{ accountId: 'asc' }, { lastName: 'asc' }] }
    : { sort: [{ lastName: 'asc' }] };
  const { value, loading } = useLiveValue(`contacts:${accountId ?? ''}:${search}`, () =>
    collectionOf(data, 'contacts')
      .find(mango)
      .$.pipe(
        map((docs) =>
          docs
            .map((doc) => plainRecord<Contact>(doc._data))
            .filter((contact) => contactMatches(contact, search)),
        ),
      ),
  );
  return { rows: value ?? [], loading };
}

/** One contact, live; undefined while loading and when it does not exist (or was deleted). */
export function useContact(id: string): { contact?: Contact; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`contact:${id}`, () =>
    collectionOf(data, 'contacts')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? plainRecord<Contact>(doc._data) : undefined))),
  );
  return value ? { contact: value, loading } : { loading };
}
