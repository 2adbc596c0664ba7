/** Whether the device has a network, and changes of it (the browser's online/offline events). */
export type Connectivity = {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
};

/** The browser's view of the network; outside a browser (Node tests) always online. */
export function browserConnectivity(): Connectivity {
  const hasWindow = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    subscribe(listener) {
      if (!hasWindow) return () => {};
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}

/** A switchable network for tests and for a "work offline" toggle. */
export function manualConnectivity(initiallyOnline = true): Connectivity & {
  setOnline(online: boolean): void;
} {
  let online = initiallyOnline;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOnline(next) {
      if (next === online) return;
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
}
