import { getCountries } from 'libphonenumber-js';
import { countryName } from '../../shared/domain/addressLines.ts';

/**
 * Every country as a picker offers it: its name in `language`, sorted as that language sorts.
 * A `current` value that is no country code (an imported "Germany") is offered as it is, so
 * opening a record does not lose it.
 */
export function countryOptions(
  language: string,
  current?: string,
): Array<{ value: string; label: string }> {
  const collator = new Intl.Collator(language);
  const countries = getCountries()
    .map((code): { value: string; label: string } => ({
      value: code,
      label: countryName(code, language),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const known = countries.some((option) => option.value === current);
  return current && !known ? [{ value: current, label: current }, ...countries] : countries;
}
