import { describe, expect, it } from 'vitest';
import { diffFields, maxAuditChanges } from './diffFields.ts';

describe('field-level audit diff', () => {
  it('lists the top-level fields of a new record, without id and updatedAt', () => {
    expect(
      diffFields(undefined, {
        id: 'l1',
        updatedAt: 't',
        company: 'Acme',
        consent: { given: true },
      }),
    ).toEqual([
      { field: 'company', after: 'Acme' },
      { field: 'consent', after: { given: true } },
    ]);
  });

  it.each([
    ['changed value', { a: 1 }, { a: 2 }, [{ field: 'a', before: 1, after: 2 }]],
    ['added field', { a: 1 }, { a: 1, b: '王' }, [{ field: 'b', after: '王' }]],
    ['removed field', { a: 1, b: 2 }, { a: 1 }, [{ field: 'b', before: 2 }]],
    [
      'nested path',
      { consent: { given: true, text: 'x' } },
      { consent: { given: false, text: 'x' } },
      [{ field: 'consent.given', before: true, after: false }],
    ],
    [
      'array without ids, whole',
      { tags: ['a'] },
      { tags: ['a', 'b'] },
      [{ field: 'tags', before: ['a'], after: ['a', 'b'] }],
    ],
    [
      'array of id items by id',
      {
        lines: [
          { id: 'x', qty: 1 },
          { id: 'y', qty: 2 },
        ],
      },
      {
        lines: [
          { id: 'y', qty: 3 },
          { id: 'z', qty: 4 },
        ],
      },
      [
        { field: 'lines.x', before: { id: 'x', qty: 1 } },
        { field: 'lines.y.qty', before: 2, after: 3 },
        { field: 'lines.z', after: { id: 'z', qty: 4 } },
      ],
    ],
    [
      'first item into an empty list',
      { lines: [] },
      { lines: [{ id: 'x', qty: 1 }] },
      [{ field: 'lines.x', after: { id: 'x', qty: 1 } }],
    ],
    [
      'reordered id items are no change',
      { lines: [{ id: 'x' }, { id: 'y' }] },
      {
        lines: [{ id: 'y' }, { id: 'x' }],
      },
      [],
    ],
    ['updatedAt alone is no change', { a: 1, updatedAt: '1' }, { a: 1, updatedAt: '2' }, []],
  ])('%s', (_name, before, after, expected) => {
    expect(diffFields(before, after)).toEqual(expected);
  });

  it('caps the changes of one entry and says how many more there were', () => {
    const before = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`f${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`f${i}`, i + 1]));
    const changes = diffFields(before, after);
    expect(changes).toHaveLength(maxAuditChanges);
    expect(changes.at(-1)).toEqual({ field: '…', after: '101 more changes' });
  });
});
