import { useEffect } from 'react';
import { startAutomation } from '../../../data/automation/automationRunner.ts';
import { useDataContext } from '../../../data/react/DataProvider.tsx';
import { useTaskSubject } from '../../activities/hooks/useTaskSubject.ts';

/**
 * Applies the automation rules on this device while the app is open: tasks for the signed-in
 * person, each recording the rule that made it and worded in each reader's language.
 */
export function AutomationRunner() {
  const { word } = useTaskSubject();
  const { data, clock, currentUser } = useDataContext();
  useEffect(
    () =>
      startAutomation({ data, clock, user: currentUser }, (task) =>
        word({ kind: task.trigger, params: task.params }),
      ),
    [data, clock, currentUser, word],
  );
  return null;
}
