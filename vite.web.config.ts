import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicyPlugin.ts';
import { ocrAssetsPlugin } from './scripts/vite/ocrAssetsPlugin.ts';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));

// Parallel e2e runs (several worktrees or agents on one machine) each pick their own output
// directory (and dev-server port); the defaults are what `npm run build:web` and CI use.
const outDir = process.env.FIELDBOOK_WEB_OUT_DIR
  ? resolve(process.env.FIELDBOOK_WEB_OUT_DIR)
  : resolve(import.meta.dirname, 'dist/web');
const port = Number(process.env.FIELDBOOK_E2E_WEB_PORT ?? 5173);

// The same renderer as the desktop app, built for a plain browser (the web client).
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin(), ocrAssetsPlugin()],
  define: { __FIELDBOOK_VERSION__: JSON.stringify(version) },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
});
