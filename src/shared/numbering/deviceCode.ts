import { DomainError } from '../domain/DomainError.ts';
import type { SettingValue } from '../domain/setting.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

// No I/O/0/1: device codes are read off paper and typed back in.
const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';

/**
 * The short, readable code of the n-th device (0 → `A2`, 7 → `A9`, 8 → `B2`, 191 → `Z9`,
 * 192 → `AA2` …): letters in bijective base 24 then one digit. Distinct indexes give distinct
 * codes, and no code contains `-`, so numbers built from them never collide across devices.
 */
export function deviceCode(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new DomainError('invalidDeviceIndex', { value: String(index) });
  }
  const digit = digits[index % digits.length] ?? '';
  let rest = Math.floor(index / digits.length) + 1;
  let prefix = '';
  while (rest > 0) {
    rest -= 1;
    prefix = (letters[rest % letters.length] ?? '') + prefix;
    rest = Math.floor(rest / letters.length);
  }
  return prefix + digit;
}

/** Tells whether a string looks like a code `deviceCode` makes. */
export function isDeviceCode(value: string): boolean {
  return /^[A-HJ-NP-Z]+[2-9]$/.test(value);
}

/**
 * Hands the next device code out at sign-in (the server calls it in the transaction that
 * saves the setting) and returns the setting with its counter moved on.
 */
export function assignDeviceCode({ value }: { value: NumberSeriesValue }): {
  deviceCode: string;
  value: NumberSeriesValue;
} {
  const index = value.nextDeviceIndex ?? 0;
  return { deviceCode: deviceCode(index), value: { ...value, nextDeviceIndex: index + 1 } };
}
