// The full metadata (about 40 KB gzipped more than the minimal set the rest of the app uses)
// validates each country's number ranges, so a foreign number is never shown as a wrong +86 one.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A phone number as people read and dial it, in international form (`13912345678` →
 * `+86 139 1234 5678`); a number without `+` is read in `defaultCountry` (a two-letter code,
 * else China). What is not a valid number there (an extension note, a half-typed number, a
 * foreign number typed without its `+`) is shown as it was typed.
 */
export function formatPhone(phone: string, defaultCountry: string | undefined = 'CN'): string {
  const text = phone.trim();
  if (text === '') return '';
  const country = /^[A-Z]{2}$/.test(defaultCountry ?? '') ? (defaultCountry as CountryCode) : 'CN';
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? parsed.formatInternational() : text;
}
