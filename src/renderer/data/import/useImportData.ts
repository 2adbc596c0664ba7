import { useCallback } from 'react';
import type { Lead } from '../../../shared/domain/lead.ts';
import type { CsvMapping } from '../../../shared/intake/recordCsvPresets.ts';
import type { LeadListQuery } from '../leads/leadListQuery.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useCommandContext } from '../react/useCommandContext.ts';
import { assignLeads, createHotLeadTasks, type HotLeadTaskInput } from './followUpCommands.ts';
import type {
  DuplicatePolicy,
  ImportEntity,
  ImportPlan,
  ImportProgress,
  ImportReport,
} from './importTypes.ts';
import { leadsForExport } from './leadsForExport.ts';
import { type ImportFile, planImport } from './planImport.ts';
import { runImport } from './runImport.ts';

export type ImportCommands = {
  plan(input: {
    entity: ImportEntity;
    file: ImportFile;
    mapping: CsvMapping;
    eventId?: string;
    onProgress?: (progress: ImportProgress) => void;
  }): Promise<ImportPlan>;
  run(input: {
    plan: ImportPlan;
    policy: DuplicatePolicy;
    onProgress?: (progress: ImportProgress) => void;
  }): Promise<ImportReport>;
};

/** Plans and runs CSV imports as the current user. */
export function useImportCommands(): ImportCommands {
  const context = useCommandContext();
  const plan = useCallback<ImportCommands['plan']>(
    (input) => planImport({ data: context.data, ...input }),
    [context],
  );
  const run = useCallback<ImportCommands['run']>(
    (input) => runImport({ context, ...input }),
    [context],
  );
  return { plan, run };
}

/** Loads every lead a list query shows (not only the loaded page), for exports. */
export function useLeadsForExport(): (
  query: LeadListQuery,
  options?: { consentOnly?: boolean },
) => Promise<Lead[]> {
  const { data } = useDataContext();
  return useCallback((query, options) => leadsForExport(data, query, options), [data]);
}

/** Follow-up commands: hot-lead tasks (idempotent) and bulk assignment (managers). */
export function useFollowUpCommands(): {
  createHotLeadTasks(input: HotLeadTaskInput): Promise<{ created: number; existing: number }>;
  assignLeads(input: { leadIds: readonly string[]; ownerId: string }): Promise<number>;
  clock: () => Date;
} {
  const context = useCommandContext();
  return {
    clock: context.clock,
    createHotLeadTasks: useCallback((input) => createHotLeadTasks(context, input), [context]),
    assignLeads: useCallback((input) => assignLeads(context, input), [context]),
  };
}
