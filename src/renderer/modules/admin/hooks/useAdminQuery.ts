import { useCallback, useEffect, useState } from 'react';

export type AdminQuery<T> = {
  value: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
};

/** Loads something from the server once per `key` (and on `reload`); `load` undefined = idle. */
export function useAdminQuery<T>(key: string, load: (() => Promise<T>) | undefined): AdminQuery<T> {
  const [state, setState] = useState<{ key: string; value?: T; error?: unknown }>();
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies `load`.
  useEffect(() => {
    if (!load) return;
    let cancelled = false;
    load().then(
      (value) => {
        if (!cancelled) setState({ key, value });
      },
      (error: unknown) => {
        if (!cancelled) setState({ key, error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, round, load === undefined]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const current = state?.key === key ? state : undefined;
  return {
    value: current?.value,
    error: current?.error,
    loading: load !== undefined && current === undefined,
    reload,
  };
}
