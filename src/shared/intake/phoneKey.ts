import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/** A phone number reduced to E.164 (or bare digits) so the same number compares equal however it is written. */
export function phoneKey(phone: string, defaultCountry: CountryCode = 'CN'): string {
  const trimmed = phone.trim();
  if (trimmed === '') return '';
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  return parsed?.number ?? trimmed.replace(/\D/gu, '');
}
