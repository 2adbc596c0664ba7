import { dinero, toDecimal } from 'dinero.js/bigint';
import { dineroCurrency } from './currencies.ts';
import type { Money } from './money.ts';

function isDecimalString(value: string): value is `${number}` {
  return /^-?\d+(\.\d+)?$/.test(value);
}

/**
 * Formats money for people (`¥1,299.00`, `$1,299.00`, `￥2,700,000` in ja) with Intl.NumberFormat.
 * The amount goes in as an exact decimal string, so even the largest safe amounts print every digit.
 */
export function formatMoney(value: Money, locale: string): string {
  return format(value, locale, 'currency');
}

/**
 * The amount alone, in the currency's digits (`1,299.00`), for tables that name the currency
 * once per row or column instead of in every cell.
 */
export function formatAmount(value: Money, locale: string): string {
  return format(value, locale, 'decimal');
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a list or document
// formats many amounts in the same few locales and currencies: one formatter per combination.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, style: 'currency' | 'decimal', code: string, digits: number) {
  const key = `${locale}|${style}|${code}|${digits}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.NumberFormat(locale, {
      style,
      ...(style === 'currency' ? { currency: code } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, known);
  }
  return known;
}

function format(value: Money, locale: string, style: 'currency' | 'decimal'): string {
  const currency = dineroCurrency(value.currency);
  const digits = Number(currency.exponent);
  const decimal = toDecimal(dinero({ amount: BigInt(value.amount), currency }));
  return numberFormat(locale, style, value.currency, digits).format(
    isDecimalString(decimal) ? decimal : Number.NaN,
  );
}
