import { platform } from '../../../platform/platform.ts';

type PdfCapable = { exportPdf?: (params: { fileName: string }) => Promise<void> };

/**
 * Exports the open print view as PDF. The desktop shell will do it with printToPDF once the
 * platform contract has `exportPdf`; until then (and in a browser) the print dialog's
 * "Save as PDF" does it from the same HTML and print CSS.
 */
export async function exportQuotePdf(fileName: string): Promise<void> {
  const exportPdf: unknown = Reflect.get(platform, 'exportPdf');
  if (typeof exportPdf === 'function') {
    const shell: Required<PdfCapable> = { exportPdf: (params) => exportPdf.call(platform, params) };
    await shell.exportPdf({ fileName });
    return;
  }
  window.print();
}
