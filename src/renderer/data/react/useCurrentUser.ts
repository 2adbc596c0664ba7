import { useDataContext } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';

/** The person using the app: the signed-in server user, or the local profile when signed out. */
export function useCurrentUser(): CurrentUser {
  return useDataContext().currentUser;
}
