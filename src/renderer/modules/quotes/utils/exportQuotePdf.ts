import { platform } from '../../../platform/platform.ts';

/**
 * Exports the open print view as PDF: the desktop shell prints it with printToPDF and asks where
 * to save it; a browser opens the print dialog, whose "Save as PDF" does it from the same HTML
 * and print CSS.
 */
export async function exportQuotePdf(fileName: string): Promise<void> {
  await platform.exportPdf({ fileName });
}
