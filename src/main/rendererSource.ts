import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RendererSource =
  | { kind: 'devServer'; url: string; origin: string }
  | { kind: 'file'; filePath: string };

export type RendererSourceInput = {
  isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
  /** Folder holding the built renderer (out/renderer). */
  rendererDir: string;
};

/** Picks where the window loads the renderer from: the Vite dev server in development, the built files otherwise. */
export function resolveRendererSource(input: RendererSourceInput): RendererSource {
  // A packaged app must never be pointed at a server by its environment.
  if (!input.isPackaged && input.devServerUrl && URL.canParse(input.devServerUrl)) {
    const url = new URL(input.devServerUrl);
    if (url.protocol === 'http:' && isLoopback(url.hostname)) {
      return { kind: 'devServer', url: url.href, origin: url.origin };
    }
  }
  return { kind: 'file', filePath: resolve(input.rendererDir, 'index.html') };
}

/** Tells whether a frame URL is the app's own renderer, the only page allowed to call IPC or navigate. */
export function isTrustedRendererUrl(frameUrl: string, source: RendererSource): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (source.kind === 'devServer') return url.origin === source.origin;
  if (url.protocol !== 'file:' || url.host !== '') return false;
  url.hash = '';
  url.search = '';
  try {
    // relative() compares the way the OS does (case-insensitive drive letters and paths on Windows).
    return relative(fileURLToPath(url), source.filePath) === '';
  } catch {
    return false; // e.g. an encoded slash, which no real file URL of ours has
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
