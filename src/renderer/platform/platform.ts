import type { AppPlatform } from './AppPlatform.ts';
import { createDesktopPlatform } from './desktopPlatform.ts';
import { createWebPlatform } from './webPlatform.ts';

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage blocked by the browser's privacy settings
  }
}

function downloadBlob({ fileName, blob }: { fileName: string; blob: Blob }): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

// The only place that reads the preload object; everything else imports `platform`.
function detectPlatform(): AppPlatform {
  if (window.fieldbook) return createDesktopPlatform(window.fieldbook);
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
    sessionStorage: sessionStorageOrUndefined(),
    print: () => window.print(),
    download: downloadBlob,
    pickFile,
  });
}

/** The shell running the UI: the desktop preload in Electron, a browser fallback otherwise. */
export const platform: AppPlatform = detectPlatform();
