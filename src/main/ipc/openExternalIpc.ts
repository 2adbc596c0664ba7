import { platformChannels } from '../../shared/platform/platformChannels.ts';
import { openExternalSafely } from '../openExternalSafely.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';
import { openExternalArgsSchema } from './ipcArgs.ts';

/** Answers the renderer's `openExternal(url)`; the URL is checked again here, never trusted from the renderer. */
export function registerOpenExternalIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.openExternal,
    source,
    args: openExternalArgsSchema,
    handle: ([url]) => openExternalSafely(url),
  });
}
