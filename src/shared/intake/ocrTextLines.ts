/** The parts of a tesseract.js result the card reader uses (kept narrow so tests can build it). */
export type OcrPageText = { text: string };

/** The recognized text of a card, one entry per printed line. */
export function ocrTextLines(page: OcrPageText): string[] {
  return page.text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** OCR languages in the order tesseract tries them: Chinese first reads mixed cards best. */
export const ocrLanguages = ['chi_sim', 'eng'] as const;
