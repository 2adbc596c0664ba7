/** `YYYY-MM` of a date in local time. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** `YYYY-MM` plus `months` months. */
export function addMonths(month: string, months: number): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1 + months;
  const date = new Date(year, index, 1);
  return monthOf(date);
}

/** The calendar dates from the first day of `from` to the last day of `to` (both `YYYY-MM`). */
export function monthsToDateRange(from: string, to: string): { from: string; to: string } {
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${from}-01`, to: `${to}-${String(lastDay).padStart(2, '0')}` };
}
