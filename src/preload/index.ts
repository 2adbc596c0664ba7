import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { DeepLinkRoute } from '../shared/platform/deepLink.ts';
import type {
  NotificationMessage,
  PlatformApi,
  Unsubscribe,
  UpdateStatus,
} from '../shared/platform/PlatformApi.ts';
import {
  type PlatformEvent,
  platformChannels,
  platformEvents,
} from '../shared/platform/platformChannels.ts';

// Each method is one named invoke or one named event; the renderer never gets ipcRenderer, a
// generic channel, or the IPC event object (whose `sender` would hand it ipcRenderer back).
// The main process validates every argument again; the renderer validates what comes back.
function subscribe<Payload extends unknown[]>(
  channel: PlatformEvent,
  listener: (...payload: Payload) => void,
): Unsubscribe {
  const forward = (_event: IpcRendererEvent, ...payload: unknown[]) =>
    listener(...(payload as Payload));
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

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
  loadToken: () => ipcRenderer.invoke(platformChannels.loadToken),
  saveToken: (token: string) => ipcRenderer.invoke(platformChannels.saveToken, token),
  clearToken: async () => {
    await ipcRenderer.invoke(platformChannels.clearToken);
  },
  loadDatabaseKey: () => ipcRenderer.invoke(platformChannels.loadDatabaseKey),
  exportPdf: (request: { fileName: string }) =>
    ipcRenderer.invoke(platformChannels.exportPdf, request),
  openCsv: () => ipcRenderer.invoke(platformChannels.openCsv),
  saveCsv: (request: { fileName: string; text: string }) =>
    ipcRenderer.invoke(platformChannels.saveCsv, request),
  getUpdateStatus: () => ipcRenderer.invoke(platformChannels.getUpdateStatus),
  installUpdate: async () => {
    await ipcRenderer.invoke(platformChannels.installUpdate);
  },
  onUpdateStatus: (listener: (status: UpdateStatus) => void) =>
    subscribe(platformEvents.updateStatus, listener),
  getOpenAtLogin: () => ipcRenderer.invoke(platformChannels.getOpenAtLogin),
  setOpenAtLogin: (enabled: boolean) =>
    ipcRenderer.invoke(platformChannels.setOpenAtLogin, enabled),
  onMenuNewLead: (listener: () => void) => subscribe(platformEvents.menuNewLead, listener),
  onMenuSearch: (listener: () => void) => subscribe(platformEvents.menuSearch, listener),
  onMenuSyncNow: (listener: () => void) => subscribe(platformEvents.menuSyncNow, listener),
  onOpenRoute: (listener: (route: DeepLinkRoute) => void) =>
    subscribe(platformEvents.openRoute, listener),
} satisfies PlatformApi;

contextBridge.exposeInMainWorld('fieldbook', fieldbook);
