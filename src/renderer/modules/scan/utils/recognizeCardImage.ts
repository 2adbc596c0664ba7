import { createWorker, type Worker } from 'tesseract.js';
import { ocrLanguages, ocrTextLines } from '../../../../shared/intake/ocrTextLines.ts';

/** How far recognition has got: a tesseract.js stage and its 0..1 progress. */
export type OcrProgress = { status: string; progress: number };

let progressListener: ((progress: OcrProgress) => void) | undefined;
let workerPromise: Promise<Worker> | undefined;

// The worker, core and language data are served by the app itself (scripts/vite/ocrAssetsPlugin.ts).
const assetUrl = (path: string) => new URL(path, document.baseURI).href;

function ocrWorker(): Promise<Worker> {
  workerPromise ??= createWorker([...ocrLanguages], 1, {
    workerPath: assetUrl('ocr/worker.min.js'),
    corePath: assetUrl('ocr/tesseract-core-simd-lstm.wasm.js'),
    langPath: assetUrl('ocr/lang'),
    gzip: true,
    // The data is already on the device; a second copy in IndexedDB would only cost space.
    cacheMethod: 'none',
    logger: (message) => progressListener?.({ status: message.status, progress: message.progress }),
  }).catch((error: unknown) => {
    workerPromise = undefined;
    throw error;
  });
  return workerPromise;
}

/**
 * Starts the OCR engine and loads its language data in the background (booth mode opens it),
 * so the first card reads quickly and, in the web client, offline.
 */
export function warmUpCardReader(): Promise<unknown> {
  return ocrWorker();
}

/**
 * Reads the text lines of a business-card photo, fully offline; `onProgress` hears each stage
 * (loading the engine and language data, then recognizing). One worker is kept for later cards.
 */
export async function recognizeCardImage(
  image: Blob,
  onProgress?: (progress: OcrProgress) => void,
): Promise<string[]> {
  progressListener = onProgress;
  try {
    const worker = await ocrWorker();
    const result = await worker.recognize(image);
    return ocrTextLines(result.data);
  } finally {
    progressListener = undefined;
  }
}
