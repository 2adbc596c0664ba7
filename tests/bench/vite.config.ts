import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The benchmark page: a production build of the real data layer, kept apart from the app build.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
