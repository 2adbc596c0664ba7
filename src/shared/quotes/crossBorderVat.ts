/** The member states of the European Union (ISO 3166 alpha-2; Greece is GR, as ISO has it). */
const euMemberStates: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

function countryCode(country: string | undefined): string | undefined {
  const upper = (country ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) ? upper : undefined;
}

/** Whether seller and customer are in different countries; unknown either way counts as domestic. */
export function isCrossBorderSale({
  sellerCountry,
  customerCountry,
}: {
  sellerCountry?: string | undefined;
  customerCountry?: string | undefined;
}): boolean {
  const seller = countryCode(sellerCountry);
  const customer = countryCode(customerCountry);
  return seller !== undefined && customer !== undefined && seller !== customer;
}

/** Why a document's 0 % lines carry no VAT: an export, or an EU business sale reverse-charged. */
export type ZeroRatingReason = 'export' | 'reverseCharge';

/**
 * How a sale from `sellerCountry` to `customerCountry` goes without domestic VAT, or undefined
 * for a domestic sale (or unknown countries): between two EU member states it is reverse-charged
 * (Art. 196, Directive 2006/112/EC); any other sale abroad is a zero-rated export.
 */
export function crossBorderTreatment({
  sellerCountry,
  customerCountry,
}: {
  sellerCountry?: string | undefined;
  customerCountry?: string | undefined;
}): ZeroRatingReason | undefined {
  if (!isCrossBorderSale({ sellerCountry, customerCountry })) return undefined;
  const bothInEu =
    euMemberStates.has(countryCode(sellerCountry) ?? '') &&
    euMemberStates.has(countryCode(customerCountry) ?? '');
  return bothInEu ? 'reverseCharge' : 'export';
}

/**
 * The legal reason a quote or invoice must print for its lines without VAT, or undefined when
 * it needs none: a domestic sale, unknown countries, or no line at 0 %.
 */
export function zeroRatingReason({
  sellerCountry,
  customerCountry,
  lines,
}: {
  sellerCountry?: string | undefined;
  customerCountry?: string | undefined;
  lines: ReadonlyArray<{ taxRateBps: number }>;
}): ZeroRatingReason | undefined {
  if (!lines.some((line) => line.taxRateBps === 0)) return undefined;
  return crossBorderTreatment({ sellerCountry, customerCountry });
}
