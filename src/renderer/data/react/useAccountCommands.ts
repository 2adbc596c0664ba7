import { useMemo } from 'react';
import { type AccountCommands, createAccountCommands } from '../accounts/accountCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Create and edit accounts. */
export function useAccountCommands(): AccountCommands {
  const context = useCommandContext();
  return useMemo(() => createAccountCommands(context), [context]);
}
