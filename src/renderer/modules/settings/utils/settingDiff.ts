/** One changed leaf of a setting: dotted path, value before and after (absent = not there). */
export type SettingChange = { path: string; before?: unknown; after?: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Items with ids are matched by id, so removing the first row is one removal, not N changes.
function keyedItems(items: readonly unknown[]): Map<string, unknown> | undefined {
  const out = new Map<string, unknown>();
  for (const item of items) {
    const id = isPlainObject(item) ? (item.id ?? item.stage ?? item.document) : undefined;
    if (typeof id !== 'string' || out.has(id)) return undefined;
    out.set(id, item);
  }
  return out;
}

function walk(path: string, before: unknown, after: unknown, out: SettingChange[]): void {
  if (Object.is(before, after)) return;
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) walk(join(key), before[key], after[key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const left = keyedItems(before);
    const right = keyedItems(after);
    if (left && right) {
      for (const [id, item] of left) walk(`${path}[${id}]`, item, right.get(id), out);
      for (const [id, item] of right)
        if (!left.has(id)) walk(`${path}[${id}]`, undefined, item, out);
      return;
    }
    if (
      before.every((item) => !isPlainObject(item)) &&
      after.every((item) => !isPlainObject(item))
    ) {
      if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before, after });
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1)
      walk(`${path}[${index}]`, before[index], after[index], out);
    return;
  }
  if (isPlainObject(before) && after === undefined) {
    for (const key of Object.keys(before)) walk(join(key), before[key], undefined, out);
    return;
  }
  if (before === undefined && isPlainObject(after)) {
    for (const key of Object.keys(after)) walk(join(key), undefined, after[key], out);
    return;
  }
  out.push({
    path,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  });
}

/** What saving `after` over `before` changes, leaf by leaf, for the review before saving. */
export function settingDiff(before: unknown, after: unknown): SettingChange[] {
  const out: SettingChange[] = [];
  walk('', before, after, out);
  return out;
}

/** A value as one short line for the diff: images by size, long texts cut. */
export function diffValueText(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') {
    if (value.startsWith('data:image/')) {
      const payload = value.length - value.indexOf(',') - 1;
      return `🖼 ${Math.ceil((payload * 3) / 4 / 1024)} KB`;
    }
    return value.length > 80 ? `${value.slice(0, 79)}…` : value || '""';
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
