import { prepareZXingModule } from 'zxing-wasm/reader';
import zxingReaderWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

let prepared: Promise<unknown> | undefined;

/**
 * Points zxing-wasm at the wasm file bundled with the app (never its CDN default) and compiles
 * it now, so the first scan is instant and works offline in the web client and the desktop app.
 */
export function prepareBarcodeReader(): Promise<unknown> {
  prepared ??= prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? new URL(zxingReaderWasmUrl, document.baseURI).href : prefix + path,
    },
    fireImmediately: true,
  }).catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}
