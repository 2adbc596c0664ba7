import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScoringRules } from '../../../shared/domain/setting.ts';
import { defaultScoringRules } from '../../../shared/scoring/defaultScoringRules.ts';
import { saveScoringRules } from '../scoring/saveScoringRules.ts';
import { setting$, settingEditors } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';

/**
 * The company's lead scoring model (the `scoringRules` setting, or the defaults when none is
 * stored), live; managers and admins may save a new one, which rescores every lead.
 */
export function useScoringRules(): {
  rules: ScoringRules;
  canEdit: boolean;
  save(rules: ScoringRules): Promise<void>;
} {
  const { data, clock, currentUser } = useDataContext();
  const [rules, setRules] = useState<ScoringRules>(defaultScoringRules);
  useEffect(() => {
    const subscription = setting$(data, 'scoringRules').subscribe((setting) =>
      setRules(setting?.value ?? defaultScoringRules),
    );
    return () => subscription.unsubscribe();
  }, [data]);
  const save = useCallback(
    async (next: ScoringRules) => {
      await saveScoringRules({ data, clock, user: currentUser }, next);
    },
    [data, clock, currentUser],
  );
  const canEdit = settingEditors.includes(currentUser.role);
  return useMemo(() => ({ rules, canEdit, save }), [rules, canEdit, save]);
}
