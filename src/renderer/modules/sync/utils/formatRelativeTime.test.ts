import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime.ts';

const now = new Date('2026-03-10T12:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    [5, 'en', 'now'],
    [-10, 'en', 'now'],
    [50, 'en', '1 minute ago'],
    [3 * 60, 'en', '3 minutes ago'],
    [2 * 3600, 'en', '2 hours ago'],
    [24 * 3600, 'en', 'yesterday'],
    [3 * 60, 'zh-CN', '3分钟前'],
    [24 * 3600, 'zh-CN', '昨天'],
  ])('%i s ago in %s reads "%s"', (seconds, language, expected) => {
    expect(formatRelativeTime({ iso: ago(seconds), now, language })).toBe(expected);
  });

  it('gives nothing for a time it cannot read', () => {
    expect(formatRelativeTime({ iso: 'not a time', now, language: 'en' })).toBe('');
  });
});
