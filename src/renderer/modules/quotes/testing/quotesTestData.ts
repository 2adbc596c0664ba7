import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { type FieldbookData, openFieldbookData } from '../../../data/index.ts';

let counter = 0;

/** A real database with what the quote screens read (10 of the 13 collections allowed). */
export function openQuotesTestData(): Promise<FieldbookData> {
  counter += 1;
  return openFieldbookData({
    name: `fieldbook-quotes-ui-${Date.now()}-${counter}`,
    multiInstance: false,
    indexedDB,
    IDBKeyRange,
    collections: [
      'leads',
      'events',
      'activities',
      'accounts',
      'contacts',
      'opportunities',
      'settings',
      'products',
      'quotes',
    ],
  });
}

/** Makes the local profile (who the app thinks is using it) a rep or a manager. */
export function actAs(role: 'rep' | 'manager', id: string): void {
  localStorage.setItem('fieldbook.localProfile', JSON.stringify({ id, name: role, role }));
}
