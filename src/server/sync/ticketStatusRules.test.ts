import { describe, expect, it } from 'vitest';
import { assertStatusChange } from './statusRules.ts';

const ticket = (status: string) => ({ id: 't1', status });

describe('ticket status pushed by a device', () => {
  it('accepts a ticket opened and resolved offline, pushed as its last state', () => {
    expect(() =>
      assertStatusChange({
        collection: 'tickets',
        role: 'rep',
        current: undefined,
        next: ticket('resolved'),
      }),
    ).not.toThrow();
    expect(() =>
      assertStatusChange({
        collection: 'tickets',
        role: 'rep',
        current: ticket('new'),
        next: ticket('closed'),
      }),
    ).not.toThrow();
  });

  it('lets a manager reopen a closed ticket (the reason is on its timeline), never a rep', () => {
    expect(() =>
      assertStatusChange({
        collection: 'tickets',
        role: 'manager',
        current: ticket('closed'),
        next: ticket('in_progress'),
      }),
    ).not.toThrow();
    expect(() =>
      assertStatusChange({
        collection: 'tickets',
        role: 'rep',
        current: ticket('closed'),
        next: ticket('in_progress'),
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
  });
});
