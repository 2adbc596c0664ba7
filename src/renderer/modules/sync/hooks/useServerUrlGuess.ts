import { useEffect, useState } from 'react';

/**
 * The page's own origin when the web client is served by a Fieldbook sync server (its
 * `/healthz` answers), so people signing in from the browser need not type the address.
 */
export function useServerUrlGuess(): string | undefined {
  const [guess, setGuess] = useState<string | undefined>();
  useEffect(() => {
    if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return;
    const origin = location.origin;
    const controller = new AbortController();
    fetch(`${origin}/healthz`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return;
        const body: unknown = await response.json();
        if (typeof body === 'object' && body !== null && 'status' in body) setGuess(origin);
      })
      // A dev server or a static host: nothing to guess, the person types the address.
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return guess;
}
