import { shell } from 'electron';
import { toSafeExternalUrl } from '../shared/url/isSafeExternalUrl.ts';

/** Hands an http(s) or mailto link to the system browser or mail client; refuses anything else. */
export async function openExternalSafely(url: string): Promise<void> {
  const safeUrl = toSafeExternalUrl(url);
  if (safeUrl === undefined) {
    throw new Error('Refused to open a link that is not a plain http, https or mailto address');
  }
  await shell.openExternal(safeUrl);
}
