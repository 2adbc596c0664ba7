import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';
import { backgroundWork } from '../records/backgroundWork.ts';

/**
 * Subscribes to a live source chosen by `key` and keeps its latest value; `value` is undefined
 * while the source for the current key has not emitted yet (so stale rows never show as fresh).
 * Until that first value the background queue waits (see backgroundWork.ts).
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
    return subscribeHoldingBackground(observable, (value) => setState({ key, value }));
  }, [key]);
  const current = state?.key === key ? state : undefined;
  return { value: current?.value, loading: current === undefined };
}

/**
 * Subscribes to a screen's live source; until its first value the page's background queue waits
 * (see backgroundWork.ts). Returns the function that unsubscribes.
 */
export function subscribeHoldingBackground<T>(
  observable: Observable<T>,
  next: (value: T) => void,
): () => void {
  const endForeground = backgroundWork.beginForeground();
  const subscription = observable.subscribe((value) => {
    endForeground();
    next(value);
  });
  return () => {
    endForeground();
    subscription.unsubscribe();
  };
}
