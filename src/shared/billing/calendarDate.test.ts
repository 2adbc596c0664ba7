import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateOf, daysBetween } from './calendarDate.ts';

describe('calendarDate', () => {
  it('takes the UTC date of a timestamp', () => {
    expect(dateOf('2026-03-31T23:59:59.999Z')).toBe('2026-03-31');
    expect(dateOf('2026-04-01T00:00:00.000Z')).toBe('2026-04-01');
    expect(() => dateOf('yesterday')).toThrow(expect.objectContaining({ code: 'invalidDate' }));
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-16', 30, '2026-04-15'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses impossible dates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(
      expect.objectContaining({ code: 'invalidDate' }),
    );
    expect(() => daysBetween('2026-1-1', '2026-01-02')).toThrow(
      expect.objectContaining({ code: 'invalidDate' }),
    );
  });
});
