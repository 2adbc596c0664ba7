import { currencyExponent } from './currencies.ts';
import { type Money, toSafeAmount } from './money.ts';

/**
 * Reads a plain decimal a person typed ("1,299.90", "2.5", "-3") as an integer scaled by
 * 10^scale (2.5 at scale 3 → 2500). Accepts `.` as the decimal point and `,`, spaces or `_`
 * between thousands; refuses more decimals than `scale`, exponents and anything else
 * (undefined), so nothing ever passes through a float.
 */
export function parseDecimal(text: string, scale: number): number | undefined {
  const compact = text.trim().replace(/[,\s_\u00a0\u202f]/g, '');
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(compact);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  if (fraction.length > scale) return undefined;
  const digits = `${whole || '0'}${fraction.padEnd(scale, '0')}`;
  const value = BigInt(digits) * (sign === '-' ? -1n : 1n);
  try {
    return toSafeAmount(value, 'typed amount');
  } catch {
    return undefined;
  }
}

/** Reads an amount a person typed in major units ("1,299.90" CNY → 129990); undefined if unreadable or too precise. */
export function moneyFromDecimal(text: string, currency: string): Money | undefined {
  const amount = parseDecimal(text, currencyExponent(currency));
  return amount === undefined ? undefined : { amount, currency };
}
