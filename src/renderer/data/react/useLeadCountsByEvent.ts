import { useEffect, useState } from 'react';
import { useDataContext } from './DataProvider.tsx';

/**
 * How many leads each event brought in, live, from the in-memory lead catalogue (which this
 * starts building if the leads list has not); undefined until the catalogue is built.
 */
export function useLeadCountsByEvent(): ((eventId: string) => number) | undefined {
  const { data } = useDataContext();
  const index = data.leadSearch;
  const [, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = index.subscribe(() => setVersion((version) => version + 1));
    void index.start().then(() => setVersion((version) => version + 1));
    return () => {
      unsubscribe();
    };
  }, [index]);
  return index.ready ? (eventId) => index.countOf('eventId', eventId) : undefined;
}
