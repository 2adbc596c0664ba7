import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/**
 * Subscribes to a live source chosen by `key` and keeps its latest value; `value` is undefined
 * while the source for the current key has not emitted yet (so stale rows never show as fresh).
 */
export function useLiveValue<T>(
  key: string,
  source: () => Observable<T> | undefined,
): { value: T | undefined; loading: boolean } {
  const [state, setState] = useState<{ key: string; value: T }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies `source`.
  useEffect(() => {
    const observable = source();
    if (!observable) return;
    const subscription = observable.subscribe((value) => setState({ key, value }));
    return () => subscription.unsubscribe();
  }, [key]);
  const current = state?.key === key ? state : undefined;
  return { value: current?.value, loading: current === undefined };
}
