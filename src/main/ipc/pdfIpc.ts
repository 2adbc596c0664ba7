import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { PlatformResult, SaveOutcome } from '../../shared/platform/PlatformApi.ts';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';
import { exportPdfArgsSchema } from './ipcArgs.ts';
import { safeFileName } from './safeFileName.ts';

/** Prints the asking page to PDF (its print CSS applies) and saves it where the person chooses. */
export function registerPdfIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.exportPdf,
    source,
    args: exportPdfArgsSchema,
    handle: async ([request], event): Promise<PlatformResult<SaveOutcome>> => {
      const window = BrowserWindow.fromWebContents(event.sender);
      const pdf = await event.sender.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
      });
      const options = {
        defaultPath: safeFileName(request.fileName, 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
      try {
        await writeFile(choice.filePath, pdf);
        return { ok: true, value: { saved: true } };
      } catch {
        return { ok: false, code: 'fileNotWritable' };
      }
    },
  });
}
