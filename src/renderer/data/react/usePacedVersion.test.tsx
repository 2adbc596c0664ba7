import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePacedVersion } from './usePacedVersion.ts';

/** A counter with change listeners: the shape of the mirrors' version and watch. */
function counterStore() {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => version,
    subscribe: (onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    bump(to = version + 1) {
      version = to;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

/** Keeps the thread busy, as a dashboard computing over 20,000 records does. */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('usePacedVersion', () => {
  it('shows a change after a quiet spell within a task, and the first value at once', async () => {
    const store = counterStore();
    const { result } = renderHook(() => usePacedVersion(store.subscribe, store.get));
    expect(result.current).toBe(0);
    await act(async () => {
      store.bump();
      await sleep(1);
    });
    expect(result.current).toBe(1);
  });

  it('renders a burst of changes a few times at a pace set by the render cost, ending on the last', async () => {
    const store = counterStore();
    let renders = 0;
    const { result } = renderHook(() => {
      const version = usePacedVersion(store.subscribe, store.get, { minPace: 20 });
      renders += 1;
      // Each render costs 15 ms: the pace becomes 60 ms.
      busy(15);
      return version;
    });
    renders = 0;
    const startedAt = performance.now();
    // 300 changes over about 600 ms, as a sync's batches arrive. Outside act(), so React renders
    // on its own schedule as in the browser (act() would hold every render until it ends).
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
    let elapsed: number;
    try {
      for (let change = 1; change <= 300; change += 1) {
        store.bump();
        await sleep(2);
      }
      elapsed = performance.now() - startedAt;
      await waitFor(() => expect(result.current).toBe(300));
    } finally {
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
    }
    // Without pacing every change would render (300 renders, 4.5 s of rendering). At a 60 ms
    // pace at most one render per 60 ms of the burst, plus the last.
    expect(renders).toBeGreaterThan(1);
    expect(renders).toBeLessThanOrEqual(Math.ceil(elapsed / 60) + 2);
  });

  it('shows an urgent change at once, even inside a paced burst', async () => {
    const store = counterStore();
    const { result } = renderHook(() =>
      usePacedVersion(store.subscribe, store.get, {
        minPace: 10_000,
        urgent: (next, shown) => next >= 100 && shown < 100,
      }),
    );
    await act(async () => {
      store.bump(1);
      await sleep(1);
    });
    expect(result.current).toBe(1);
    // Inside the 10 s pause now: an ordinary change waits...
    await act(async () => {
      store.bump(2);
      await sleep(20);
    });
    expect(result.current).toBe(1);
    // ...an urgent one does not (and it cancels nothing: the later state is what shows).
    act(() => store.bump(100));
    expect(result.current).toBe(100);
  });

  it('stops listening when the view goes away', () => {
    const store = counterStore();
    const { unmount } = renderHook(() => usePacedVersion(store.subscribe, store.get));
    expect(store.listeners.size).toBe(1);
    unmount();
    expect(store.listeners.size).toBe(0);
  });
});
