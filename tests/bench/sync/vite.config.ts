import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const syncDir = resolve(import.meta.dirname, '../../../src/renderer/data/sync');

/**
 * BENCH_SYNC_BASELINE_DIR: build the page with the sync client files found in that folder (a
 * copy of src/renderer/data/sync from before a change) in place of the current ones, so a
 * before/after comparison runs back to back on the same machine. Files not in it stay current.
 */
function baselineSyncFiles(dir: string | undefined): Plugin {
  return {
    name: 'bench-sync-baseline',
    load(id) {
      if (!dir || dirname(id) !== syncDir) return null;
      const replacement = resolve(dir, basename(id));
      return existsSync(replacement) ? readFileSync(replacement, 'utf8') : null;
    },
  };
}

// The sync benchmark page: a production build of the real data layer and sync client.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [baselineSyncFiles(process.env.BENCH_SYNC_BASELINE_DIR)],
  build: {
    // BENCH_SYNC_OUT_DIR keeps parallel runs (a baseline, another engineer's bench) apart.
    outDir: resolve(
      process.env.BENCH_SYNC_OUT_DIR ?? resolve(import.meta.dirname, '../../../out/bench-sync'),
    ),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Readable function names in a profile (BENCH_SYNC_PROFILE); still a production build.
    ...(process.env.BENCH_SYNC_PROFILE ? { minify: false } : {}),
  },
});
