// The event this device captures for ("event mode"): a local preference, never synced, since
// two reps at two shows share nothing but the events themselves.
const storageKey = 'fieldbook.activeEventId';
const listeners = new Set<() => void>();

/** The active event's id on this device, or undefined when event mode is off. */
export function readActiveEventId(storage: Storage = localStorage): string | undefined {
  return storage.getItem(storageKey) ?? undefined;
}

/** Turns event mode on for `id`, or off with undefined; tells every subscriber. */
export function writeActiveEventId(id: string | undefined, storage: Storage = localStorage): void {
  if (id === undefined) storage.removeItem(storageKey);
  else storage.setItem(storageKey, id);
  for (const listener of listeners) listener();
}

/** Hears changes to the active event made in this window. */
export function subscribeActiveEventId(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
