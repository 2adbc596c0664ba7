import type { App, Session } from 'electron';
import { openExternalSafely } from './openExternalSafely.ts';
import { isAllowedPermission } from './permissions.ts';
import {
  isTrustedRendererOrigin,
  isTrustedRendererUrl,
  type RendererSource,
} from './rendererSource.ts';

/** Sends the CSP with the dev server's pages and refuses every permission the app does not use. */
export function secureSession(session: Session, source: RendererSource, policy: string): void {
  // app:// responses get the header from the protocol handler (appProtocol.ts); the built
  // index.html also carries the same policy as a meta tag.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isTrustedRendererUrl(details.url, source)) {
      callback({});
      return;
    }
    const headers = withoutHeader(details.responseHeaders ?? {}, 'content-security-policy');
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      isAllowedPermission({ permission, ...(mediaTypes ? { mediaTypes } : {}) }) &&
        isTrustedRendererUrl(webContents.getURL(), source),
    );
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    return (
      isAllowedPermission({
        permission,
        ...(details.mediaType ? { mediaType: details.mediaType } : {}),
      }) && isTrustedRendererOrigin(requestingOrigin, source)
    );
  });
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/** Locks every web contents the app ever creates: no webviews, no new windows, no navigation away. */
export function secureAllWebContents(app: App, source: RendererSource): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openLinkOutside(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (isTrustedRendererUrl(event.url, source)) return;
      event.preventDefault();
      if (event.isMainFrame) openLinkOutside(event.url);
    });
    contents.on('will-redirect', (event) => {
      if (!isTrustedRendererUrl(event.url, source)) event.preventDefault();
    });
  });
}

function withoutHeader(headers: Record<string, string[]>, name: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name));
}

function openLinkOutside(url: string): void {
  openExternalSafely(url).catch((error: unknown) => {
    console.warn('Fieldbook did not open a link outside the app:', error);
  });
}
