import { useCallback } from 'react';
import type { AutomationRulesValue } from '../../../shared/automation/automationRules.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { saveSetting, setting$, settingEditors } from '../settings/settingsStore.ts';

/** The stored automation rules (undefined: the defaults apply), live; managers and admins save. */
export function useAutomationRules(): {
  saved: AutomationRulesValue | undefined;
  canEdit: boolean;
  save(value: AutomationRulesValue): Promise<void>;
} {
  const { data, clock, currentUser } = useDataContext();
  const { value } = useLiveValue('automationRules', () =>
    hasCollection(data, 'settings') ? setting$(data, 'automationRules') : undefined,
  );
  const save = useCallback(
    async (next: AutomationRulesValue) => {
      await saveSetting({ data, clock, user: currentUser }, next);
    },
    [data, clock, currentUser],
  );
  return { saved: value?.value, canEdit: settingEditors.includes(currentUser.role), save };
}
