import { resolve } from 'node:path';
import { app, type BrowserWindow, session } from 'electron';
import {
  type DeepLinkRoute,
  deepLinkRoutePath,
  deepLinkScheme,
  findDeepLinkInArgv,
  parseDeepLink,
} from '../shared/platform/deepLink.ts';
import { platformEvents } from '../shared/platform/platformChannels.ts';
import { syncServerOrigin } from '../shared/platform/syncServerOrigin.ts';
import { buildContentSecurityPolicy } from '../shared/security/contentSecurityPolicy.ts';
import { registerAppScheme, serveAppProtocol } from './appProtocol.ts';
import { registerCsvIpc } from './ipc/csvIpc.ts';
import { registerDatabaseKeyIpc } from './ipc/databaseKeyIpc.ts';
import { registerLoginItemIpc } from './ipc/loginItemIpc.ts';
import { registerNotificationIpc } from './ipc/notificationIpc.ts';
import { registerOpenExternalIpc } from './ipc/openExternalIpc.ts';
import { registerPdfIpc } from './ipc/pdfIpc.ts';
import { registerTokenIpc } from './ipc/tokenIpc.ts';
import { registerUpdateIpc } from './ipc/updateIpc.ts';
import { installAppMenu } from './menu/appMenu.ts';
import { menuLocaleFor } from './menu/menuLabels.ts';
import { resolveRendererSource } from './rendererSource.ts';
import { secureAllWebContents, secureSession } from './security.ts';
import { startAutoUpdates } from './updates/autoUpdates.ts';
import { createMainWindow, windowAssetPaths } from './window.ts';

// Privileged schemes must be registered before the app is ready.
registerAppScheme();

// One window owns the local database (RxDB multiInstance: false), so a second launch only focuses it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

// Only the installed app claims fieldbook:// (a development run or a test would otherwise take it
// over in the OS); the installer also declares it (electron-builder.yml `protocols`).
function registerDeepLinks(): void {
  if (app.isPackaged) app.setAsDefaultProtocolClient(deepLinkScheme);
}

// Tests give each run its own profile; a packaged app always uses the OS default.
if (!app.isPackaged && process.env.FIELDBOOK_USER_DATA_DIR) {
  app.setPath('userData', resolve(process.env.FIELDBOOK_USER_DATA_DIR));
}

function start(): void {
  app.enableSandbox();
  registerDeepLinks();
  const paths = windowAssetPaths(import.meta.dirname);
  const source = resolveRendererSource({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDir: paths.rendererDir,
  });
  const connectOrigins = [syncServerOrigin(process.env.FIELDBOOK_SERVER_URL)];
  const policy = buildContentSecurityPolicy(
    source.kind === 'devServer'
      ? { mode: 'development', devServerOrigin: source.origin, connectOrigins }
      : { mode: 'production', connectOrigins },
  );
  let mainWindow: BrowserWindow | undefined;
  // A link that arrives before the window exists (macOS open-url at launch) opens with it.
  let pendingRoute: DeepLinkRoute | undefined = findDeepLinkInArgv(process.argv);
  const openWindow = (): void => {
    mainWindow = createMainWindow({
      source,
      preloadPath: paths.preloadPath,
      iconPath: paths.iconPath,
      ...(pendingRoute ? { initialRoute: deepLinkRoutePath(pendingRoute) } : {}),
    });
    pendingRoute = undefined;
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  };
  const showRoute = (route: DeepLinkRoute | undefined): void => {
    if (!route) return;
    if (!mainWindow) {
      pendingRoute = route;
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    mainWindow.webContents.send(platformEvents.openRoute, route);
  };

  secureAllWebContents(app, source);
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    showRoute(findDeepLinkInArgv(argv));
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    showRoute(parseDeepLink(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      serveAppProtocol(source, policy);
      secureSession(session.defaultSession, source, policy);
      const updates = startAutoUpdates();
      registerUpdateIpc(source, updates);
      registerOpenExternalIpc(source);
      registerNotificationIpc(source);
      registerTokenIpc(source);
      registerDatabaseKeyIpc(source);
      registerPdfIpc(source);
      registerCsvIpc(source);
      registerLoginItemIpc(source);
      installAppMenu({
        locale: menuLocaleFor(app.getLocale()),
        isDevelopment: !app.isPackaged,
        mainWindow: () => mainWindow,
      });
      openWindow();
    })
    .catch((error: unknown) => {
      console.error('Fieldbook failed to start', error);
      app.exit(1);
    });
}
