import { type CurrentUser, localProfileKey } from '../react/localProfile.ts';

/** Makes a test's app run as this person (the local profile the app reads at start). */
export function setLocalProfile(
  profile: Pick<CurrentUser, 'id' | 'name' | 'role'> & { teamId?: string },
  storage: Storage = localStorage,
): void {
  storage.setItem(localProfileKey, JSON.stringify(profile));
}
