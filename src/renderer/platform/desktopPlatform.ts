import { DomainError } from '../../shared/domain/DomainError.ts';
import { deepLinkRouteSchema } from '../../shared/platform/deepLink.ts';
import type { PlatformApi, PlatformResult } from '../../shared/platform/PlatformApi.ts';
import type { AppPlatform } from './AppPlatform.ts';

function unwrap<T>(result: PlatformResult<T>): T {
  if (!result.ok) throw new DomainError(result.code);
  return result.value;
}

/** The UI's view of the desktop preload: results unwrapped into values or translated DomainErrors. */
export function createDesktopPlatform(api: PlatformApi): AppPlatform {
  return {
    kind: 'electron',
    getAppVersion: () => api.getAppVersion(),
    openExternal: (url) => api.openExternal(url),
    notify: (message) => api.notify(message),
    tokens: {
      load: async () => unwrap(await api.loadToken()) ?? undefined,
      save: async (token) => {
        unwrap(await api.saveToken(token));
      },
      clear: () => api.clearToken(),
    },
    loadDatabaseKey: async () => {
      const result = await api.loadDatabaseKey();
      if (!result.ok && result.code === 'keychainUnavailable') return undefined;
      return unwrap(result);
    },
    exportPdf: async (request) =>
      unwrap(await api.exportPdf(request)).saved ? 'saved' : 'cancelled',
    openCsv: async () => unwrap(await api.openCsv()),
    saveCsv: async (request) => (unwrap(await api.saveCsv(request)).saved ? 'saved' : 'cancelled'),
    getUpdateStatus: () => api.getUpdateStatus(),
    installUpdate: () => api.installUpdate(),
    onUpdateStatus: (listener) => api.onUpdateStatus(listener),
    getOpenAtLogin: () => api.getOpenAtLogin(),
    setOpenAtLogin: (enabled) => api.setOpenAtLogin(enabled),
    onMenuNewLead: (listener) => api.onMenuNewLead(() => listener()),
    onMenuSearch: (listener) => api.onMenuSearch(() => listener()),
    onMenuSyncNow: (listener) => api.onMenuSyncNow(() => listener()),
    // The main process already parsed the link; a route is checked again before it is followed.
    onOpenRoute: (listener) =>
      api.onOpenRoute((route) => {
        const checked = deepLinkRouteSchema.safeParse(route);
        if (checked.success) listener(checked.data);
      }),
  };
}
