import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

// The qualification bench page: a production build of the real data layer and the real app
// (providers, routes, pipeline page), kept apart from the app build.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  define: { __FIELDBOOK_VERSION__: JSON.stringify(version) },
  css: { postcss: root },
  build: {
    outDir: resolve(root, 'out/bench-qualification'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // BENCH_MINIFY=0 keeps function names readable in CPU profiles (BENCH_PROFILE).
    minify: process.env.BENCH_MINIFY !== '0',
  },
});
