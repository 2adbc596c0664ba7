import { useCallback, useMemo } from 'react';
import type { OpportunityStagesValue } from '../../../shared/domain/setting.ts';
import { defaultOpportunityStages } from '../../../shared/pipeline/stageProbabilities.ts';
import { hasCollection } from '../records/recordStore.ts';
import { saveOpportunityStages } from '../settings/pipelineSettingsCommands.ts';
import { setting$, settingEditors } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/**
 * The stage labels and default probabilities (the `opportunityStages` setting; `stored` is
 * undefined while none is saved and `stages` are then the defaults), live; managers and admins
 * may save them, reps only read.
 */
export function useOpportunityStages(): {
  stages: OpportunityStagesValue;
  stored: OpportunityStagesValue | undefined;
  canEdit: boolean;
  save(value: OpportunityStagesValue): Promise<void>;
} {
  const { data, clock, currentUser } = useDataContext();
  const { value: setting } = useLiveValue('opportunityStages', () =>
    hasCollection(data, 'settings') ? setting$(data, 'opportunityStages') : undefined,
  );
  const save = useCallback(
    (value: OpportunityStagesValue) =>
      saveOpportunityStages({ data, clock, user: currentUser }, value),
    [data, clock, currentUser],
  );
  const canEdit = settingEditors.includes(currentUser.role);
  const stored = setting?.value;
  return useMemo(
    () => ({ stages: stored ?? defaultOpportunityStages, stored, canEdit, save }),
    [stored, canEdit, save],
  );
}
