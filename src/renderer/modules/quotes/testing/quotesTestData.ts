import type { FieldbookData } from '../../../data/index.ts';
import { openTestData } from '../../../data/testing/openTestData.ts';
import { setLocalProfile } from '../../../data/testing/setLocalProfile.ts';

/** A real database with what the quote screens read (10 of the 13 collections allowed). */
export function openQuotesTestData(): Promise<FieldbookData> {
  return openTestData({
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
  setLocalProfile({ id, name: role, role });
}
