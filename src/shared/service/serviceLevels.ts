import type { SettingValue } from '../domain/setting.ts';
import type { Ticket, TicketPriority } from '../domain/ticket.ts';

type ServiceLevelsValue = Extract<SettingValue, { kind: 'serviceLevels' }>;

/** Minutes to first response and to resolution for one priority (wall-clock time). */
export type SlaTarget = { firstResponseMinutes: number; resolutionMinutes: number };

/** Targets when settings name none: urgent 1 h / 8 h, high 4 h / 24 h, normal 8 h / 3 days, low 24 h / 7 days. */
export const defaultSlaTargets: Record<TicketPriority, SlaTarget> = {
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  high: { firstResponseMinutes: 240, resolutionMinutes: 1_440 },
  normal: { firstResponseMinutes: 480, resolutionMinutes: 4_320 },
  low: { firstResponseMinutes: 1_440, resolutionMinutes: 10_080 },
};

/** The SLA target for a priority: from the `serviceLevels` setting, else the defaults. */
export function slaTargetFor({
  priority,
  serviceLevels,
}: {
  priority: TicketPriority;
  serviceLevels?: ServiceLevelsValue;
}): SlaTarget {
  const configured = serviceLevels?.targets.find((target) => target.priority === priority);
  if (configured === undefined) return defaultSlaTargets[priority];
  return {
    firstResponseMinutes: configured.firstResponseMinutes,
    resolutionMinutes: configured.resolutionMinutes,
  };
}

function plusMinutes(timestamp: string, minutes: number): string {
  return new Date(Date.parse(timestamp) + minutes * 60_000).toISOString();
}

/**
 * Sets a ticket's SLA deadlines from its priority, counted from when it was opened
 * (`createdAt`); call again after a priority change. What was already met stays recorded.
 */
export function applyServiceLevels<T extends Pick<Ticket, 'priority' | 'createdAt' | 'sla'>>({
  ticket,
  serviceLevels,
}: {
  ticket: T;
  serviceLevels?: ServiceLevelsValue;
}): T {
  const target = slaTargetFor({ priority: ticket.priority, serviceLevels });
  return {
    ...ticket,
    sla: {
      ...ticket.sla,
      firstResponseDueAt: plusMinutes(ticket.createdAt, target.firstResponseMinutes),
      resolutionDueAt: plusMinutes(ticket.createdAt, target.resolutionMinutes),
    },
  };
}
