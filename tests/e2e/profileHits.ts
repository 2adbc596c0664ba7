import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Which files of a Chromium or Electron profile folder hold which of `values`, as one-byte or
 * UTF-16 text (the two ways Chromium writes strings): what someone who copies the folder finds.
 */
export async function profileHits(dir: string, values: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    // A file the browser removes while we read (a journal) has nothing left to find.
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) continue;
    for (const value of values) {
      const found =
        bytes.includes(Buffer.from(value, 'latin1')) ||
        bytes.includes(Buffer.from(value, 'utf16le'));
      if (found) hits.push(`${path.slice(dir.length)}: ${value}`);
    }
  }
  return hits;
}
