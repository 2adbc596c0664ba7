import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import type { RendererSource } from './rendererSource.ts';
import { parseWindowState, restoreWindowBounds, type WindowState } from './windowState.ts';

const minSize = { width: 900, height: 600 };
const defaultSize = { width: 1280, height: 820 };

function windowStatePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function loadWindowState(): WindowState | undefined {
  try {
    return parseWindowState(JSON.parse(readFileSync(windowStatePath(), 'utf8')));
  } catch {
    return undefined;
  }
}

function saveWindowState(window: BrowserWindow): void {
  const bounds = window.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: window.isMaximized() };
  try {
    writeFileSync(windowStatePath(), JSON.stringify(state));
  } catch (error) {
    console.warn('Fieldbook could not remember the window position', error);
  }
}

/** Opens the app's one window where it was last time, sandboxed and isolated, and loads the renderer into it. */
export function createMainWindow(options: {
  source: RendererSource;
  preloadPath: string;
  iconPath: string;
  /** A record route to open first (a `fieldbook://` link launched the app). */
  initialRoute?: string;
}): BrowserWindow {
  const restored = restoreWindowBounds({
    saved: loadWindowState(),
    workAreas: [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
      (display) => display.workArea,
    ),
    defaultSize,
    minSize,
  });
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: minSize.width,
    minHeight: minSize.height,
    show: false,
    title: 'Fieldbook',
    icon: options.iconPath,
    // Spelled out even where they are Electron's defaults, as literals, so Electronegativity
    // (npm run electronegativity) and the Electron e2e test can hold every checklist item here.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => saveWindowState(window));
  const url = new URL(options.source.url);
  if (options.initialRoute) url.hash = options.initialRoute;
  window.loadURL(url.href).catch((error: unknown) => {
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
