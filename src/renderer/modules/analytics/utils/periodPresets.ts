import type { Period } from '../../../../shared/analytics/period.ts';

export const periodPresets = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'last12Months',
  'custom',
] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const utc = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString();

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A custom range of whole days, both inclusive; undefined unless both dates are valid and in order. */
export function customPeriod(from: string | null, to: string | null): Period | undefined {
  if (!from || !to || !datePattern.test(from) || !datePattern.test(to) || to < from)
    return undefined;
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`) + 86_400_000;
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/**
 * The period a preset names on the given day (calendar months and quarters, UTC); a custom
 * range comes from `custom`, and an incomplete one falls back to this quarter.
 */
export function presetPeriod(
  preset: PeriodPreset,
  now: Date,
  custom?: { from: string | null; to: string | null },
): Period {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const quarter = month - (month % 3);
  switch (preset) {
    case 'thisMonth':
      return { start: utc(year, month), end: utc(year, month + 1) };
    case 'lastMonth':
      return { start: utc(year, month - 1), end: utc(year, month) };
    case 'thisQuarter':
      return { start: utc(year, quarter), end: utc(year, quarter + 3) };
    case 'lastQuarter':
      return { start: utc(year, quarter - 3), end: utc(year, quarter) };
    case 'thisYear':
      return { start: utc(year, 0), end: utc(year + 1, 0) };
    case 'last12Months':
      return { start: utc(year, month - 11), end: utc(year, month + 1) };
    case 'custom':
      return (
        customPeriod(custom?.from ?? null, custom?.to ?? null) ?? presetPeriod('thisQuarter', now)
      );
  }
}

export function isPeriodPreset(value: string | null): value is PeriodPreset {
  return (periodPresets as readonly string[]).includes(value ?? '');
}
