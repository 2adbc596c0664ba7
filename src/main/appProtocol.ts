import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { appScheme, type RendererSource, resolveAppRequestPath } from './rendererSource.ts';

/**
 * Must run before the app is ready: app:// behaves like https (standard, secure), so the
 * renderer gets a real origin for IndexedDB, fetch and the CSP instead of file://'s opaque one.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer on app://fieldbook/, with the CSP header on every response. */
export function serveAppProtocol(source: RendererSource, contentSecurityPolicy: string): void {
  if (source.kind !== 'appProtocol') return;
  protocol.handle(appScheme, async (request) => {
    const path = resolveAppRequestPath(request.url, source.rendererDir);
    if (!path) return new Response('Not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(path).href);
    if (!file.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: 200, headers });
  });
}
