import { app, type BrowserWindow, session } from 'electron';
import { registerAppVersionIpc } from './ipc/appVersionIpc.ts';
import { registerNotificationIpc } from './ipc/notificationIpc.ts';
import { registerOpenExternalIpc } from './ipc/openExternalIpc.ts';
import { resolveRendererSource } from './rendererSource.ts';
import { secureAllWebContents, secureSession } from './security.ts';
import { createMainWindow, windowAssetPaths } from './window.ts';

// One window owns the local database (RxDB multiInstance: false), so a second launch only focuses it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  app.enableSandbox();
  const paths = windowAssetPaths(import.meta.dirname);
  const source = resolveRendererSource({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDir: paths.rendererDir,
  });
  let mainWindow: BrowserWindow | undefined;
  const openWindow = (): void => {
    mainWindow = createMainWindow({
      source,
      preloadPath: paths.preloadPath,
      iconPath: paths.iconPath,
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  };

  secureAllWebContents(app, source);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      secureSession(session.defaultSession, source);
      registerAppVersionIpc(source);
      registerOpenExternalIpc(source);
      registerNotificationIpc(source);
      openWindow();
    })
    .catch((error: unknown) => {
      console.error('Fieldbook failed to start', error);
      app.exit(1);
    });
}
