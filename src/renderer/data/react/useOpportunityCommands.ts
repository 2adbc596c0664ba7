import { useMemo } from 'react';
import {
  createOpportunityCommands,
  type OpportunityCommands,
} from '../opportunities/opportunityCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Create and edit opportunities and move them between stages (recorded in their history). */
export function useOpportunityCommands(): OpportunityCommands {
  const context = useCommandContext();
  return useMemo(() => createOpportunityCommands(context), [context]);
}
