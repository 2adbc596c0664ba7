import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { RendererSource } from './rendererSource.ts';

/** Opens the app's one window, sandboxed and isolated, and loads the renderer into it. */
export function createMainWindow(options: {
  source: RendererSource;
  preloadPath: string;
  iconPath: string;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Fieldbook',
    icon: options.iconPath,
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const loading =
    options.source.kind === 'devServer'
      ? window.loadURL(options.source.url)
      : window.loadFile(options.source.filePath);
  loading.catch((error: unknown) => {
    console.error('Fieldbook could not load its window', error);
  });
  return window;
}

/** Paths of the files the window needs, relative to the built main script in out/main. */
export function windowAssetPaths(mainDir: string): {
  preloadPath: string;
  iconPath: string;
  rendererDir: string;
} {
  return {
    preloadPath: join(mainDir, '../preload/index.cjs'),
    iconPath: join(mainDir, '../../resources/icon.png'),
    rendererDir: join(mainDir, '../renderer'),
  };
}
