import { useDataContext } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';

/** The person using the app (a local profile until sign-in exists). */
export function useCurrentUser(): CurrentUser {
  return useDataContext().currentUser;
}
