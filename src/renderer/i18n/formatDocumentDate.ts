/**
 * A calendar date (`2026-12-28`, or the date part of an ISO time) as printed documents show it,
 * long form in `language` ("2026年12月28日", "December 28, 2026"), read in UTC so every device
 * prints the same day; the input as it is when it is not a date.
 */
export function formatDocumentDate(iso: string, language: string): string {
  const value = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}
