import { DomainError } from '../domain/DomainError.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import type { Money } from '../money/money.ts';
import { forecastCategoryOf } from './forecastCategoryOf.ts';
import { forecastTotals } from './forecastTotals.ts';
import { moneyFromPercentSum, moneyFromSum } from './moneyTotals.ts';

export type ForecastOpportunity = Pick<
  Opportunity,
  | 'ownerId'
  | 'stage'
  | 'amount'
  | 'probability'
  | 'expectedCloseDate'
  | 'closedAt'
  | 'forecastCategory'
>;

/** The forecast of one group in one currency; amounts are never mixed across currencies. */
export type CurrencyForecast = {
  currency: string;
  openCount: number;
  /** Every open deal's full amount. */
  open: Money;
  /** Σ amount × probability of open deals not omitted from the forecast, rounded once. */
  weighted: Money;
  commit: Money;
  /** Commit plus best case: what could close if the likely deals do. */
  bestCase: Money;
  closedWonCount: number;
  closedWon: Money;
  target?: Money;
  /** What is left to the target (never negative). */
  remaining?: Money;
};

export type ForecastGroup = { key: string; currencies: CurrencyForecast[] };

/** A target for a month (`YYYY-MM`) or an owner, in one currency. */
export type ForecastTarget = { key: string; amount: Money };

type Sums = {
  openCount: number;
  open: bigint;
  weighted: bigint;
  commit: bigint;
  bestCase: bigint;
  closedWonCount: number;
  closedWon: bigint;
};

const emptySums = (): Sums => ({
  openCount: 0,
  open: 0n,
  weighted: 0n,
  commit: 0n,
  bestCase: 0n,
  closedWonCount: 0,
  closedWon: 0n,
});
const datePattern = /^\d{4}-\d{2}-\d{2}$/u;

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

// The local calendar day of an instant, so a deal won on 1 April morning in Shanghai counts for April.
const localDate = (iso: string, offsetMinutes: number): string =>
  new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().slice(0, 10);

function toForecast(currency: string, sums: Sums, target: Money | undefined): CurrencyForecast {
  const closedWon = moneyFromSum(sums.closedWon, currency);
  return {
    currency,
    openCount: sums.openCount,
    open: moneyFromSum(sums.open, currency),
    weighted: moneyFromPercentSum(sums.weighted, currency),
    commit: moneyFromSum(sums.commit, currency),
    bestCase: moneyFromSum(sums.bestCase, currency),
    closedWonCount: sums.closedWonCount,
    closedWon,
    ...(target !== undefined
      ? {
          target,
          remaining: {
            amount: Math.max(0, target.amount - closedWon.amount),
            currency,
          },
        }
      : {}),
  };
}

/**
 * The weighted pipeline and forecast by close month (`YYYY-MM`, every month of the range listed)
 * or by owner, per currency: open deals by expected close date, won deals by the local day they
 * closed (`utcOffsetMinutes`, default UTC), lost deals left out; with targets when given.
 * Each total is the sum of the rows above it (see `forecastTotals`).
 */
export function weightedPipeline({
  opportunities,
  groupBy,
  range,
  targets = [],
  utcOffsetMinutes = 0,
}: {
  opportunities: readonly ForecastOpportunity[];
  groupBy: 'month' | 'owner';
  /** Inclusive calendar dates `YYYY-MM-DD`. */
  range: { from: string; to: string };
  targets?: readonly ForecastTarget[];
  utcOffsetMinutes?: number;
}): { groups: ForecastGroup[]; totals: CurrencyForecast[] } {
  if (!datePattern.test(range.from) || !datePattern.test(range.to) || range.from > range.to) {
    throw new DomainError(
      'invalidDateRange',
      range,
      `Bad forecast range ${range.from}..${range.to}`,
    );
  }
  const groups = new Map<string, Map<string, Sums>>();
  if (groupBy === 'month')
    for (const month of monthsBetween(range.from, range.to)) groups.set(month, new Map());
  const sumsFor = (byCurrency: Map<string, Sums>, currency: string): Sums => {
    let sums = byCurrency.get(currency);
    if (sums === undefined) {
      sums = emptySums();
      byCurrency.set(currency, sums);
    }
    return sums;
  };

  for (const opportunity of opportunities) {
    if (opportunity.stage === 'closed_lost') continue;
    const won = opportunity.stage === 'closed_won';
    const date =
      won && opportunity.closedAt !== undefined
        ? localDate(opportunity.closedAt, utcOffsetMinutes)
        : opportunity.expectedCloseDate;
    if (date < range.from || date > range.to) continue;
    const key = groupBy === 'month' ? date.slice(0, 7) : opportunity.ownerId;
    let group = groups.get(key);
    if (group === undefined) {
      group = new Map();
      groups.set(key, group);
    }
    const { amount, currency } = opportunity.amount;
    const value = BigInt(amount);
    const sums = sumsFor(group, currency);
    if (won) {
      sums.closedWonCount += 1;
      sums.closedWon += value;
      continue;
    }
    sums.openCount += 1;
    sums.open += value;
    const category = forecastCategoryOf(opportunity);
    if (category === 'omitted') continue;
    sums.weighted += value * BigInt(opportunity.probability);
    if (category === 'commit') sums.commit += value;
    if (category === 'commit' || category === 'best_case') sums.bestCase += value;
  }

  const targetOf = (key: string, currency: string) =>
    targets.find((target) => target.key === key && target.amount.currency === currency)?.amount;
  for (const target of targets) {
    // Every month of the range is a group already; an owner with a target but no deal in the
    // range still gets a row, so the total target is the sum of the rows shown.
    let group = groups.get(target.key);
    if (group === undefined && groupBy === 'owner') {
      group = new Map();
      groups.set(target.key, group);
    }
    if (group !== undefined) sumsFor(group, target.amount.currency);
  }
  const keys = [...groups.keys()].sort();
  const forecastGroups = keys.map((key) => ({
    key,
    currencies: [...(groups.get(key) ?? new Map<string, Sums>()).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => toForecast(currency, sums, targetOf(key, currency))),
  }));
  return { groups: forecastGroups, totals: forecastTotals(forecastGroups) };
}
