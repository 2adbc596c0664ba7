import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldConflict, reconcile, type SyncDocument } from './reconcile.ts';

type Doc = SyncDocument & Record<string, unknown>;

const t0 = '2026-11-20T08:00:00.000Z';
const t1 = '2026-11-21T08:00:00.000Z';
const t2 = '2026-11-22T08:00:00.000Z';

const base: Doc = {
  id: 'q1',
  updatedAt: t0,
  status: 'draft',
  title: 'Booth quote',
  notes: '',
  tags: ['expo', 'vip'],
  address: { city: 'Shanghai', street: 'Nanjing Rd 1' },
  lines: [
    { id: 'l1', sku: 'A', quantity: 1 },
    { id: 'l2', sku: 'B', quantity: 2 },
  ],
};

type Case = {
  name: string;
  local: Partial<Doc>;
  remote: Partial<Doc>;
  expected: Partial<Doc>;
  conflicts: Array<Pick<FieldConflict, 'path' | 'kept'>>;
};

const cases: Case[] = [
  {
    name: 'disjoint field edits are both kept',
    local: { updatedAt: t1, title: 'Booth quote v2' },
    remote: { updatedAt: t2, status: 'sent' },
    expected: { title: 'Booth quote v2', status: 'sent', updatedAt: t2 },
    conflicts: [],
  },
  {
    name: 'same field, later edit wins and the other value is reported',
    local: { updatedAt: t2, notes: 'call back Monday' },
    remote: { updatedAt: t1, notes: 'sent brochure' },
    expected: { notes: 'call back Monday', updatedAt: t2 },
    conflicts: [{ path: 'notes', kept: 'local' }],
  },
  {
    name: 'same change on both sides is no conflict',
    local: { updatedAt: t1, status: 'sent' },
    remote: { updatedAt: t2, status: 'sent' },
    expected: { status: 'sent' },
    conflicts: [],
  },
  {
    name: 'nested objects merge field by field',
    local: { updatedAt: t1, address: { city: 'Shanghai', street: 'Huaihai Rd 9' } },
    remote: { updatedAt: t2, address: { city: '上海', street: 'Nanjing Rd 1' } },
    expected: { address: { city: '上海', street: 'Huaihai Rd 9' } },
    conflicts: [],
  },
  {
    name: 'lines merge by id: edits to different lines and an added line',
    local: {
      updatedAt: t1,
      lines: [
        { id: 'l1', sku: 'A', quantity: 5 },
        { id: 'l2', sku: 'B', quantity: 2 },
        { id: 'l3', sku: 'C', quantity: 1 },
      ],
    },
    remote: {
      updatedAt: t2,
      lines: [
        { id: 'l1', sku: 'A', quantity: 1 },
        { id: 'l2', sku: 'B', quantity: 7 },
      ],
    },
    expected: {
      lines: [
        { id: 'l1', sku: 'A', quantity: 5 },
        { id: 'l2', sku: 'B', quantity: 7 },
        { id: 'l3', sku: 'C', quantity: 1 },
      ],
    },
    conflicts: [],
  },
  {
    name: 'a line removed on one side and untouched on the other stays removed',
    local: { updatedAt: t1, lines: [{ id: 'l2', sku: 'B', quantity: 2 }] },
    remote: { updatedAt: t2, title: 'x' },
    expected: { lines: [{ id: 'l2', sku: 'B', quantity: 2 }], title: 'x' },
    conflicts: [],
  },
  {
    name: 'a line removed on one side but edited on the other is kept and reported',
    local: { updatedAt: t1, lines: [{ id: 'l2', sku: 'B', quantity: 2 }] },
    remote: {
      updatedAt: t2,
      lines: [
        { id: 'l1', sku: 'A', quantity: 9 },
        { id: 'l2', sku: 'B', quantity: 2 },
      ],
    },
    expected: {
      lines: [
        { id: 'l1', sku: 'A', quantity: 9 },
        { id: 'l2', sku: 'B', quantity: 2 },
      ],
    },
    conflicts: [{ path: 'lines[l1]', kept: 'remote' }],
  },
  {
    name: 'the same line field changed on both sides is a conflict on that line only',
    local: {
      updatedAt: t1,
      lines: [
        { id: 'l1', sku: 'A', quantity: 3 },
        { id: 'l2', sku: 'B', quantity: 2 },
      ],
    },
    remote: {
      updatedAt: t2,
      lines: [
        { id: 'l1', sku: 'A', quantity: 4 },
        { id: 'l2', sku: 'B', quantity: 2 },
      ],
    },
    expected: {
      lines: [
        { id: 'l1', sku: 'A', quantity: 4 },
        { id: 'l2', sku: 'B', quantity: 2 },
      ],
    },
    conflicts: [{ path: 'lines[l1].quantity', kept: 'remote' }],
  },
  {
    name: 'plain arrays merge as sets',
    local: { updatedAt: t1, tags: ['expo', 'vip', 'hot'] },
    remote: { updatedAt: t2, tags: ['expo'] },
    expected: { tags: ['expo', 'hot'] },
    conflicts: [],
  },
  {
    name: 'an edit beats a deletion from the other side',
    local: { updatedAt: t2, _deleted: true },
    remote: { updatedAt: t1, notes: 'important' },
    expected: { _deleted: false, notes: 'important' },
    conflicts: [{ path: '_deleted', kept: 'remote' }],
  },
  {
    name: 'a deletion against an untouched document stands',
    local: { updatedAt: t1, _deleted: true },
    remote: { updatedAt: t0 },
    expected: { _deleted: true },
    conflicts: [],
  },
  {
    name: 'a field added on one side is kept',
    local: { updatedAt: t1, rating: 'hot' },
    remote: { updatedAt: t2 },
    expected: { rating: 'hot' },
    conflicts: [],
  },
];

