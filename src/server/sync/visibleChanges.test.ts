import { describe, expect, it } from 'vitest';
import type { Revocation, StoredDocument } from '../store/Store.ts';
import { visibleChanges } from './visibleChanges.ts';

const doc = (id: string, seq: number, ownerId: string, teamId: string | null): StoredDocument => ({
  collection: 'leads',
  id,
  seq,
  ownerId,
  teamId,
  deleted: false,
  data: { id },
});
const revocation = (
  id: string,
  seq: number,
  was: { ownerId: string; teamId: string | null },
  now: { ownerId: string; teamId: string | null },
): Revocation => ({ ...doc(id, seq, was.ownerId, was.teamId), deleted: true, current: now });

// r1 moved from rep a (team t1) to rep b (team t2) at seq 3; r2 is a's; r3 is team t2's.
const page = {
  documents: [doc('r2', 2, 'a', 't1'), doc('r1', 3, 'b', 't2'), doc('r3', 4, 'c', 't2')],
  revocations: [
    revocation('r1', 3, { ownerId: 'a', teamId: 't1' }, { ownerId: 'b', teamId: 't2' }),
  ],
  lastSeq: 4,
};
const seen = (docs: StoredDocument[]) => docs.map((d) => `${d.id}${d.deleted ? ' gone' : ''}`);

describe('visibleChanges', () => {
  it.each([
    ['everything', { kind: 'all' as const }, 0, ['r2', 'r1', 'r3']],
    ['the old owner: its own, and the moved one gone', some(['a'], []), 0, ['r2', 'r1 gone']],
    ['the new owner', some(['b'], []), 0, ['r1']],
    ['the new team: no tombstone for what it still sees', some(['m'], ['t2']), 0, ['r1', 'r3']],
    ['the old team: the moved one gone', some(['m'], ['t1']), 0, ['r2', 'r1 gone']],
    ['nobody in particular', some([], []), 0, []],
    ['the old owner, past the move already', some(['a'], []), 3, []],
    ['everything after seq 2', { kind: 'all' as const }, 2, ['r1', 'r3']],
  ])('gives %s what a pull would', (_name, access, afterSeq, expected) => {
    expect(seen(visibleChanges({ page, access, afterSeq }))).toEqual(expected);
  });

  it('keeps only the latest version of a document that moved away and back', () => {
    const back = {
      documents: [doc('r1', 7, 'a', 't1')],
      revocations: [
        revocation('r1', 5, { ownerId: 'a', teamId: 't1' }, { ownerId: 'a', teamId: 't1' }),
      ],
      lastSeq: 7,
    };
    expect(seen(visibleChanges({ page: back, access: some(['a'], []), afterSeq: 0 }))).toEqual([
      'r1',
    ]);
    const away = {
      documents: [doc('r9', 6, 'z', null)],
      revocations: [
        revocation('r1', 5, { ownerId: 'a', teamId: 't1' }, { ownerId: 'z', teamId: null }),
        revocation('r1', 6, { ownerId: 'a', teamId: 't1' }, { ownerId: 'z', teamId: null }),
      ],
      lastSeq: 6,
    };
    const result = visibleChanges({ page: away, access: some(['a'], []), afterSeq: 0 });
    expect(result.map((d) => [d.id, d.seq, d.deleted])).toEqual([['r1', 6, true]]);
  });
});

function some(ownerIds: string[], teamIds: string[]) {
  return { kind: 'some' as const, ownerIds, teamIds };
}
