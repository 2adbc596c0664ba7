import type { SettingValue } from '../domain/setting.ts';
import { convertMoney, type Money } from '../money/money.ts';

type CurrenciesValue = Extract<SettingValue, { kind: 'currencies' }>;

/**
 * Turns amounts in any currency into minor units of one reporting currency, so a dashboard can
 * add them. Undefined for a currency with no reference rate: the caller counts it as excluded
 * instead of guessing.
 */
export type ReportingCurrency = {
  currency: string;
  toReporting: (value: Money) => number | undefined;
};

/** The company's base currency with the latest reference rate of each other currency. */
export function reportingCurrency({
  currencies,
  fallbackCurrency,
}: {
  currencies: CurrenciesValue | undefined;
  fallbackCurrency: string;
}): ReportingCurrency {
  const currency = currencies?.baseCurrency ?? fallbackCurrency;
  const latest = new Map<string, CurrenciesValue['rates'][number]>();
  for (const rate of currencies?.rates ?? []) {
    const known = latest.get(rate.currency);
    if (known === undefined || rate.asOf > known.asOf) latest.set(rate.currency, rate);
  }
  return {
    currency,
    toReporting: (value) => {
      if (value.currency === currency) return value.amount;
      const rate = latest.get(value.currency);
      return rate === undefined ? undefined : convertMoney(value, currency, rate.rate).amount;
    },
  };
}

/** Sums amounts in the reporting currency; `excluded` counts amounts that had no rate. */
export function sumInReporting(
  values: readonly Money[],
  reporting: ReportingCurrency,
): { amount: number; excluded: number } {
  let amount = 0;
  let excluded = 0;
  for (const value of values) {
    const converted = reporting.toReporting(value);
    if (converted === undefined) excluded += 1;
    else amount += converted;
  }
  return { amount, excluded };
}
