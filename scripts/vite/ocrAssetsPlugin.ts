import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Where each OCR file is served from, under the app's own origin (see recognizeCardImage). */
export const ocrAssetFiles: Record<string, string> = {
  'ocr/worker.min.js': require.resolve('tesseract.js/dist/worker.min.js'),
  // SIMD + LSTM only: every Chromium the app runs in has SIMD, and LSTM is the engine used.
  'ocr/tesseract-core-simd-lstm.wasm.js': require.resolve(
    'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  ),
  'ocr/lang/eng.traineddata.gz': require.resolve(
    '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
  ),
  'ocr/lang/chi_sim.traineddata.gz': require.resolve(
    '@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz',
  ),
};

/**
 * Ships tesseract.js's worker, its wasm core and the English and Simplified Chinese language
 * data with the app (ocr/ beside index.html), so business-card OCR never downloads anything.
 * tesseract.js wants all languages under one folder, which the npm data packages are not.
 */
export function ocrAssetsPlugin(): Plugin {
  return {
    name: 'fieldbook-ocr-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        const file = ocrAssetFiles[path];
        if (!file) {
          next();
          return;
        }
        response.setHeader(
          'Content-Type',
          path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
        );
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(ocrAssetFiles)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}
