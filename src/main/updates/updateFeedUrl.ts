/**
 * The generic update feed baked in at build time (FIELDBOOK_UPDATE_URL), or undefined when the
 * build has none or it is unusable. Updates are code: only https, or plain http on this machine
 * for testing a feed locally.
 */
export function updateFeedUrl(configured: string | undefined): string | undefined {
  if (!configured || !URL.canParse(configured)) return undefined;
  const url = new URL(configured);
  if (url.username || url.password || url.search || url.hash) return undefined;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
