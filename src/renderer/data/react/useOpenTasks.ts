import { useEffect, useState } from 'react';
import type { Activity } from '../../../shared/domain/activity.ts';
import { openTasksQuery } from '../activities/activityQueries.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';

/** The current user's open tasks, live; undefined while loading. */
export function useOpenTasks(): Activity[] | undefined {
  const { data, currentUser } = useDataContext();
  const [state, setState] = useState<{ userId: string; tasks: Activity[] }>();
  useEffect(() => {
    // A database opened without activities (tests, partial windows) simply has no tasks.
    if (!hasCollection(data, 'activities')) {
      setState({ userId: currentUser.id, tasks: [] });
      return;
    }
    const subscription = collectionOf(data, 'activities')
      .find(openTasksQuery(currentUser.id))
      .$.subscribe((docs) => {
        setState({
          userId: currentUser.id,
          tasks: docs.map((doc) => plainRecord<Activity>(doc._data)),
        });
      });
    return () => subscription.unsubscribe();
  }, [data, currentUser.id]);
  return state?.userId === currentUser.id ? state.tasks : undefined;
}

/** A value that changes every `intervalMs`, so time-relative views re-render as time passes. */
export function useTick(intervalMs: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((value) => value + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return tick;
}
