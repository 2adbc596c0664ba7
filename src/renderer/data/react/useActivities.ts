import { useEffect, useState } from 'react';
import type { Activity, RelatedRecord } from '../../../shared/domain/activity.ts';
import { newestFirst, timelineQuery } from '../activities/activityQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';

/**
 * One record's timeline (activities and tasks), newest first, live; with `rolledUp`, the
 * activities of those records too (an account's contacts and deals).
 */
export function useActivities(
  related: RelatedRecord,
  rolledUp: readonly RelatedRecord[] = [],
): {
  activities: Activity[];
  loading: boolean;
} {
  const { data } = useDataContext();
  const key = [related, ...rolledUp].map((record) => `${record.collection}:${record.id}`).join();
  const [state, setState] = useState<{ key: string; activities: Activity[] }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures `related` and `rolledUp`.
  useEffect(() => {
    const subscription = collectionOf(data, 'activities')
      .find(timelineQuery(related, rolledUp))
      .$.subscribe((docs) => {
        const wanted = new Set(key.split(','));
        const rows = docs
          .map((doc) => plainRecord<Activity>(doc._data))
          .filter((activity) =>
            wanted.has(`${activity.related.collection}:${activity.related.id}`),
          );
        setState({ key, activities: newestFirst(rows) });
      });
    return () => subscription.unsubscribe();
  }, [data, key]);
  const current = state?.key === key ? state : undefined;
  // While the rolled-up records change (an account's contacts arrive), the record's own
  // timeline stays on screen instead of a loader; another record's never shows here.
  const sameRecord = state?.key.split(',')[0] === `${related.collection}:${related.id}`;
  const shown = current ?? (sameRecord ? state : undefined);
  return { activities: shown?.activities ?? [], loading: current === undefined };
}
