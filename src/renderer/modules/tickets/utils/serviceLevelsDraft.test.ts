import { describe, expect, it } from 'vitest';
import {
  readServiceLevelRows,
  serviceLevelChanges,
  serviceLevelRows,
} from './serviceLevelsDraft.ts';

describe('service level draft', () => {
  it('starts from the defaults when nothing is stored, most urgent first', () => {
    expect(serviceLevelRows(undefined)).toEqual([
      { priority: 'urgent', firstResponseText: '60', resolutionText: '480' },
      { priority: 'high', firstResponseText: '240', resolutionText: '1440' },
      { priority: 'normal', firstResponseText: '480', resolutionText: '4320' },
      { priority: 'low', firstResponseText: '1440', resolutionText: '10080' },
    ]);
  });

  it('reads whole minutes into a setting and lists what changes against the defaults', () => {
    const rows = serviceLevelRows(undefined).map((row) =>
      row.priority === 'high' ? { ...row, firstResponseText: ' 120 ' } : row,
    );
    const read = readServiceLevelRows(rows);
    if (!read.ok) throw new Error('expected valid rows');
    expect(read.value.targets).toContainEqual({
      priority: 'high',
      firstResponseMinutes: 120,
      resolutionMinutes: 1440,
    });
    expect(serviceLevelChanges(undefined, read.value)).toEqual([
      { priority: 'high', target: 'firstResponse', from: 240, to: 120 },
    ]);
    expect(serviceLevelChanges(read.value, read.value)).toEqual([]);
  });

  it.each([
    ['', 'firstResponse', 'invalid'],
    ['1.5', 'firstResponse', 'invalid'],
    ['0', 'firstResponse', 'invalid'],
    ['600000', 'firstResponse', 'invalid'],
  ])('refuses a first response of "%s"', (text, target, code) => {
    const rows = serviceLevelRows(undefined).map((row) =>
      row.priority === 'low' ? { ...row, firstResponseText: text } : row,
    );
    const read = readServiceLevelRows(rows);
    expect(read.ok ? undefined : read.errors.get('low')).toEqual({ target, code });
  });

  it('refuses a resolution target sooner than the first response', () => {
    const rows = serviceLevelRows(undefined).map((row) =>
      row.priority === 'urgent' ? { ...row, resolutionText: '30' } : row,
    );
    const read = readServiceLevelRows(rows);
    expect(read.ok ? undefined : read.errors.get('urgent')).toEqual({
      target: 'resolution',
      code: 'resolutionBeforeResponse',
    });
  });
});
