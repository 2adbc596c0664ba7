import type { AppPlatform } from './AppPlatform.ts';
import { createWebPlatform } from './webPlatform.ts';

// The only place that reads the preload object; everything else imports `platform`.
function detectPlatform(): AppPlatform {
  if (window.fieldbook) return window.fieldbook;
  return createWebPlatform({
    version: typeof __FIELDBOOK_VERSION__ === 'string' ? __FIELDBOOK_VERSION__ : '0.0.0-dev',
    openWindow: (url, target, features) => window.open(url, target, features),
    // A browser shows system notifications only after the person allowed them; the in-app
    // notification is shown either way.
    showNotification: (message) => {
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        new Notification(message.title, { body: message.body });
      }
    },
  });
}

/** The shell running the UI: the desktop preload in Electron, a browser fallback otherwise. */
export const platform: AppPlatform = detectPlatform();
