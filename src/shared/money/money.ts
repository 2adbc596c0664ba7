import {
  allocate,
  type Dinero,
  dinero,
  add as dineroAdd,
  subtract as dineroSubtract,
  halfUp,
  multiply,
  toSnapshot,
  transformScale,
} from 'dinero.js/bigint';
import { DomainError } from '../domain/DomainError.ts';
import type { ScaledAmount } from '../domain/moneySchema.ts';
import { dineroCurrency } from './currencies.ts';

/** Money: an integer count of minor units (fen, cents, yen) and an ISO 4217 currency code. */
export type Money = { amount: number; currency: string };

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Converts an exact bigint result back to a JS number, refusing anything past
 * Number.MAX_SAFE_INTEGER: beyond it a number can no longer hold every minor unit exactly.
 */
export function toSafeAmount(value: bigint, what = 'amount'): number {
  if (value > maxSafe || value < -maxSafe) {
    throw new DomainError(
      'amountOutOfRange',
      { what, value: value.toString() },
      `${what} ${value} is beyond Number.MAX_SAFE_INTEGER and cannot be stored exactly`,
    );
  }
  return Number(value);
}

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError(
      'amountNotInteger',
      { what, value: String(value) },
      `${what} must be a safe integer count of minor units, got ${value}`,
    );
  }
}

/** Makes a Money value, checking the amount is a safe integer and the currency is known. */
export function money(amount: number, currency: string): Money {
  assertSafeInteger(amount, 'amount');
  dineroCurrency(currency);
  return { amount, currency };
}

/** Zero in a currency. */
export function zeroMoney(currency: string): Money {
  return money(0, currency);
}

/** A bigint Dinero object for exact intermediate arithmetic. */
export function toDinero(value: Money): Dinero<bigint> {
  assertSafeInteger(value.amount, 'amount');
  return dinero({ amount: BigInt(value.amount), currency: dineroCurrency(value.currency) });
}

/** Back from Dinero to Money at the currency's own scale, rounding half up if the scale is finer. */
export function fromDinero(value: Dinero<bigint>, what = 'amount'): Money {
  const { currency } = toSnapshot(value);
  const { amount } = toSnapshot(transformScale(value, currency.exponent, halfUp));
  return { amount: toSafeAmount(amount, what), currency: currency.code };
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DomainError(
      'currencyMismatch',
      { left: a.currency, right: b.currency },
      `Cannot combine ${a.currency} with ${b.currency}`,
    );
  }
}

/** a + b, same currency only. */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return fromDinero(dineroAdd(toDinero(a), toDinero(b)));
}

/** a − b, same currency only. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return fromDinero(dineroSubtract(toDinero(a), toDinero(b)));
}

/** Sums amounts of one currency; an empty list sums to zero in `currency`. */
export function sumMoney(values: readonly Money[], currency: string): Money {
  let total = dinero({ amount: 0n, currency: dineroCurrency(currency) });
  for (const value of values) {
    assertSameCurrency(value, { amount: 0, currency });
    total = dineroAdd(total, toDinero(value));
  }
  return fromDinero(total, 'sum');
}

/**
 * Splits an amount in proportion to `ratios` (non-negative integers) so the parts sum exactly
 * to the whole; left-over minor units go to the parts with the largest ratios. All-zero
 * ratios split nothing: they are only accepted for a zero amount.
 */
export function allocateMoney(value: Money, ratios: readonly number[]): Money[] {
  for (const ratio of ratios) {
    if (!Number.isSafeInteger(ratio) || ratio < 0) {
      throw new DomainError(
        'invalidRatio',
        { ratio: String(ratio) },
        `Bad allocation ratio ${ratio}`,
      );
    }
  }
  if (ratios.length === 0) {
    throw new DomainError('invalidRatio', { ratio: 'none' }, 'Nothing to allocate to');
  }
  if (ratios.every((ratio) => ratio === 0)) {
    if (value.amount !== 0) {
      throw new DomainError(
        'invalidRatio',
        { ratio: '0' },
        'Cannot allocate money to all-zero ratios',
      );
    }
    return ratios.map(() => zeroMoney(value.currency));
  }
  return allocate(
    toDinero(value),
    ratios.map((ratio) => BigInt(ratio)),
  ).map((part) => fromDinero(part));
}

/** Multiplies by an exact decimal ({ amount, scale }) and rounds half up to minor units. */
export function multiplyMoney(value: Money, factor: ScaledAmount): Money {
  return fromDinero(
    multiply(toDinero(value), { amount: BigInt(factor.amount), scale: BigInt(factor.scale) }),
  );
}

/**
 * Converts into another currency at `rate` (units of `to` per unit of the source), rounding
 * half up to the target's minor units.
 */
export function convertMoney(value: Money, to: string, rate: ScaledAmount): Money {
  const fromExponent = toSnapshot(toDinero(value)).currency.exponent;
  const target = dineroCurrency(to);
  // In major units the result is amount × rate / 10^(source exponent + rate scale): exactly a
  // Dinero value at that scale, which fromDinero rounds to the target's own minor units.
  const converted = dinero({
    amount: BigInt(value.amount) * BigInt(rate.amount),
    currency: target,
    scale: fromExponent + BigInt(rate.scale),
  });
  return fromDinero(converted, 'converted amount');
}

/** Tells whether two Money values are the same amount in the same currency. */
export function moneyEquals(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}
