import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every text item of every page of a PDF, joined with spaces (pdf.js, no system fonts). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Text to compare with a PDF's: pdf.js may split a run of CJK text into several items, and the
 * CJK font maps some glyphs back to Kangxi radicals (⽇ for 日), so compare without spaces,
 * NFKC-normalized, on both sides.
 */
export function comparable(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '');
}
