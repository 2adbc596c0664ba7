import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/DomainError.ts';
import type { DeepLinkRoute } from '../../shared/platform/deepLink.ts';
import type { PlatformApi } from '../../shared/platform/PlatformApi.ts';
import { createDesktopPlatform } from './desktopPlatform.ts';

// The preload only runs inside Electron; this object plays its part of the contract so the
// adapter's unwrapping and checks can be tested here (the Electron e2e runs the real one).
function preloadStandIn(overrides: Partial<PlatformApi> = {}) {
  const routeListeners: Array<(route: DeepLinkRoute) => void> = [];
  const api: PlatformApi = {
    kind: 'electron',
    getAppVersion: async () => '9.9.9',
    openExternal: async () => undefined,
    notify: async () => undefined,
    loadToken: async () => ({ ok: true, value: null }),
    saveToken: async () => ({ ok: true, value: null }),
    clearToken: async () => undefined,
    loadDatabaseKey: async () => ({ ok: true, value: 'k'.repeat(43) }),
    exportPdf: async () => ({ ok: true, value: { saved: true } }),
    openCsv: async () => ({ ok: true, value: null }),
    saveCsv: async () => ({ ok: true, value: { saved: false } }),
    getUpdateStatus: async () => ({ state: 'idle' }),
    installUpdate: async () => undefined,
    onUpdateStatus: () => () => undefined,
    getOpenAtLogin: async () => ({ supported: true, enabled: false }),
    setOpenAtLogin: async (enabled) => ({ supported: true, enabled }),
    onMenuNewLead: () => () => undefined,
    onMenuSearch: () => () => undefined,
    onMenuSyncNow: () => () => undefined,
    onOpenRoute: (listener) => {
      routeListeners.push(listener);
      return () => undefined;
    },
    ...overrides,
  };
  return {
    api,
    sendRoute: (route: unknown) => {
      for (const listener of routeListeners) listener(route as DeepLinkRoute);
    },
  };
}

describe('createDesktopPlatform', () => {
  it('turns a refused keychain into a translated DomainError', async () => {
    const { api } = preloadStandIn({
      saveToken: async () => ({ ok: false, code: 'keychainUnavailable' }),
    });
    const desktop = createDesktopPlatform(api);
    const error = await desktop.tokens.save('fbt_x').catch((caught: unknown) => caught);
    expect(isDomainError(error, 'keychainUnavailable')).toBe(true);
  });

  it('reads no token as undefined, like the web store', async () => {
    const desktop = createDesktopPlatform(preloadStandIn().api);
    await expect(desktop.tokens.load()).resolves.toBeUndefined();
  });

  it("hands over the keychain's database key, or none where there is no keychain", async () => {
    await expect(createDesktopPlatform(preloadStandIn().api).loadDatabaseKey()).resolves.toBe(
      'k'.repeat(43),
    );
    const { api } = preloadStandIn({
      loadDatabaseKey: async () => ({ ok: false, code: 'keychainUnavailable' }),
    });
    await expect(createDesktopPlatform(api).loadDatabaseKey()).resolves.toBeUndefined();
    const broken = preloadStandIn({
      loadDatabaseKey: async () => ({ ok: false, code: 'keychainFailed' }),
    });
    const error = await createDesktopPlatform(broken.api)
      .loadDatabaseKey()
      .catch((caught: unknown) => caught);
    expect(isDomainError(error, 'keychainFailed')).toBe(true);
  });

  it('reports saved and cancelled exports', async () => {
    const desktop = createDesktopPlatform(preloadStandIn().api);
    await expect(desktop.exportPdf({ fileName: 'Q-1.pdf' })).resolves.toBe('saved');
    await expect(desktop.saveCsv({ fileName: 'a.csv', text: '' })).resolves.toBe('cancelled');
  });

  it('follows only deep links that pass the route check', () => {
    const { api, sendRoute } = preloadStandIn();
    const routes: DeepLinkRoute[] = [];
    createDesktopPlatform(api).onOpenRoute((route) => routes.push(route));
    sendRoute({ kind: 'leads', id: 'abc-1' });
    sendRoute({ kind: 'settings', id: 'abc' });
    sendRoute({ kind: 'leads', id: '../x' });
    sendRoute('fieldbook://leads/1');
    expect(routes).toEqual([{ kind: 'leads', id: 'abc-1' }]);
  });
});
