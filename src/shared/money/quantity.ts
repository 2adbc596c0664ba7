import { parseDecimal } from './parseDecimal.ts';

/** Quantities are stored as integer thousandths: 2.5 hours = 2500. */
export const quantityScale = 3;

/** Reads a typed quantity ("2.5", "1,000") as thousandths; undefined if not a non-negative number with ≤ 3 decimals. */
export function quantityFromDecimal(text: string): number | undefined {
  const value = parseDecimal(text, quantityScale);
  return value === undefined || value < 0 ? undefined : value;
}

/** Formats thousandths for people ("2.5", "1,000" in en; "2,5" in de), without trailing zeros. */
export function formatQuantity(quantityMilli: number, locale: string): string {
  const whole = BigInt(Math.trunc(quantityMilli / 1_000));
  const fraction = Math.abs(quantityMilli % 1_000);
  const decimal = `${quantityMilli < 0 && whole === 0n ? '-' : ''}${whole}.${String(fraction).padStart(3, '0')}`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: quantityScale }).format(
    isDecimalString(decimal) ? decimal : Number.NaN,
  );
}

function isDecimalString(value: string): value is `${number}` {
  return /^-?\d+(\.\d+)?$/.test(value);
}
