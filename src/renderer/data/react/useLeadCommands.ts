import type { LeadCommands } from '../leads/leadCommands.ts';
import { useDataContext } from './DataProvider.tsx';

/** Commands that write leads through the domain rules. */
export function useLeadCommands(): LeadCommands {
  return useDataContext().leadCommands;
}
