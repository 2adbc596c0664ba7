import { app, BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import type { UpdateStatus } from '../../shared/platform/PlatformApi.ts';
import { platformEvents } from '../../shared/platform/platformChannels.ts';
import { updateFeedUrl } from './updateFeedUrl.ts';
import { downloadingStatus, updateErrorStatus } from './updateStatusText.ts';

declare const __FIELDBOOK_UPDATE_URL__: string | undefined;

const sixHours = 6 * 60 * 60 * 1000;

/** Holds the update status and tells every window when it changes. */
export type AutoUpdates = {
  status(): UpdateStatus;
  install(): void;
};

/**
 * Checks the generic feed baked in at build time, downloads in the background and lets the
 * person restart when it is ready. Off in development and in builds without a feed.
 */
export function startAutoUpdates(): AutoUpdates {
  const feed = updateFeedUrl(
    typeof __FIELDBOOK_UPDATE_URL__ === 'string' ? __FIELDBOOK_UPDATE_URL__ : undefined,
  );
  if (!app.isPackaged || !feed) {
    return { status: () => ({ state: 'unsupported' }), install: () => undefined };
  }
  const { autoUpdater } = electronUpdater;
  let current: UpdateStatus = { state: 'idle' };
  const publish = (next: UpdateStatus): void => {
    current = next;
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(platformEvents.updateStatus, next);
    }
  };
  autoUpdater.setFeedURL({ provider: 'generic', url: feed });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('checking-for-update', () => publish({ state: 'checking' }));
  autoUpdater.on('update-not-available', () => publish({ state: 'idle' }));
  autoUpdater.on('update-available', (info) =>
    publish({ state: 'available', version: info.version }),
  );
  autoUpdater.on('download-progress', (progress) => {
    const version = 'version' in current ? current.version : '';
    publish(downloadingStatus(version, progress.percent));
  });
  autoUpdater.on('update-downloaded', (info) => publish({ state: 'ready', version: info.version }));
  autoUpdater.on('error', (error) => publish(updateErrorStatus(error)));
  const check = (): void => {
    autoUpdater.checkForUpdates().catch((error: unknown) => publish(updateErrorStatus(error)));
  };
  check();
  setInterval(check, sixHours).unref();
  return {
    status: () => current,
    install: () => {
      if (current.state === 'ready') autoUpdater.quitAndInstall();
    },
  };
}
