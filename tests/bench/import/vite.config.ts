import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../../..');

// The import bench page: a production build of the real data layer and importer.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench-import'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
