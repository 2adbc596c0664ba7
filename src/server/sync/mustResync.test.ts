import { describe, expect, it } from 'vitest';
import { mustResync } from './mustResync.ts';

describe('mustResync', () => {
  // purgedThroughSeq 50: tombstones up to seq 50 may be gone.
  it.each([
    ['a new device (no checkpoint, never saw the store)', 0, undefined, false],
    ['a device whose checkpoint is past the purge', 80, undefined, false],
    ['a device whose checkpoint is exactly the purge', 50, undefined, false],
    ['a device that pulled once long ago', 20, undefined, true],
    ['a device that only pushed, seen through before the purge', 0, 20, true],
    ['a device that only pushed, seen through when the store was empty', 0, 0, true],
    ['a device that only pushed, seen through after the purge', 0, 60, false],
    ['a checkpoint wins over a stale seen-through', 80, 10, false],
    ['a stale checkpoint is not excused by a later seen-through', 20, 80, true],
  ] as const)('%s', (_name, seq, seenThrough, expected) => {
    expect(mustResync({ seq, seenThrough, purgedThroughSeq: 50 })).toBe(expected);
  });

  it('never refuses anyone while nothing was purged', () => {
    for (const [seq, seenThrough] of [
      [0, undefined],
      [0, 0],
      [3, undefined],
    ] as const) {
      expect(mustResync({ seq, seenThrough, purgedThroughSeq: 0 })).toBe(false);
    }
  });
});
