import { type ReaderOptions, readBarcodes } from 'zxing-wasm/reader';
import { type BadgePayload, parseBadgePayload } from './parseBadgePayload.ts';

/** One code found on a badge: its symbology, the text it holds, and the lead fields read from it. */
export type ScannedBadge = { format: string; payload: BadgePayload };

/** An encoded image file's bytes (PNG, JPEG…) or raw RGBA pixels, e.g. a camera frame. */
export type BadgeImage = Uint8Array | { data: Uint8ClampedArray; width: number; height: number };

// Badges carry QR codes or PDF417 (US/EU show badges); 1D codes hold a registration number.
const readerOptions: ReaderOptions = {
  formats: [
    'QRCode',
    'MicroQRCode',
    'PDF417',
    'DataMatrix',
    'Aztec',
    'Code128',
    'Code39',
    'Code93',
    'EAN13',
    'EAN8',
    'UPCA',
    'ITF',
    'Codabar',
  ],
  tryHarder: true,
  maxNumberOfSymbols: 4,
  // The payload exactly as encoded (no human-readable decoration of control characters).
  textMode: 'Plain',
};

/**
 * Decodes every badge code in an image with zxing-wasm and reads each payload into lead fields
 * (vCard, MECARD, URL; anything else kept verbatim). The wasm module must have been prepared
 * (the app's prepareBarcodeReader, or wasmBinary in Node) so nothing is fetched from the network.
 * Platform-neutral: the same function runs in the browser, Electron and Node tests.
 */
export async function readBadgeBarcodes(image: BadgeImage): Promise<ScannedBadge[]> {
  // zxing-wasm reads ImageData by its fields; a plain RGBA buffer of the same shape is enough.
  const input = image as Parameters<typeof readBarcodes>[0];
  const results = await readBarcodes(input, readerOptions);
  return results
    .filter((result) => result.isValid && result.text !== '')
    .map((result) => ({ format: result.format, payload: parseBadgePayload(result.text) }));
}
