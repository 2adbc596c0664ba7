import { isTrustedRendererUrl, type RendererSource } from '../rendererSource.ts';

/** What the main process knows about the frame that sent an IPC message. */
export type IpcSenderFrame = { url: string; isTopFrame: boolean } | null;

/**
 * Only the app's own top frame may call the main process: not subframes (none exist today), not
 * a page the window was somehow navigated to, not a frame that has already gone away.
 */
export function isTrustedSender(frame: IpcSenderFrame, source: RendererSource): boolean {
  return frame?.isTopFrame === true && isTrustedRendererUrl(frame.url, source);
}
