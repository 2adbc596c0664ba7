import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicyPlugin.ts';
import { ocrAssetsPlugin } from './scripts/vite/ocrAssetsPlugin.ts';
import { syncServerOrigin } from './src/shared/platform/syncServerOrigin.ts';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));

export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
    // The generic update feed is fixed at build time; an empty value turns updates off.
    define: { __FIELDBOOK_UPDATE_URL__: JSON.stringify(process.env.FIELDBOOK_UPDATE_URL ?? '') },
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
    // The desktop renderer talks to the sync server, a different origin than its own pages.
    plugins: [
      react(),
      contentSecurityPolicyPlugin({
        connectOrigins: [syncServerOrigin(process.env.FIELDBOOK_SERVER_URL)],
      }),
      ocrAssetsPlugin(),
    ],
    define: { __FIELDBOOK_VERSION__: JSON.stringify(version) },
  },
});
