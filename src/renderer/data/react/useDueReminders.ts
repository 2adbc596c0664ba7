import { useEffect, useState } from 'react';
import type { Activity } from '../../../shared/domain/activity.ts';
import { dueReminders, msUntilNextReminder } from '../activities/activityQueries.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { useDataContext } from './DataProvider.tsx';
import { useOpenTasks } from './useOpenTasks.ts';

// Reminders already handed to the UI in this session (per open database), so each shows once.
const notifiedByData = new WeakMap<FieldbookData, Set<string>>();
const maxWaitMs = 30_000;
const noReminders: Activity[] = [];

function notifiedOf(data: FieldbookData): Set<string> {
  let set = notifiedByData.get(data);
  if (!set) {
    set = new Set();
    notifiedByData.set(data, set);
  }
  return set;
}

/**
 * Open tasks whose reminder has come and that were not yet notified in this session. The
 * returned list changes only when new reminders fall due: show each (in-app and through
 * `platform.notify`) when it arrives. Mount it once (the app shell), since each reminder is
 * handed out once.
 */
export function useDueReminders(): Activity[] {
  const { data, clock } = useDataContext();
  const tasks = useOpenTasks();
  const [fresh, setFresh] = useState<Activity[]>(noReminders);
  useEffect(() => {
    if (!tasks) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const now = clock();
      const notified = notifiedOf(data);
      const due = dueReminders(tasks, now).filter((task) => !notified.has(task.id));
      if (due.length > 0) {
        for (const task of due) notified.add(task.id);
        setFresh(due);
      }
      const wait = msUntilNextReminder(tasks, now);
      // The clock may be injected, so wake at least every half minute to look again.
      timer = setTimeout(check, Math.min(wait ?? maxWaitMs, maxWaitMs));
    };
    check();
    return () => clearTimeout(timer);
  }, [data, clock, tasks]);
  return fresh;
}
