import type { AppPlatform } from './AppPlatform.ts';
import { createWebPlatform } from './webPlatform.ts';

// The only place that reads the preload object; everything else imports `platform`.
function detectPlatform(): AppPlatform {
  if (window.fieldbook) return window.fieldbook;
  return createWebPlatform({
    version: typeof __FIELDBOOK_VERSION__ === 'string' ? __FIELDBOOK_VERSION__ : '0.0.0-dev',
    openWindow: (url, target, features) => window.open(url, target, features),
  });
}

/** The shell running the UI: the desktop preload in Electron, a browser fallback otherwise. */
export const platform: AppPlatform = detectPlatform();
