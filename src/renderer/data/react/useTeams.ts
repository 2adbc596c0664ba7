import { useMemo } from 'react';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

export type TeamOption = { id: string; name: string };

/** The teams of the `teamDirectory` setting by name, live; none when there is no directory. */
export function useTeams(): TeamOption[] {
  const { data } = useDataContext();
  const { value: directory } = useLiveValue('teamDirectory', () =>
    hasCollection(data, 'settings') ? setting$(data, 'teamDirectory') : undefined,
  );
  return useMemo(
    () =>
      (directory?.value.teams ?? [])
        .map((team) => ({ id: team.id, name: team.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [directory],
  );
}
