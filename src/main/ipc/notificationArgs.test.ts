import { describe, expect, it } from 'vitest';
import { notificationArgsSchema } from './notificationArgs.ts';

describe('notification IPC arguments', () => {
  it('accepts a bounded title and body', () => {
    expect(
      notificationArgsSchema.safeParse([{ title: 'Reminder', body: 'Call 王丽' }]).success,
    ).toBe(true);
  });

  it('refuses anything else', () => {
    for (const args of [
      [],
      [{ title: '', body: 'x' }],
      [{ title: 'x'.repeat(201), body: '' }],
      [{ title: 'x', body: 'y', icon: 'file:///etc/passwd' }],
      ['just a string'],
      [{ title: 'x', body: 'y' }, 'extra'],
    ]) {
      expect(notificationArgsSchema.safeParse(args).success).toBe(false);
    }
  });
});
