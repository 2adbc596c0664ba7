import { useMemo } from 'react';
import { type ActivityCommands, createActivityCommands } from '../activities/activityCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Commands that log activities and complete or delete tasks. */
export function useActivityCommands(): ActivityCommands {
  const context = useCommandContext();
  return useMemo(() => createActivityCommands(context), [context]);
}
