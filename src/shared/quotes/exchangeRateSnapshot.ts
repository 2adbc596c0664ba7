import { DomainError } from '../domain/DomainError.ts';
import type { ExchangeRateSnapshot, Quote } from '../domain/quote.ts';
import type { SettingValue } from '../domain/setting.ts';
import { convertMoney, type Money } from '../money/money.ts';

type CurrenciesValue = Extract<SettingValue, { kind: 'currencies' }>;

/**
 * Freezes today's reference rate from the quote currency to the base currency, so reports in
 * the base currency do not move when rates do. Undefined when the quote is in the base currency.
 */
export function snapshotExchangeRate({
  currency,
  currencies,
}: {
  currency: string;
  currencies: CurrenciesValue;
}): ExchangeRateSnapshot | undefined {
  if (currency === currencies.baseCurrency) return undefined;
  if (!currencies.enabled.includes(currency)) {
    throw new DomainError('currencyNotEnabled', { currency });
  }
  const latest = currencies.rates
    .filter((rate) => rate.currency === currency)
    .sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  if (latest === undefined) {
    throw new DomainError('noExchangeRate', { currency, base: currencies.baseCurrency });
  }
  return { baseCurrency: currencies.baseCurrency, rate: latest.rate, asOf: latest.asOf };
}

/** The quote total in the base currency at its frozen rate (the total itself when no rate is needed). */
export function quoteTotalInBase(
  quote: Pick<Quote, 'currency' | 'totals' | 'exchangeRate'>,
): Money {
  const total = { amount: quote.totals.total, currency: quote.currency };
  if (quote.exchangeRate === undefined) return total;
  return convertMoney(total, quote.exchangeRate.baseCurrency, quote.exchangeRate.rate);
}
