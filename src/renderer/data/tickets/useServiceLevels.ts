import { useCallback, useMemo } from 'react';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$, settingEditors } from '../settings/settingsStore.ts';
import { type ServiceLevelsValue, saveServiceLevels } from './serviceLevelsCommands.ts';

/**
 * The SLA targets (the `serviceLevels` setting; `undefined` when none is stored, so the
 * defaults apply), live; managers and admins may save them, everyone else only reads.
 */
export function useServiceLevels(): {
  serviceLevels: ServiceLevelsValue | undefined;
  loading: boolean;
  canEdit: boolean;
  save(value: ServiceLevelsValue): Promise<void>;
} {
  const { data, clock, currentUser } = useDataContext();
  const { value: setting, loading } = useLiveValue('serviceLevels', () =>
    hasCollection(data, 'settings') ? setting$(data, 'serviceLevels') : undefined,
  );
  const save = useCallback(
    (value: ServiceLevelsValue) => saveServiceLevels({ data, clock, user: currentUser }, value),
    [data, clock, currentUser],
  );
  const canEdit = settingEditors.includes(currentUser.role);
  const serviceLevels = setting?.value;
  return useMemo(
    () => ({ serviceLevels, loading, canEdit, save }),
    [serviceLevels, loading, canEdit, save],
  );
}
