const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "3 minutes ago", "昨天": the distance from `now` in the largest fitting unit. */
export function formatRelativeTime(params: { iso: string; now: Date; language: string }): string {
  const then = new Date(params.iso).getTime();
  if (Number.isNaN(then)) return '';
  const format = new Intl.RelativeTimeFormat(params.language, { numeric: 'auto' });
  const seconds = Math.round((then - params.now.getTime()) / 1000);
  // Clocks of two machines differ a little; a sync "in 2 seconds" reads as now.
  if (Math.abs(seconds) < 45) return format.format(0, 'second');
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.sign(seconds), 'minute');
}
