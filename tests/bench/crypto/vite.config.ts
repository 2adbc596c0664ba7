import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../../..');

// The encryption bench page: a production build of the real storage stack, with and without it.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench-crypto'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
