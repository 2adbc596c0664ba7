import { serviceLevelsValueSchema } from '../../../../shared/domain/setting.ts';
import type { TicketPriority } from '../../../../shared/domain/ticket.ts';
import { slaTargetFor } from '../../../../shared/service/serviceLevels.ts';
import type { ServiceLevelsValue } from '../../../data/index.ts';

/** The priorities in the order the editor lists them: most urgent first. */
export const editorPriorities: readonly TicketPriority[] = ['urgent', 'high', 'normal', 'low'];

export type ServiceLevelTarget = 'firstResponse' | 'resolution';

/** One priority's targets as typed (text, so a half-typed number is kept). */
export type ServiceLevelRow = {
  priority: TicketPriority;
  firstResponseText: string;
  resolutionText: string;
};

export type ServiceLevelError = {
  target: ServiceLevelTarget;
  code: 'invalid' | 'resolutionBeforeResponse';
};

export type ServiceLevelChange = {
  priority: TicketPriority;
  target: ServiceLevelTarget;
  from: number;
  to: number;
};

/** The rows the editor starts from: the stored targets, else the defaults, for every priority. */
export function serviceLevelRows(value: ServiceLevelsValue | undefined): ServiceLevelRow[] {
  return editorPriorities.map((priority) => {
    const target = slaTargetFor({ priority, ...(value ? { serviceLevels: value } : {}) });
    return {
      priority,
      firstResponseText: String(target.firstResponseMinutes),
      resolutionText: String(target.resolutionMinutes),
    };
  });
}

// Whole minutes only: "90", not "1.5 h" or "90 min".
function minutes(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/u.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Reads the typed rows into a `serviceLevels` value, checked by the shared schema; problems
 * come back per priority (first problem of a row only).
 */
export function readServiceLevelRows(
  rows: readonly ServiceLevelRow[],
):
  | { ok: true; value: ServiceLevelsValue }
  | { ok: false; errors: Map<TicketPriority, ServiceLevelError> } {
  const candidate = {
    kind: 'serviceLevels' as const,
    targets: rows.map((row) => ({
      priority: row.priority,
      firstResponseMinutes: minutes(row.firstResponseText),
      resolutionMinutes: minutes(row.resolutionText),
    })),
  };
  const errors = new Map<TicketPriority, ServiceLevelError>();
  const parsed = serviceLevelsValueSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, index, field] = issue.path;
      const row = typeof index === 'number' ? rows[index] : undefined;
      if (!row || errors.has(row.priority)) continue;
      errors.set(row.priority, {
        target: field === 'resolutionMinutes' ? 'resolution' : 'firstResponse',
        code: 'invalid',
      });
    }
    return { ok: false, errors };
  }
  for (const target of parsed.data.targets) {
    if (target.resolutionMinutes < target.firstResponseMinutes) {
      errors.set(target.priority, { target: 'resolution', code: 'resolutionBeforeResponse' });
    }
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** What saving `next` changes compared with the targets in force now (stored or default). */
export function serviceLevelChanges(
  current: ServiceLevelsValue | undefined,
  next: ServiceLevelsValue,
): ServiceLevelChange[] {
  const changes: ServiceLevelChange[] = [];
  for (const priority of editorPriorities) {
    const before = slaTargetFor({ priority, ...(current ? { serviceLevels: current } : {}) });
    const after = slaTargetFor({ priority, serviceLevels: next });
    if (before.firstResponseMinutes !== after.firstResponseMinutes) {
      changes.push({
        priority,
        target: 'firstResponse',
        from: before.firstResponseMinutes,
        to: after.firstResponseMinutes,
      });
    }
    if (before.resolutionMinutes !== after.resolutionMinutes) {
      changes.push({
        priority,
        target: 'resolution',
        from: before.resolutionMinutes,
        to: after.resolutionMinutes,
      });
    }
  }
  return changes;
}
