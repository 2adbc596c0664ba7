import { describe, expect, it } from 'vitest';
import { presetPeriod } from './periodPresets.ts';

describe('period presets', () => {
  const now = new Date('2026-02-14T10:00:00.000Z');

  it('names calendar months, quarters and years, crossing year ends', () => {
    expect(presetPeriod('thisMonth', now)).toEqual({
      start: '2026-02-01T00:00:00.000Z',
      end: '2026-03-01T00:00:00.000Z',
    });
    expect(presetPeriod('lastMonth', now)).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-02-01T00:00:00.000Z',
    });
    expect(presetPeriod('thisQuarter', now)).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
    });
    expect(presetPeriod('lastQuarter', now)).toEqual({
      start: '2025-10-01T00:00:00.000Z',
      end: '2026-01-01T00:00:00.000Z',
    });
    expect(presetPeriod('thisYear', now)).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
    expect(presetPeriod('last12Months', now)).toEqual({
      start: '2025-03-01T00:00:00.000Z',
      end: '2026-03-01T00:00:00.000Z',
    });
  });

  it('takes a custom range of whole days, both inclusive, and ignores an incomplete one', () => {
    expect(presetPeriod('custom', now, { from: '2026-01-15', to: '2026-01-31' })).toEqual({
      start: '2026-01-15T00:00:00.000Z',
      end: '2026-02-01T00:00:00.000Z',
    });
    expect(presetPeriod('custom', now, { from: '2026-02-01', to: '2026-01-31' })).toEqual(
      presetPeriod('thisQuarter', now),
    );
    expect(presetPeriod('custom', now, { from: null, to: '2026-01-31' })).toEqual(
      presetPeriod('thisQuarter', now),
    );
  });
});
