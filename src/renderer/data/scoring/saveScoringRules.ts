import { type ScoringRules, scoringRulesValueSchema } from '../../../shared/domain/setting.ts';
import { assertScoringRules } from '../../../shared/scoring/checkScoringRules.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import type { CommandContext } from '../records/recordStore.ts';
import { assertSettingEditor, saveSetting } from '../settings/settingsStore.ts';

/**
 * Saves the company's scoring model (managers and admins only; `roleNotAllowed` otherwise,
 * `invalidScoringRule` for an unsound rule). Every device rescores its leads when it arrives.
 */
export async function saveScoringRules(
  context: CommandContext,
  rules: ScoringRules,
): Promise<void> {
  assertSettingEditor(context.user.role);
  const value = parseRecord('scoringRules', scoringRulesValueSchema, rules);
  assertScoringRules(value);
  await saveSetting(context, value);
}
