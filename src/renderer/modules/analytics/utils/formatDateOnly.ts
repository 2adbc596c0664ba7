/** A `YYYY-MM-DD` calendar date in the UI language, read as the date it names (no time zone shift). */
export function formatDateOnly(date: string, language: string): string {
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(value);
}
