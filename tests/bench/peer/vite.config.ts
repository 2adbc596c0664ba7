import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The PouchDB peer page of `npm run bench:all`: a production build of pouchdb-browser.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  // pouchdb-browser imports Node's `events`, which bundlers are expected to polyfill.
  resolve: { alias: { events: resolve(import.meta.dirname, 'eventEmitter.js') } },
  build: {
    outDir: resolve(
      process.env.BENCH_PEER_OUT_DIR ?? resolve(import.meta.dirname, '../../../out/bench-peer'),
    ),
    emptyOutDir: true,
  },
});
