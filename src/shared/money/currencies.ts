import type { DineroCurrency } from 'dinero.js/bigint';
import * as isoCurrencies from 'dinero.js/bigint/currencies';
import { DomainError } from '../domain/DomainError.ts';

const byCode: ReadonlyMap<string, DineroCurrency<bigint>> = new Map(
  Object.values(isoCurrencies).map((currency) => [currency.code, currency]),
);

/** Tells whether a code is an ISO 4217 currency the money module knows (Dinero's table). */
export function isKnownCurrency(code: string): boolean {
  return byCode.has(code);
}

/** The Dinero (bigint) currency for an ISO code; throws `unknownCurrency` for anything else. */
export function dineroCurrency(code: string): DineroCurrency<bigint> {
  const currency = byCode.get(code);
  if (currency === undefined) {
    throw new DomainError('unknownCurrency', { currency: code }, `Unknown currency "${code}"`);
  }
  return currency;
}

/** How many decimal places a currency's minor unit has: CNY/USD/EUR 2, JPY/KRW 0, KWD 3. */
export function currencyExponent(code: string): number {
  return Number(dineroCurrency(code).exponent);
}
