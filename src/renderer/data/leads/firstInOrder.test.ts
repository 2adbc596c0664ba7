import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder } from './firstInOrder.ts';

const byNumber = (a: number, b: number) => a - b;

describe('firstInOrder', () => {
  it('returns the same items as a full sort, for any list and count (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.nat(40), (items, count) => {
        const expected = [...items].sort(byNumber).slice(0, count);
        expect(firstInOrder(items, count, byNumber)).toEqual(expected);
      }),
    );
  });

  it('takes the first page of a large list without changing the input', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    const copy = [...items];
    expect(firstInOrder(items, 5, byNumber)).toEqual([0, 1, 2, 3, 4]);
    expect(items).toEqual(copy);
  });
});
