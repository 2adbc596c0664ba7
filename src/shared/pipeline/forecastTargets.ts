import type { SalesTarget } from '../domain/setting.ts';
import { toSafeAmount } from '../money/money.ts';
import type { ForecastTarget } from './weightedPipeline.ts';

/**
 * The targets the forecast compares against, keyed like its groups. By month: one owner's
 * targets when `ownerId` is given; otherwise the team targets of the month (or, for a month and
 * currency with no team target, the sum of the owners' targets, so nothing is counted twice).
 * By owner: each owner's targets summed over the months of the range.
 */
export function forecastTargets({
  targets,
  groupBy,
  range,
  ownerId,
}: {
  targets: readonly SalesTarget[];
  groupBy: 'month' | 'owner';
  /** Inclusive calendar dates `YYYY-MM-DD`. */
  range: { from: string; to: string };
  ownerId?: string;
}): ForecastTarget[] {
  const first = range.from.slice(0, 7);
  const last = range.to.slice(0, 7);
  const inRange = targets.filter(
    (target) =>
      target.month >= first &&
      target.month <= last &&
      (ownerId === undefined || (target.scope === 'owner' && target.subjectId === ownerId)),
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
    const teamSlots = new Set(
      inRange
        .filter((target) => target.scope === 'team')
        .map((target) => `${target.month}|${target.amount.currency}`),
    );
    for (const target of inRange) {
      const teamCovered = teamSlots.has(`${target.month}|${target.amount.currency}`);
      if (target.scope === (teamCovered ? 'team' : 'owner')) add(target.month, target);
    }
  }
  return [...sums.values()]
    .sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency))
    .map(({ key, currency, amount }) => ({
      key,
      amount: { amount: toSafeAmount(amount, 'target'), currency },
    }));
}
