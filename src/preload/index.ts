import { contextBridge, ipcRenderer } from 'electron';
import type { NotificationMessage, PlatformApi } from '../shared/platform/PlatformApi.ts';
import { platformChannels } from '../shared/platform/platformChannels.ts';

// Each method is one named invoke; the renderer never gets ipcRenderer or a generic channel.
const fieldbook = {
  kind: 'electron',
  getAppVersion: async () => {
    const version: unknown = await ipcRenderer.invoke(platformChannels.getAppVersion);
    if (typeof version !== 'string') throw new Error('The app version is not a string');
    return version;
  },
  openExternal: async (url: string) => {
    await ipcRenderer.invoke(platformChannels.openExternal, url);
  },
  notify: async (message: NotificationMessage) => {
    await ipcRenderer.invoke(platformChannels.notify, message);
  },
} satisfies PlatformApi;

contextBridge.exposeInMainWorld('fieldbook', fieldbook);
