import { useMemo } from 'react';
import type { Activity } from '../../../shared/domain/activity.ts';
import { bucketTasks } from '../activities/activityQueries.ts';
import { useDataContext } from './DataProvider.tsx';
import { useOpenTasks, useTick } from './useOpenTasks.ts';

const emptyBuckets = { overdue: [], today: [], upcoming: [] };

/** The current user's open tasks: overdue, due today and upcoming by the clock, live. */
export function useMyTasks(): {
  overdue: Activity[];
  today: Activity[];
  upcoming: Activity[];
  loading: boolean;
} {
  const { clock } = useDataContext();
  const tasks = useOpenTasks();
  // Tasks move from today to overdue as time passes, not only when data changes.
  const tick = useTick(60_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` re-reads the clock.
  const buckets = useMemo(
    () => (tasks ? bucketTasks(tasks, clock()) : emptyBuckets),
    [tasks, clock, tick],
  );
  return { ...buckets, loading: tasks === undefined };
}
