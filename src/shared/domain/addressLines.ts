import type { Address } from './addressSchema.ts';

// Addresses in these countries run from the largest place down to the street, with no commas:
// 上海浦东新区张江路 88 号.
const largestFirst = new Set(['CN', 'TW', 'HK', 'MO']);
const cjk = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** The country's name in `language` (中国, China), or its code where the runtime has no name. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// Chinese text runs on without spaces; a Latin word next to anything keeps one.
function joinPlaces(parts: string[]): string {
  return parts.reduce((text, part) => {
    if (!text) return part;
    const touching = cjk.test(text.at(-1) ?? '') && cjk.test(part[0] ?? '');
    return touching ? text + part : `${text} ${part}`;
  }, '');
}

/**
 * The lines of a postal address as a letter prints them, with the country named in `language`.
 * Chinese addresses go province, city, street, then the postal code (a municipality such as 上海
 * is both province and city, and is named once), with 中国 in front when read in Chinese and the
 * country's name on a last line of its own otherwise, as international mail writes it; others go
 * street, postal code and city, country.
 */
export function addressLines(address: Address, language: string): string[] {
  const country = countryName(address.country, language);
  const lines = [address.line1, address.line2].filter((line): line is string => Boolean(line));
  if (largestFirst.has(address.country)) {
    const inChinese = language.startsWith('zh');
    const places: string[] = [];
    for (const place of [inChinese ? country : '', address.region, address.city]) {
      if (place && !places.includes(place) && !address.line1.startsWith(place)) places.push(place);
    }
    const [street = '', ...rest] = lines;
    const postal = address.postalCode ?? '';
    return [joinPlaces([...places, street]), ...rest, postal, inChinese ? '' : country].filter(
      Boolean,
    );
  }
  const place = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return [...lines, place, country].filter(Boolean);
}

/**
 * Where a customer is, in a few words for a list: its city and country, as `language` writes
 * them: "Hamburg, Germany", and in Chinese the largest place first, 中国上海, 德国 Hamburg.
 */
export function placeName(
  place: { city?: string | undefined; country?: string | undefined },
  language: string,
): string {
  const country = place.country ? countryName(place.country, language) : '';
  const city = place.city?.trim() ?? '';
  if (language.startsWith('zh')) return joinPlaces([country, city].filter(Boolean));
  return [city, country].filter(Boolean).join(', ');
}

/** The address on one line (a letter's header, a table cell). */
export function addressLine(address: Address, language: string): string {
  const lines = addressLines(address, language);
  if (!largestFirst.has(address.country)) return lines.join(', ');
  if (language.startsWith('zh')) return lines.join(' ');
  // The country read in another language ends the line after a comma: …201203, China.
  return `${lines.slice(0, -1).join(' ')}, ${lines.at(-1)}`;
}
