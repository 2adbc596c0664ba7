import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicyPlugin.ts';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));

export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
  },
  // Sandboxed preloads cannot be ES modules or require npm packages, so the preload is one
  // self-contained CommonJS file that only requires 'electron'.
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: { outDir: 'out/renderer' },
    plugins: [react(), contentSecurityPolicyPlugin()],
    define: { __FIELDBOOK_VERSION__: JSON.stringify(version) },
  },
});
