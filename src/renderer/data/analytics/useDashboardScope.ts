import { useMemo } from 'react';
import type { SalesTarget } from '../../../shared/domain/setting.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';

export type ScopeOption = { value: string; label: string; owners: ReadonlySet<string> | undefined };

/**
 * Whose numbers a dashboard may show: a rep only their own; a manager their team, each team
 * member, or (admins, finance) everyone and every team. Values: `all`, `team:<id>`, `user:<id>`.
 */
export function useDashboardScope(labels: { everyone: string; team: (name: string) => string }): {
  options: ScopeOption[];
  defaultValue: string;
  targets: SalesTarget[];
} {
  const { data, currentUser } = useDataContext();
  const { value: directory } = useLiveValue('teamDirectory', () =>
    hasCollection(data, 'settings') ? setting$(data, 'teamDirectory') : undefined,
  );
  const { value: targets } = useLiveValue('salesTargets', () =>
    hasCollection(data, 'settings') ? setting$(data, 'salesTargets') : undefined,
  );
  const { everyone, team } = labels;
  return useMemo(() => {
    const users = directory?.value.users ?? [];
    const teams = directory?.value.teams ?? [];
    const me = users.find((user) => user.id === currentUser.id);
    const myTeam = currentUser.teamId ?? me?.teamId;
    const self: ScopeOption = {
      value: `user:${currentUser.id}`,
      label: currentUser.name,
      owners: new Set([currentUser.id]),
    };
    const targetList = targets?.value.targets ?? [];
    if (currentUser.role === 'rep')
      return { options: [self], defaultValue: self.value, targets: targetList };
    const seesAll =
      currentUser.role === 'admin' || currentUser.role === 'finance' || myTeam === undefined;
    const visibleTeams = seesAll ? teams : teams.filter((entry) => entry.id === myTeam);
    const teamOptions: ScopeOption[] = visibleTeams.map((entry) => ({
      value: `team:${entry.id}`,
      label: team(entry.name),
      owners: new Set(users.filter((user) => user.teamId === entry.id).map((user) => user.id)),
    }));
    const people: ScopeOption[] = users
      .filter((user) => user.active && (seesAll || user.teamId === myTeam))
      .map((user) => ({ value: `user:${user.id}`, label: user.name, owners: new Set([user.id]) }));
    if (!people.some((option) => option.value === self.value)) people.unshift(self);
    const options: ScopeOption[] = [
      ...(seesAll ? [{ value: 'all', label: everyone, owners: undefined }] : []),
      ...teamOptions,
      ...people,
    ];
    return { options, defaultValue: options[0]?.value ?? self.value, targets: targetList };
  }, [directory, targets, currentUser, everyone, team]);
}
