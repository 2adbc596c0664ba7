import { useEffect, useState } from 'react';
import { useDataContext } from './DataProvider.tsx';

export type EventOption = {
  id: string;
  name: string;
  /** ISO date the event starts. */
  startsOn: string;
};

/** Events to filter leads by, live and sorted by name; empty until events exist. */
export function useEventOptions(): EventOption[] {
  const { data } = useDataContext();
  const [options, setOptions] = useState<EventOption[]>([]);
  useEffect(() => {
    const events = data.db.collections.events;
    if (!events) return;
    const subscription = events.find().$.subscribe((docs) => {
      const next = docs.map((doc) => ({
        id: doc.primary,
        name: String(doc.get('name')),
        startsOn: String(doc.get('startsOn') ?? ''),
      }));
      next.sort((a, b) => a.name.localeCompare(b.name));
      setOptions(next);
    });
    return () => subscription.unsubscribe();
  }, [data]);
  return options;
}
