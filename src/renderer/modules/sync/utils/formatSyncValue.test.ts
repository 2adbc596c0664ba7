import { describe, expect, it } from 'vitest';
import { formatSyncValue, visibleSyncValues } from './formatSyncValue.ts';

describe('formatSyncValue', () => {
  it('shows text, numbers and flags as typed and nests objects as JSON', () => {
    expect(formatSyncValue('Anna')).toBe('Anna');
    expect(formatSyncValue(1200)).toBe('1200');
    expect(formatSyncValue(false)).toBe('false');
    expect(formatSyncValue({ given: true })).toBe('{"given":true}');
    expect(formatSyncValue('')).toBeUndefined();
    expect(formatSyncValue(null)).toBeUndefined();
  });

  it('keeps what the person typed and drops bookkeeping', () => {
    expect(
      visibleSyncValues({
        id: 'lead-1',
        ownerId: 'u1',
        firstName: 'Anna',
        company: '',
        status: 'qualified',
        updatedAt: '2026-01-01T00:00:00.000Z',
        _deleted: false,
      }),
    ).toEqual([
      ['firstName', 'Anna'],
      ['status', 'qualified'],
    ]);
  });
});
