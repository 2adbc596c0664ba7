import { useEffect, useRef, useState } from 'react';

export type PacedVersionOptions<V> = {
  /** True for a change to show at once, whatever the pace (for example: the load just ended). */
  urgent?: (next: V, shown: V) => boolean;
  /** Shortest pause between two updates, in ms (default 100). */
  minPace?: number;
  /** Longest pause between two updates, in ms (default 5,000). */
  maxPace?: number;
};

/** How many times its own render cost the pause after an update lasts. */
const paceFactor = 4;

/**
 * Like `useSyncExternalStore` for a version that can change many times a second (a first sync
 * pouring in thousands of records, batch after batch), read by a view whose render is expensive
 * (a dashboard computed over every record). The first change after a quiet spell shows at once;
 * while changes keep coming, the view updates at most once per pace, and the pace is four times
 * what the last update took to render (between `minPace` and `maxPace`), so the view never takes
 * more than about a fifth of the main thread from the work that makes the changes. The last
 * change always shows.
 */
export function usePacedVersion<V>(
  subscribe: (onChange: () => void) => () => void,
  getVersion: () => V,
  options: PacedVersionOptions<V> = {},
): V {
  const [shown, setShown] = useState(getVersion);
  const shownRef = useRef(shown);
  const renderStarted = useRef<number | undefined>(undefined);
  const renderCost = useRef(0);
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = undefined;
      const version = getVersion();
      if (Object.is(version, shownRef.current)) return;
      shownRef.current = version;
      lastShownAt.current = performance.now();
      renderStarted.current = lastShownAt.current;
      setShown(version);
    };
    const onChange = () => {
      const { urgent, minPace = 100, maxPace = 5000 } = optionsRef.current;
      if (urgent?.(getVersion(), shownRef.current)) {
        if (timer !== undefined) clearTimeout(timer);
        show();
        return;
      }
      if (timer !== undefined) return;
      const pace = Math.min(maxPace, Math.max(minPace, renderCost.current * paceFactor));
      const wait = Math.max(0, lastShownAt.current + pace - performance.now());
      timer = setTimeout(show, wait);
    };
    const unsubscribe = subscribe(onChange);
    // A change between the render and the subscription.
    onChange();
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [subscribe, getVersion]);

  // Runs after the update is committed: what it cost sets the next pause.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per shown version.
  useEffect(() => {
    if (renderStarted.current === undefined) return;
    renderCost.current = performance.now() - renderStarted.current;
    renderStarted.current = undefined;
  }, [shown]);

  return shown;
}
