import { useMemo, useRef } from 'react';

function sameFields(a: object, b: object): boolean {
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return aKeys.every((key) => Object.is(aRecord[key], bRecord[key]));
}

/**
 * `rows` with each record that did not change since the last render replaced by the object the
 * last render had. Live queries hand out fresh copies on every change; keeping the old ones lets
 * memoized cards skip re-rendering when one deal of 5,000 moves. Nested values are RxDB's
 * immutable stored data, so a shallow compare is exact.
 */
export function useStableRecords<T extends { id: string }>(rows: readonly T[]): readonly T[] {
  const previous = useRef<ReadonlyMap<string, T>>(new Map());
  return useMemo(() => {
    const known = previous.current;
    const next = new Map<string, T>();
    const stable = rows.map((row) => {
      const old = known.get(row.id);
      const kept = old && sameFields(old, row) ? old : row;
      next.set(row.id, kept);
      return kept;
    });
    previous.current = next;
    return stable;
  }, [rows]);
}
