import { isSafeExternalUrl } from '../../shared/url/isSafeExternalUrl.ts';
import type { AppPlatform } from './AppPlatform.ts';

export type OpenWindow = (url: string, target: string, features: string) => unknown;

/** The browser stand-in for the desktop preload: links open in a new tab, cut off from this one. */
export function createWebPlatform(options: {
  version: string;
  openWindow: OpenWindow;
  /** The browser's Notification API, when the page may use it. */
  showNotification?: (message: { title: string; body: string }) => void;
}): AppPlatform {
  return {
    kind: 'web',
    getAppVersion: async () => options.version,
    openExternal: async (url: string) => {
      if (!isSafeExternalUrl(url)) {
        throw new Error('Refused to open a link that is not a plain http, https or mailto address');
      }
      options.openWindow(url, '_blank', 'noopener,noreferrer');
    },
    notify: async (message) => {
      options.showNotification?.(message);
    },
  };
}
