import type { SalesTarget } from '../domain/setting.ts';
import { toSafeAmount } from '../money/money.ts';
import type { ForecastTarget } from './weightedPipeline.ts';

/** Someone whose deals the forecast shows, with their team (from the team directory). */
export type TargetMember = { id: string; teamId?: string };

/**
 * The targets the forecast compares against, keyed like its groups, for the same people as its
 * deals: one owner's targets when `ownerId` is given, else those of `members` and their teams
 * (every target when `members` is omitted). By month: a team's target of the month stands for
 * its members' own targets (or, for a month and currency with no team target, their owner
 * targets are summed), so nothing is counted twice. By owner: each owner's targets summed over
 * the months of the range.
 */
export function forecastTargets({
  targets,
  groupBy,
  range,
  ownerId,
  members,
}: {
  targets: readonly SalesTarget[];
  groupBy: 'month' | 'owner';
  /** Inclusive calendar dates `YYYY-MM-DD`. */
  range: { from: string; to: string };
  ownerId?: string;
  /** The people in view when no single owner is chosen: the team, or everyone for an admin. */
  members?: readonly TargetMember[];
}): ForecastTarget[] {
  const first = range.from.slice(0, 7);
  const last = range.to.slice(0, 7);
  const teamOf = new Map(members?.map((member) => [member.id, member.teamId]));
  const teamsInView = new Set(members?.map((member) => member.teamId));
  const inScope = (target: SalesTarget): boolean => {
    if (ownerId !== undefined) return target.scope === 'owner' && target.subjectId === ownerId;
    if (members === undefined) return true;
    return target.scope === 'owner'
      ? teamOf.has(target.subjectId)
      : teamsInView.has(target.subjectId);
  };
  const inRange = targets.filter(
    (target) => target.month >= first && target.month <= last && inScope(target),
  );
  const sums = new Map<string, { key: string; currency: string; amount: bigint }>();
  const add = (key: string, target: SalesTarget) => {
    const slot = `${key}|${target.amount.currency}`;
    const sum = sums.get(slot) ?? { key, currency: target.amount.currency, amount: 0n };
    sum.amount += BigInt(target.amount.amount);
    sums.set(slot, sum);
  };
  if (groupBy === 'owner') {
    for (const target of inRange) if (target.scope === 'owner') add(target.subjectId, target);
  } else {
    // Without a directory an owner's team is unknown: any team target of the month covers them.
    const teamSlot = (month: string, currency: string, teamId: string | undefined) =>
      `${month}|${currency}|${members === undefined ? '' : (teamId ?? '-')}`;
    const teamSlots = new Set(
      inRange
        .filter((target) => target.scope === 'team')
        .map((target) => teamSlot(target.month, target.amount.currency, target.subjectId)),
    );
    for (const target of inRange) {
      if (target.scope === 'team') {
        add(target.month, target);
        continue;
      }
      const slot = teamSlot(target.month, target.amount.currency, teamOf.get(target.subjectId));
      if (!teamSlots.has(slot)) add(target.month, target);
    }
  }
  return [...sums.values()]
    .sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency))
    .map(({ key, currency, amount }) => ({
      key,
      amount: { amount: toSafeAmount(amount, 'target'), currency },
    }));
}
