export type RecentValues = ReturnType<typeof recentValues>;

/**
 * The plain fields of the last `limit` documents an encrypted storage instance wrote, by their
 * ciphertext. Every write is read straight back by RxDB's change stream, so these are answered
 * from memory (where RxDB holds them anyway) instead of decrypted again. Only flat values are
 * kept, and each recall is a copy, so no reader can change what another one reads.
 */
/** Sets `key` in an insertion-ordered map and drops the oldest entry once it holds over `limit`. */
export function setKeepingNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export function recentValues(limit: number) {
  const recent = new Map<string, Record<string, unknown>>();
  const isFlat = (values: Record<string, unknown>) =>
    Object.values(values).every((value) => typeof value !== 'object' || value === null);
  return {
    remember(stored: string, values: Record<string, unknown>): void {
      if (isFlat(values)) setKeepingNewest(recent, stored, values, limit);
    },
    recall(stored: string): Record<string, unknown> | undefined {
      const values = recent.get(stored);
      return values ? { ...values } : undefined;
    },
  };
}
