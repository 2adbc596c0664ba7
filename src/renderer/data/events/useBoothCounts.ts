import { map } from 'rxjs';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';

export type BoothCounts = { today: number; hot: number };

/** Local midnight as an ISO instant: "today" is the rep's day at the booth, not UTC's. */
export function startOfLocalDay(now: Date): string {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.toISOString();
}

/** Leads captured for the event since local midnight, and how many of them are hot; live. */
export function useBoothCounts(eventId: string): BoothCounts {
  const { data, clock } = useDataContext();
  const since = startOfLocalDay(clock());
  const { value } = useLiveValue(`booth-counts:${eventId}:${since}`, () =>
    data.leads.find({ selector: { eventKey: eventId, createdAt: { $gte: since } } }).$.pipe(
      map((docs) => ({
        today: docs.length,
        hot: docs.filter((doc) => doc.rating === 'hot').length,
      })),
    ),
  );
  return value ?? { today: 0, hot: 0 };
}
