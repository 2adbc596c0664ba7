import { type SettingOf, serviceLevelsValueSchema } from '../../../shared/domain/setting.ts';
import { parseRecord, RecordValidationError } from '../records/RecordValidationError.ts';
import type { CommandContext } from '../records/recordStore.ts';
import { assertSettingEditor, saveSetting } from '../settings/settingsStore.ts';

export type ServiceLevelsValue = SettingOf<'serviceLevels'>['value'];

/**
 * Saves the SLA targets per priority (managers and admins only; `roleNotAllowed` otherwise).
 * A RecordValidationError names a malformed target, a priority given twice, or a resolution
 * target shorter than the first-response one. Open tickets keep their deadlines; new tickets
 * and priority changes use the new targets.
 */
export async function saveServiceLevels(
  context: CommandContext,
  value: ServiceLevelsValue,
): Promise<void> {
  assertSettingEditor(context.user.role);
  const parsed = parseRecord('serviceLevels', serviceLevelsValueSchema, value);
  const seen = new Set<string>();
  parsed.targets.forEach((target, index) => {
    if (seen.has(target.priority)) {
      throw new RecordValidationError('serviceLevels', [
        { field: `targets.${index}.priority`, code: 'duplicatePriority' },
      ]);
    }
    seen.add(target.priority);
    if (target.resolutionMinutes < target.firstResponseMinutes) {
      throw new RecordValidationError('serviceLevels', [
        { field: `targets.${index}.resolutionMinutes`, code: 'resolutionBeforeResponse' },
      ]);
    }
  });
  await saveSetting(context, parsed);
}
