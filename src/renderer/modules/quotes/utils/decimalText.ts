import { currencyExponent } from '../../../../shared/money/currencies.ts';
import { parseDecimal } from '../../../../shared/money/parseDecimal.ts';
import { quantityScale } from '../../../../shared/money/quantity.ts';

// Integer → plain decimal text for an input ("129990" at scale 2 → "1299.90"); no locale
// grouping, so what the person edits parses back exactly.
function scaledToText(value: number, scale: number, trimZeros: boolean): string {
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = scale > 0 ? digits.slice(digits.length - scale) : '';
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Minor units as the decimal a person types ("1299.90" for 129990 CNY). */
export function moneyInputText(amount: number, currency: string): string {
  return scaledToText(amount, currencyExponent(currency), false);
}

/** A typed price in major units → minor units; undefined when unreadable or negative. */
export function parseMoneyInput(text: string, currency: string): number | undefined {
  const value = parseDecimal(text, currencyExponent(currency));
  return value === undefined || value < 0 ? undefined : value;
}

/** Basis points as a percent to edit ("12.5" for 1250). */
export function percentInputText(bps: number): string {
  return scaledToText(bps, 2, true);
}

/** A typed percent ("12.5") → basis points (1250); undefined outside 0-100 % or past 2 decimals. */
export function parsePercentInput(text: string): number | undefined {
  const value = parseDecimal(text.replace('%', ''), 2);
  return value === undefined || value < 0 || value > 10_000 ? undefined : value;
}

/** Thousandths as a quantity to edit ("2.5" for 2500). */
export function quantityInputText(quantityMilli: number): string {
  return scaledToText(quantityMilli, quantityScale, true);
}

/** A typed quantity → thousandths; undefined when unreadable or negative. */
export function parseQuantityInput(text: string): number | undefined {
  const value = parseDecimal(text, quantityScale);
  return value === undefined || value < 0 ? undefined : value;
}
