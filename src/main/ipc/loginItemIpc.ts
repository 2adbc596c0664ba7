import { app } from 'electron';
import type { OpenAtLogin } from '../../shared/platform/PlatformApi.ts';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';
import { noArgsSchema, setOpenAtLoginArgsSchema } from './ipcArgs.ts';

// Electron supports login items on Windows and macOS only.
function readOpenAtLogin(): OpenAtLogin {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    return { supported: false, enabled: false };
  }
  return { supported: true, enabled: app.getLoginItemSettings().openAtLogin };
}

/** The "open Fieldbook when I sign in" option. */
export function registerLoginItemIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.getOpenAtLogin,
    source,
    args: noArgsSchema,
    handle: () => readOpenAtLogin(),
  });
  handleTrusted({
    channel: platformChannels.setOpenAtLogin,
    source,
    args: setOpenAtLoginArgsSchema,
    handle: ([enabled]) => {
      if (!readOpenAtLogin().supported) return readOpenAtLogin();
      app.setLoginItemSettings({ openAtLogin: enabled });
      return readOpenAtLogin();
    },
  });
}
