import type { Activity } from '../domain/activity.ts';
import type { Lead } from '../domain/lead.ts';
import type { EngagementRule } from '../domain/setting.ts';

const dayMs = 86_400_000;

/** The activity fields engagement rules read. */
export type EngagementActivity = Pick<Activity, 'type' | 'occurredAt' | 'done' | 'direction'>;

/** The lead fields engagement rules read (event attendance counts from when the lead was captured). */
export type EngagementLead = Pick<Lead, 'eventId' | 'createdAt'>;

/** Weight of an interaction `ageDays` old: halves every `halfLifeDays`; 1 without a half-life. */
export function decayWeight(ageDays: number, halfLifeDays: number | undefined): number {
  if (halfLifeDays === undefined) return 1;
  return 0.5 ** (Math.max(0, ageDays) / halfLifeDays);
}

/**
 * Points one engagement rule earns: its points per done interaction up to `nowMs` (planned and
 * future ones do not count), each decayed by age, the sum capped at `maxPoints` either side of 0.
 */
export function engagementPoints({
  rule,
  lead,
  activities,
  nowMs,
}: {
  rule: EngagementRule;
  lead: EngagementLead;
  activities: readonly EngagementActivity[];
  nowMs: number;
}): { points: number; count: number } {
  const times: number[] = [];
  if (rule.signal === 'event_attendance') {
    if (lead.eventId !== undefined) times.push(Date.parse(lead.createdAt));
  } else {
    for (const activity of activities) {
      if (activity.type !== rule.signal || !activity.done) continue;
      if (rule.direction !== undefined && activity.direction !== rule.direction) continue;
      times.push(Date.parse(activity.occurredAt));
    }
  }
  let points = 0;
  let count = 0;
  for (const at of times) {
    if (Number.isNaN(at) || at > nowMs) continue;
    points += rule.points * decayWeight((nowMs - at) / dayMs, rule.halfLifeDays);
    count += 1;
  }
  if (rule.maxPoints !== undefined) {
    points = Math.max(-rule.maxPoints, Math.min(rule.maxPoints, points));
  }
  return { points, count };
}
