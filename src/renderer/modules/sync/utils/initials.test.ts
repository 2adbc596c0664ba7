import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it.each([
    ['张伟 (East manager)', 'manager@demo.fieldbook', '张'],
    ['Anna Berg', 'anna@x.test', 'AB'],
    ['rita', 'rita@x.test', 'R'],
    ['', 'rep1@demo.fieldbook', 'R'],
    ['', 'li.wang@x.test', 'LW'],
  ])('%s <%s> → %s', (name, email, expected) => {
    expect(initials(name, email)).toBe(expected);
  });
});
