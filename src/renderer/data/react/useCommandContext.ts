import { useMemo } from 'react';
import type { CommandContext } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';

/** The database, clock and acting user that command factories take, stable across renders. */
export function useCommandContext(): CommandContext {
  const { data, clock, currentUser } = useDataContext();
  return useMemo(() => ({ data, clock, user: currentUser }), [data, clock, currentUser]);
}
