const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);
const maxLength = 2048;
// URL parsers silently strip or tolerate controls and spaces ("java\tscript:"), and bidi marks
// disguise the target, so a URL carrying any of them is refused outright rather than normalised.
const forbiddenCharacters = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;
const mailboxPattern = /^[^@\s,;]+@[^@\s,;]+$/;

/** Returns the normalised href of a link that may be opened outside the app, or undefined when it is not safe. */
export function toSafeExternalUrl(candidate: string): string | undefined {
  if (candidate.length === 0 || candidate.length > maxLength) return undefined;
  if (forbiddenCharacters.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (!allowedProtocols.has(url.protocol)) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'mailto:') return hasMailboxes(url) ? url.href : undefined;
  // Only absolute "scheme://host" forms: "https:example.com" parses but hides the real target.
  if (!/^https?:\/\//i.test(candidate) || url.hostname === '') return undefined;
  return url.href;
}

/** Tells whether a link may be handed to the system browser or mail client (http, https, mailto only). */
export function isSafeExternalUrl(candidate: string): boolean {
  return toSafeExternalUrl(candidate) !== undefined;
}

function hasMailboxes(url: URL): boolean {
  if (url.pathname === '') return false;
  let addresses: string;
  try {
    addresses = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  return addresses.split(',').every((address) => mailboxPattern.test(address.trim()));
}
