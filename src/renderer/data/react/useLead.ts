import { useEffect, useState } from 'react';
import type { Lead } from '../../../shared/domain/lead.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import { useDataContext } from './DataProvider.tsx';

/** One lead, live; `lead` is undefined while loading and when it does not exist (or was deleted). */
export function useLead(id: string): { lead: Lead | undefined; loading: boolean } {
  const { data } = useDataContext();
  const [state, setState] = useState<{ id: string; lead: Lead | undefined } | undefined>();
  useEffect(() => {
    const subscription = data.leads.findOne(id).$.subscribe((doc) => {
      setState({ id, lead: doc ? fromLeadDoc(doc._data) : undefined });
    });
    return () => subscription.unsubscribe();
  }, [data, id]);
  const current = state?.id === id ? state : undefined;
  return { lead: current?.lead, loading: current === undefined };
}
