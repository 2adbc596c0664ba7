import { describe, expect, it } from 'vitest';
import { createPullFreshness } from './pullFreshness.ts';

describe('pull freshness', () => {
  it('asks again when a document of the answer had its push answered meanwhile', async () => {
    const freshness = createPullFreshness();
    const answers = [{ documents: [{ id: 'a' }, { id: 'b' }] }, { documents: [{ id: 'a' }] }];
    let asked = 0;
    const result = await freshness.fresh(async () => {
      asked += 1;
      // The first time, the push of `b` is answered while the pull travels.
      if (asked === 1) freshness.answered(['b']);
      return answers[asked - 1] ?? { documents: [] };
    });
    expect(asked).toBe(2);
    expect(result).toEqual({ documents: [{ id: 'a' }] });
  });

  it('takes the answer when the pushes answered meanwhile name other documents', async () => {
    const freshness = createPullFreshness();
    let asked = 0;
    const result = await freshness.fresh(async () => {
      asked += 1;
      freshness.answered(['c']);
      return { documents: [{ id: 'a' }] };
    });
    expect(asked).toBe(1);
    expect(result.documents).toEqual([{ id: 'a' }]);
  });

  it('ignores pushes answered before the pull was asked', async () => {
    const freshness = createPullFreshness();
    freshness.answered(['a']);
    let asked = 0;
    await freshness.fresh(async () => {
      asked += 1;
      return { documents: [{ id: 'a' }] };
    });
    expect(asked).toBe(1);
  });
});
