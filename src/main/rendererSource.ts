import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The privileged scheme the built renderer is served from, instead of file:// (checklist item 18). */
export const appScheme = 'app';
/** The one host of that scheme; its pages get the origin `app://fieldbook`. */
export const appHost = 'fieldbook';
const appIndexUrl = `${appScheme}://${appHost}/index.html`;

export type RendererSource =
  | { kind: 'devServer'; url: string; origin: string }
  | { kind: 'appProtocol'; url: string; origin: string; rendererDir: string };

export type RendererSourceInput = {
  isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
  /** Folder holding the built renderer (out/renderer). */
  rendererDir: string;
};

/** Picks where the window loads the renderer from: the Vite dev server in development, the built files (through app://) otherwise. */
export function resolveRendererSource(input: RendererSourceInput): RendererSource {
  // A packaged app must never be pointed at a server by its environment.
  if (!input.isPackaged && input.devServerUrl && URL.canParse(input.devServerUrl)) {
    const url = new URL(input.devServerUrl);
    if (url.protocol === 'http:' && isLoopback(url.hostname)) {
      return { kind: 'devServer', url: url.href, origin: url.origin };
    }
  }
  return {
    kind: 'appProtocol',
    url: appIndexUrl,
    origin: `${appScheme}://${appHost}`,
    rendererDir: resolve(input.rendererDir),
  };
}

/** Tells whether a frame URL is the app's own renderer page, the only page allowed to call IPC or navigate. */
export function isTrustedRendererUrl(frameUrl: string, source: RendererSource): boolean {
  if (!URL.canParse(frameUrl)) return false;
  const url = new URL(frameUrl);
  if (source.kind === 'devServer') return url.origin === source.origin;
  // Node's URL gives custom schemes the origin "null", so compare the parts.
  return (
    url.protocol === `${appScheme}:` &&
    url.host === appHost &&
    url.username === '' &&
    url.password === '' &&
    (url.pathname === '/index.html' || url.pathname === '/')
  );
}

/** Tells whether a permission request's origin is the app's own (Chromium reports app://fieldbook). */
export function isTrustedRendererOrigin(origin: string, source: RendererSource): boolean {
  if (source.kind === 'devServer') return origin === source.origin;
  return origin === source.origin || origin === `${source.origin}/`;
}

/**
 * Maps an app:// request to a file inside the built renderer, or undefined for anything outside
 * it (other hosts, `..`, encoded separators) - the protocol handler answers those with 404.
 */
export function resolveAppRequestPath(requestUrl: string, rendererDir: string): string | undefined {
  if (!URL.canParse(requestUrl)) return undefined;
  const url = new URL(requestUrl);
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return undefined;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return undefined;
  }
  return file;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
