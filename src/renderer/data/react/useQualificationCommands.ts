import { useMemo } from 'react';
import {
  createQualificationCommands,
  type QualificationCommands,
} from '../qualification/qualificationCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Merge two leads, convert a lead, find the accounts a lead may belong to. */
export function useQualificationCommands(): QualificationCommands {
  const context = useCommandContext();
  return useMemo(() => createQualificationCommands(context), [context]);
}
