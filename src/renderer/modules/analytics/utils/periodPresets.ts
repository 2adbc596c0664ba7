import type { Period } from '../../../../shared/analytics/period.ts';

export const periodPresets = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'last12Months',
] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const utc = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString();

/** The period a preset names on the given day (calendar months and quarters, UTC). */
export function presetPeriod(preset: PeriodPreset, now: Date): Period {
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
  }
}

export function isPeriodPreset(value: string | null): value is PeriodPreset {
  return (periodPresets as readonly string[]).includes(value ?? '');
}
