import type { MenuItemConstructorOptions } from 'electron';
import { type MenuLocale, menuLabels } from './menuLabels.ts';

/** What a menu item asks of the app; each is sent to the renderer on its own channel. */
export type MenuAction = 'newLead' | 'search' | 'syncNow';

/** Keyboard shortcuts of the app's own actions (Electron accelerator syntax). */
export const menuAccelerators = {
  newLead: 'CmdOrCtrl+N',
  search: 'CmdOrCtrl+F',
  syncNow: 'CmdOrCtrl+Shift+S',
} as const satisfies Partial<Record<MenuAction, string>>;

/**
 * The native menu: File, Edit, View, Window, Help (macOS adds the app menu first). Pure data
 * with click handlers that only call `onAction`, so it is tested without Electron.
 */
export function buildMenuTemplate(options: {
  locale: MenuLocale;
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing. */
  isDevelopment: boolean;
  onAction: (action: MenuAction) => void;
}): MenuItemConstructorOptions[] {
  const l = menuLabels[options.locale];
  const isMac = options.platform === 'darwin';
  const action = (id: MenuAction, label: string, accelerator?: string) =>
    ({
      id,
      label,
      ...(accelerator ? { accelerator } : {}),
      click: () => options.onAction(id),
    }) satisfies MenuItemConstructorOptions;
  const separator = { type: 'separator' } as const;

  const appMenu: MenuItemConstructorOptions = {
    label: 'Fieldbook',
    submenu: [
      { role: 'about', label: l.about },
      separator,
      { role: 'services', label: l.services },
      separator,
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      separator,
      { role: 'quit', label: l.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      action('newLead', l.newLead, menuAccelerators.newLead),
      action('syncNow', l.syncNow, menuAccelerators.syncNow),
      separator,
      isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      separator,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
      separator,
      action('search', l.search, menuAccelerators.search),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...(options.isDevelopment
        ? ([
            { role: 'reload', label: l.reload },
            { role: 'toggleDevTools', label: l.toggleDevTools },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      separator,
      { role: 'togglefullscreen', label: l.toggleFullScreen },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: l.window,
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: l.minimize },
      { role: 'zoom', label: l.zoom },
      ...(isMac
        ? ([separator, { role: 'front', label: l.front }] satisfies MenuItemConstructorOptions[])
        : ([{ role: 'close', label: l.close }] satisfies MenuItemConstructorOptions[])),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [{ role: 'about', label: l.about }],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}
