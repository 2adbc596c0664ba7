export type CsvEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'gb18030'
  | 'windows-1252';

/** Text of an imported file plus the encoding it was read with, for the preview to show. */
export type DecodedCsv = { text: string; encoding: CsvEncoding };

function decode(bytes: Uint8Array, label: string, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

// Byte pairs in the GB2312 block (lead A1–F7, trail A1–FE) are what Chinese Excel writes for
// everyday text; Western "ANSI" exports (Windows-1252) are also invalid UTF-8 but rarely pair up
// that way, so the share of such pairs tells the two apart.
function looksLikeGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gbPairs = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gbPairs++;
    i++;
  }
  return pairs > 0 && gbPairs / pairs >= 0.8;
}

/**
 * Decodes an imported CSV file: BOMs first (UTF-8, UTF-16), then strict UTF-8, then GB18030
 * (a superset of GBK, what Chinese Excel saves) or Windows-1252. Pass `encoding` when the user
 * picked one in the preview. GB18030 needs full ICU (Chromium, official Node builds).
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): DecodedCsv {
  if (encoding) {
    const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
    return { text: decode(bytes, label), encoding };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes, 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy Windows code page.
  }
  if (looksLikeGb(bytes)) return { text: decode(bytes, 'gb18030'), encoding: 'gb18030' };
  return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}