describe('reconcile', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const local = { ...base, ...testCase.local } as Doc;
      const remote = { ...base, ...testCase.remote } as Doc;
      const forward = reconcile({ base, local, remote });
      const backward = reconcile({ base, local: remote, remote: local });
      expect(forward.merged).toMatchObject(testCase.expected);
      expect(forward.conflicts.map(({ path, kept }) => ({ path, kept }))).toEqual(
        testCase.conflicts,
      );
      // Both devices reach the same document, whichever side they are on.
      expect(backward.merged).toEqual(forward.merged);
      expect(backward.conflicts.map((c) => c.path)).toEqual(forward.conflicts.map((c) => c.path));
    });
  }

  it('merges a new document created on both sides with the same id', () => {
    const local: Doc = { id: 'n', updatedAt: t1, name: 'A', phone: '1' };
    const remote: Doc = { id: 'n', updatedAt: t2, name: 'B' };
    const { merged, conflicts } = reconcile({ base: undefined, local, remote });
    expect(merged).toEqual({ id: 'n', updatedAt: t2, name: 'B', phone: '1' });
    expect(conflicts).toEqual([{ path: 'name', keptValue: 'B', lostValue: 'A', kept: 'remote' }]);
  });

  it('breaks an updatedAt tie deterministically', () => {
    const local = { ...base, updatedAt: t1, notes: 'a' };
    const remote = { ...base, updatedAt: t1, notes: 'b' };
    expect(reconcile({ base, local, remote }).merged).toEqual(
      reconcile({ base, local: remote, remote: local }).merged,
    );
  });
});

const scalar = fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: 0, max: 9 }), fc.boolean());
const fieldNames = ['a', 'b', 'c', 'd', 'e'] as const;
const docArb = fc.record({
  a: scalar,
  b: scalar,
  c: scalar,
  d: fc.record({ x: scalar, y: scalar }),
  e: fc.uniqueArray(fc.record({ id: fc.constantFrom('i1', 'i2', 'i3'), v: scalar }), {
    selector: (item) => item.id,
    maxLength: 3,
  }),
});
const timeArb = fc.constantFrom(t1, t2);

describe('reconcile properties', () => {
  it('is symmetric: both devices reach the same document', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, timeArb, timeArb, (b, l, r, tl, tr) => {
        const baseDoc = { id: 'x', updatedAt: t0, ...b };
        const local = { id: 'x', updatedAt: tl, ...l };
        const remote = { id: 'x', updatedAt: tr, ...r };
        expect(reconcile({ base: baseDoc, local, remote }).merged).toEqual(
          reconcile({ base: baseDoc, local: remote, remote: local }).merged,
        );
      }),
    );
  });

  it('is idempotent: merging the result with itself changes nothing', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, timeArb, timeArb, (b, l, r, tl, tr) => {
        const baseDoc = { id: 'x', updatedAt: t0, ...b };
        const { merged } = reconcile({
          base: baseDoc,
          local: { id: 'x', updatedAt: tl, ...l },
          remote: { id: 'x', updatedAt: tr, ...r },
        });
        expect(reconcile({ base: baseDoc, local: merged, remote: merged })).toEqual({
          merged,
          conflicts: [],
        });
        expect(reconcile({ base: merged, local: merged, remote: merged }).merged).toEqual(merged);
      }),
    );
  });

  it('keeps disjoint edits from both sides without conflicts', () => {
    fc.assert(
      fc.property(
        docArb,
        fc.subarray([...fieldNames]),
        docArb,
        docArb,
        timeArb,
        timeArb,
        (b, localFields, l, r, tl, tr) => {
          const baseDoc: Doc = { id: 'x', updatedAt: t0, ...b };
          const local: Doc = { ...baseDoc, updatedAt: tl };
          const remote: Doc = { ...baseDoc, updatedAt: tr };
          for (const field of fieldNames) {
            if (localFields.includes(field)) local[field] = l[field];
            else remote[field] = r[field];
          }
          const { merged, conflicts } = reconcile({ base: baseDoc, local, remote });
          expect(conflicts).toEqual([]);
          for (const field of fieldNames) {
            expect(merged[field]).toEqual(
              localFields.includes(field) ? local[field] : remote[field],
            );
          }
        },
      ),
    );
  });
});
