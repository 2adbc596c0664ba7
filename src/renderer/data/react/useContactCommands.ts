import { useMemo } from 'react';
import { type ContactCommands, createContactCommands } from '../contacts/contactCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Create and edit contacts; at most one primary contact per account. */
export function useContactCommands(): ContactCommands {
  const context = useCommandContext();
  return useMemo(() => createContactCommands(context), [context]);
}
