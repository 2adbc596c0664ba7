import { z } from 'zod';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import { openExternalSafely } from '../openExternalSafely.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';

/** Answers the renderer's `openExternal(url)`; the URL is checked again here, never trusted from the renderer. */
export function registerOpenExternalIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.openExternal,
    source,
    args: z.tuple([z.string().max(2048)]),
    handle: ([url]) => openExternalSafely(url),
  });
}
