import { getCountries } from 'libphonenumber-js';
import { countryName } from '../../../../shared/domain/addressLines.ts';

/** Every country as a picker offers it: its name in `language`, sorted as that language sorts. */
export function countryOptions(language: string): Array<{ value: string; label: string }> {
  const collator = new Intl.Collator(language);
  return getCountries()
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
