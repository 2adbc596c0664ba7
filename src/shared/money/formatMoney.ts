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

function format(value: Money, locale: string, style: 'currency' | 'decimal'): string {
  const currency = dineroCurrency(value.currency);
  const digits = Number(currency.exponent);
  const decimal = toDecimal(dinero({ amount: BigInt(value.amount), currency }));
  return new Intl.NumberFormat(locale, {
    style,
    ...(style === 'currency' ? { currency: value.currency } : {}),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(isDecimalString(decimal) ? decimal : Number.NaN);
}
