/** A stored value as one line a person can read and copy; undefined when there is nothing. */
export function formatSyncValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// Bookkeeping the person never typed: ids, stamps, and RxDB's own fields.
const hiddenFields = new Set(['id', 'createdAt', 'updatedAt', 'ownerId']);

/** The fields of a rejected write worth showing, in their stored order, as readable strings. */
export function visibleSyncValues(values: Record<string, unknown>): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [field, value] of Object.entries(values)) {
    if (field.startsWith('_') || hiddenFields.has(field)) continue;
    const text = formatSyncValue(value);
    if (text !== undefined) rows.push([field, text]);
  }
  return rows;
}
