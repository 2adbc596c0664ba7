import { describe, expect, it } from 'vitest';
import { addMonths, monthsToDateRange } from './monthRange.ts';

describe('month ranges for the forecast', () => {
  it('adds months across a year end', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('covers whole months, leap February included', () => {
    expect(monthsToDateRange('2028-01', '2028-02')).toEqual({
      from: '2028-01-01',
      to: '2028-02-29',
    });
    expect(monthsToDateRange('2026-04', '2026-04')).toEqual({
      from: '2026-04-01',
      to: '2026-04-30',
    });
  });
});
