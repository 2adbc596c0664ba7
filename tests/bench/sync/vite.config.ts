import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The sync benchmark page: a production build of the real data layer and sync client.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../../out/bench-sync'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
