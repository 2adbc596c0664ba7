import { app } from 'electron';
import { z } from 'zod';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';

/** Answers the renderer's `getAppVersion()`. */
export function registerAppVersionIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.getAppVersion,
    source,
    args: z.tuple([]),
    handle: () => app.getVersion(),
  });
}
