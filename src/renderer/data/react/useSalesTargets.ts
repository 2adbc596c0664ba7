import { useCallback, useMemo } from 'react';
import type { SalesTargetsValue } from '../../../shared/domain/setting.ts';
import { hasCollection } from '../records/recordStore.ts';
import { saveSalesTargets } from '../settings/pipelineSettingsCommands.ts';
import { setting$, settingEditors } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

const noTargets: SalesTargetsValue = { kind: 'salesTargets', targets: [] };

/**
 * The monthly sales targets (the `salesTargets` setting; none when it is not stored), live;
 * managers and admins may save them, reps only read.
 */
export function useSalesTargets(): {
  targets: SalesTargetsValue;
  loading: boolean;
  canEdit: boolean;
  save(value: SalesTargetsValue): Promise<void>;
} {
  const { data, clock, currentUser } = useDataContext();
  const { value: setting, loading } = useLiveValue('salesTargets', () =>
    hasCollection(data, 'settings') ? setting$(data, 'salesTargets') : undefined,
  );
  const save = useCallback(
    (value: SalesTargetsValue) => saveSalesTargets({ data, clock, user: currentUser }, value),
    [data, clock, currentUser],
  );
  const canEdit = settingEditors.includes(currentUser.role);
  const targets = setting?.value ?? noTargets;
  return useMemo(() => ({ targets, loading, canEdit, save }), [targets, loading, canEdit, save]);
}
