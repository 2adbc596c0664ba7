import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascendingTextKey, descendingTextKey, descendingTimeKey } from './leadSortKeys.ts';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('lead sort keys', () => {
  it('orders later times first', () => {
    const times = [
      '2026-03-02T01:30:00.000Z',
      '2025-12-31T23:59:59.999Z',
      '2026-03-02T01:30:00.001Z',
    ];
    const sorted = [...times].sort((a, b) =>
      byCodeUnits(descendingTimeKey(a), descendingTimeKey(b)),
    );
    expect(sorted).toEqual([
      '2026-03-02T01:30:00.001Z',
      '2026-03-02T01:30:00.000Z',
      '2025-12-31T23:59:59.999Z',
    ]);
  });

  it('reverses text order exactly, including prefixes, Chinese and empty names', () => {
    const names = ['', 'a', 'ab', 'B', 'Zhang', '王', '王丽', '李', 'émile', 'ＡＢＣ'];
    const ascending = [...names].sort((a, b) =>
      byCodeUnits(ascendingTextKey(a), ascendingTextKey(b)),
    );
    const descending = [...names].sort((a, b) =>
      byCodeUnits(descendingTextKey(a), descendingTextKey(b)),
    );
    expect(descending).toEqual([...ascending].reverse());
  });

  it('reverses the order of any two texts (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const asc = byCodeUnits(ascendingTextKey(a), ascendingTextKey(b));
        const desc = byCodeUnits(descendingTextKey(a), descendingTextKey(b));
        return asc === 0 ? desc === 0 : desc === -asc;
      }),
    );
  });

  it('makes keys that are well-formed UTF-16 and fit the schema', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const key = descendingTextKey(text);
        const loneSurrogate =
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
        return !loneSurrogate.test(key) && key.length <= 51;
      }),
    );
  });
});
