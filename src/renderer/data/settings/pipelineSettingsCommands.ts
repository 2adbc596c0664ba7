import {
  type OpportunityStagesValue,
  opportunityStagesValueSchema,
  type SalesTargetsValue,
  salesTargetsValueSchema,
} from '../../../shared/domain/setting.ts';
import { assertOpportunityStages } from '../../../shared/pipeline/checkOpportunityStages.ts';
import { assertSalesTargets } from '../../../shared/pipeline/checkSalesTargets.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import type { CommandContext } from '../records/recordStore.ts';
import { assertSettingEditor, saveSetting } from './settingsStore.ts';

/**
 * Saves the monthly sales targets (managers and admins only; `roleNotAllowed` otherwise, a
 * RecordValidationError for a malformed target, `invalidSalesTargets` for a duplicate).
 */
export async function saveSalesTargets(
  context: CommandContext,
  value: SalesTargetsValue,
): Promise<void> {
  assertSettingEditor(context.user.role);
  const parsed = parseRecord('salesTargets', salesTargetsValueSchema, value);
  assertSalesTargets(parsed);
  await saveSetting(context, parsed);
}

/**
 * Saves the stage labels and default probabilities (managers and admins only); existing deals
 * keep their probability, new ones and stage moves use the new defaults.
 */
export async function saveOpportunityStages(
  context: CommandContext,
  value: OpportunityStagesValue,
): Promise<void> {
  assertSettingEditor(context.user.role);
  const parsed = parseRecord('opportunityStages', opportunityStagesValueSchema, value);
  assertOpportunityStages(parsed);
  await saveSetting(context, parsed);
}
