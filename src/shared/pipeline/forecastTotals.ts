import type { Money } from '../money/money.ts';
import { moneyFromSum } from './moneyTotals.ts';
import type { CurrencyForecast, ForecastGroup } from './weightedPipeline.ts';

const summedMoney = ['open', 'weighted', 'commit', 'bestCase', 'closedWon'] as const;

type Column = {
  openCount: number;
  closedWonCount: number;
  money: Record<(typeof summedMoney)[number], bigint>;
  target?: bigint;
};

/**
 * The total row of a forecast, per currency (sorted): every count and amount, the target
 * included, is the sum of the group rows as shown. The weighted amounts are added after each row
 * was rounded, so the footer adds up to the column; what remains is the total target less
 * everything won (an ahead month or owner makes up for one behind), never negative.
 */
export function forecastTotals(groups: readonly ForecastGroup[]): CurrencyForecast[] {
  const columns = new Map<string, Column>();
  for (const group of groups) {
    for (const row of group.currencies) {
      let column = columns.get(row.currency);
      if (column === undefined) {
        column = {
          openCount: 0,
          closedWonCount: 0,
          money: { open: 0n, weighted: 0n, commit: 0n, bestCase: 0n, closedWon: 0n },
        };
        columns.set(row.currency, column);
      }
      column.openCount += row.openCount;
      column.closedWonCount += row.closedWonCount;
      for (const key of summedMoney) column.money[key] += BigInt(row[key].amount);
      if (row.target !== undefined)
        column.target = (column.target ?? 0n) + BigInt(row.target.amount);
    }
  }
  return [...columns.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, column]) => {
      const money = (sum: bigint): Money => moneyFromSum(sum, currency);
      const { target } = column;
      return {
        currency,
        openCount: column.openCount,
        open: money(column.money.open),
        weighted: money(column.money.weighted),
        commit: money(column.money.commit),
        bestCase: money(column.money.bestCase),
        closedWonCount: column.closedWonCount,
        closedWon: money(column.money.closedWon),
        ...(target !== undefined
          ? {
              target: money(target),
              remaining: money(
                target > column.money.closedWon ? target - column.money.closedWon : 0n,
              ),
            }
          : {}),
      };
    });
}
