/** Where `npm start` runs the sync server; the desktop app talks to it unless configured otherwise. */
export const defaultSyncServerUrl = 'http://127.0.0.1:4410';

/**
 * The origin the desktop app may connect to, from FIELDBOOK_SERVER_URL or the default; an
 * unusable value falls back to the default rather than widening the CSP.
 */
export function syncServerOrigin(configured: string | undefined): string {
  if (configured && URL.canParse(configured)) {
    const url = new URL(configured);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  }
  return new URL(defaultSyncServerUrl).origin;
}
