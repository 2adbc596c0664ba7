import { useEffect, useState } from 'react';
import type { Activity, RelatedRecord } from '../../../shared/domain/activity.ts';
import { newestFirst, timelineQuery } from '../activities/activityQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';

/** One record's timeline (activities and tasks), newest first, live. */
export function useActivities(related: RelatedRecord): {
  activities: Activity[];
  loading: boolean;
} {
  const { data } = useDataContext();
  const key = `${related.collection}:${related.id}`;
  const [state, setState] = useState<{ key: string; activities: Activity[] }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures `related`.
  useEffect(() => {
    const subscription = collectionOf(data, 'activities')
      .find(timelineQuery(related))
      .$.subscribe((docs) => {
        const rows = docs
          .map((doc) => plainRecord<Activity>(doc._data))
          .filter((activity) => activity.related.collection === related.collection);
        setState({ key, activities: newestFirst(rows) });
      });
    return () => subscription.unsubscribe();
  }, [data, key]);
  const current = state?.key === key ? state : undefined;
  return { activities: current?.activities ?? [], loading: current === undefined };
}
