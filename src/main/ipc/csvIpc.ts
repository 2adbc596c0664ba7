import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { OpenedCsv, PlatformResult, SaveOutcome } from '../../shared/platform/PlatformApi.ts';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';
import { maxCsvChars, noArgsSchema, saveCsvArgsSchema } from './ipcArgs.ts';
import { safeFileName } from './safeFileName.ts';

const csvFilters = [{ name: 'CSV', extensions: ['csv', 'txt'] }];

/** CSV import and export through the OS file dialogs; the renderer never names a path itself. */
export function registerCsvIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.openCsv,
    source,
    args: noArgsSchema,
    handle: async (_args, event): Promise<PlatformResult<OpenedCsv | null>> => {
      const options: OpenDialogOptions = { properties: ['openFile'], filters: csvFilters };
      const window = BrowserWindow.fromWebContents(event.sender);
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { ok: true, value: null };
      try {
        // UTF-8 takes at most 4 bytes a character: a bigger file cannot fit the text limit.
        if ((await stat(path)).size > maxCsvChars * 4) return { ok: false, code: 'fileTooLarge' };
        const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
        if (text.length > maxCsvChars) return { ok: false, code: 'fileTooLarge' };
        return { ok: true, value: { fileName: basename(path), text } };
      } catch {
        return { ok: false, code: 'fileNotReadable' };
      }
    },
  });
  handleTrusted({
    channel: platformChannels.saveCsv,
    source,
    args: saveCsvArgsSchema,
    handle: async ([request], event): Promise<PlatformResult<SaveOutcome>> => {
      const options: SaveDialogOptions = {
        defaultPath: safeFileName(request.fileName, 'csv'),
        filters: csvFilters,
      };
      const window = BrowserWindow.fromWebContents(event.sender);
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
      try {
        // A byte-order mark makes Excel read the UTF-8 (Chinese names) correctly.
        await writeFile(choice.filePath, `\uFEFF${request.text}`, 'utf8');
        return { ok: true, value: { saved: true } };
      } catch {
        return { ok: false, code: 'fileNotWritable' };
      }
    },
  });
}
