import { type BrowserWindow, Menu } from 'electron';
import { platformEvents } from '../../shared/platform/platformChannels.ts';
import { buildMenuTemplate, type MenuAction } from './buildMenuTemplate.ts';
import type { MenuLocale } from './menuLabels.ts';

const rendererEvents = {
  newLead: platformEvents.menuNewLead,
  search: platformEvents.menuSearch,
  syncNow: platformEvents.menuSyncNow,
} as const;

/** Installs the native menu; its actions go to the main window as named events. */
export function installAppMenu(options: {
  locale: MenuLocale;
  isDevelopment: boolean;
  mainWindow: () => BrowserWindow | undefined;
}): void {
  const onAction = (action: MenuAction): void => {
    const window = options.mainWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(rendererEvents[action]);
  };
  const template = buildMenuTemplate({
    locale: options.locale,
    platform: process.platform,
    isDevelopment: options.isDevelopment,
    onAction,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
