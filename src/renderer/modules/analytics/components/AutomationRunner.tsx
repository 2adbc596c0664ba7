import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startAutomation } from '../../../data/automation/automationRunner.ts';
import { useDataContext } from '../../../data/react/DataProvider.tsx';
import { formatDateOnly } from '../utils/formatDateOnly.ts';

/**
 * Applies the automation rules on this device while the app is open: tasks for the signed-in
 * person, worded in the UI language, each recording the rule that made it.
 */
export function AutomationRunner() {
  const { t, i18n } = useTranslation();
  const { data, clock, currentUser } = useDataContext();
  useEffect(
    () =>
      startAutomation({ data, clock, user: currentUser }, (task) =>
        t(`analytics.automation.subjects.${task.trigger}`, {
          ...task.params,
          ...(typeof task.params.validUntil === 'string'
            ? { validUntil: formatDateOnly(task.params.validUntil, i18n.language) }
            : {}),
          ...(typeof task.params.dueOn === 'string'
            ? { dueOn: formatDateOnly(task.params.dueOn, i18n.language) }
            : {}),
        }),
      ),
    [data, clock, currentUser, t, i18n.language],
  );
  return null;
}
