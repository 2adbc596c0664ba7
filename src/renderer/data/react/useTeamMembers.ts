import { useMemo } from 'react';
import type { Role } from '../../../shared/domain/roles.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

export type TeamMember = { id: string; name: string; role: Role; teamId?: string };

/**
 * The people the current user works with, from the `teamDirectory` setting: everyone active for
 * an admin, the user's team otherwise; just the current user when there is no directory.
 */
export function useTeamMembers(): TeamMember[] {
  const { data, currentUser } = useDataContext();
  const { value: directory } = useLiveValue('teamDirectory', () =>
    hasCollection(data, 'settings') ? setting$(data, 'teamDirectory') : undefined,
  );
  return useMemo(() => {
    const users = directory?.value.users ?? [];
    const me = users.find((user) => user.id === currentUser.id);
    const teamId = currentUser.teamId ?? me?.teamId;
    const self: TeamMember = {
      id: currentUser.id,
      name: currentUser.name,
      role: currentUser.role,
      ...(teamId !== undefined ? { teamId } : {}),
    };
    const members = users
      .filter(
        (user) =>
          user.active &&
          (currentUser.role === 'admin' || (teamId !== undefined && user.teamId === teamId)),
      )
      .map((user) => ({
        id: user.id,
        name: user.name,
        role: user.role,
        ...(user.teamId !== undefined ? { teamId: user.teamId } : {}),
      }));
    if (!members.some((member) => member.id === self.id)) members.unshift(self);
    return members.sort((a, b) =>
      a.id === self.id ? -1 : b.id === self.id ? 1 : a.name.localeCompare(b.name),
    );
  }, [directory, currentUser]);
}
