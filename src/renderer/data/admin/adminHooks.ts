import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { SettingKind, SettingOf, SettingValue } from '../../../shared/domain/setting.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { saveSetting, setting$, settingEditors } from '../settings/settingsStore.ts';
import { type AdminApi, createAdminApi } from './adminApi.ts';
import type { DeviceEndedNotice } from './deviceEndedNotice.ts';
import { dismissDeviceEndedNotice } from './endDeviceSession.ts';

/** Whether the device has a network, live. */
export function useOnline(): boolean {
  const { data } = useDataContext();
  const connectivity = data.sync.connectivity;
  const [online, setOnline] = useState(() => connectivity.isOnline());
  useEffect(() => {
    setOnline(connectivity.isOnline());
    return connectivity.subscribe(setOnline);
  }, [connectivity]);
  return online;
}

export type AdminApiState =
  | { state: 'ready'; api: AdminApi }
  | { state: 'signedOut' | 'offline' | 'loading'; api?: undefined };

/**
 * The server's admin and audit API with the signed-in session's token, the way sync reaches the
 * server; `offline` or `signedOut` when it cannot be reached (those screens say so).
 */
export function useAdminApi(): AdminApiState {
  const { data } = useDataContext();
  const session = useSyncExternalStore(data.sync.session.subscribe, data.sync.session.get);
  const online = useOnline();
  const [token, setToken] = useState<{ for: string; token: string | undefined }>();
  const key = session ? `${session.serverUrl}|${session.user.id}` : '';
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void data.sync.tokens.load().then((loaded) => {
      if (!cancelled) setToken({ for: key, token: loaded });
    });
    return () => {
      cancelled = true;
    };
  }, [data, key]);
  return useMemo((): AdminApiState => {
    if (!session) return { state: 'signedOut' };
    if (!online) return { state: 'offline' };
    if (token?.for !== key) return { state: 'loading' };
    if (!token.token) return { state: 'signedOut' };
    return {
      state: 'ready',
      api: createAdminApi({
        serverUrl: session.serverUrl,
        token: token.token,
        fetch: data.sync.fetch,
      }),
    };
  }, [session, online, token, key, data]);
}

/** An administrator's revoke or wipe of this device, for the explanation screen. */
export function useDeviceEnded(): {
  notice: DeviceEndedNotice | undefined;
  dismiss(options?: { keepOnScreen?: boolean }): void;
} {
  const { data } = useDataContext();
  const notice = useSyncExternalStore(data.sync.deviceEnded.subscribe, data.sync.deviceEnded.get);
  return useMemo(
    () => ({
      notice,
      dismiss: (options?: { keepOnScreen?: boolean }) => dismissDeviceEndedNotice(data, options),
    }),
    [data, notice],
  );
}

/** Whether the local database was deleted (after a wipe); the app must reopen a fresh one. */
export function useLocalDataGone(): () => boolean {
  const { data } = useDataContext();
  return useCallback(() => data.db.closed, [data]);
}

/**
 * One company setting, live (undefined while loading and when none is stored); managers and
 * admins may save a new value, which syncs to every device.
 */
export function useSettingEditor<K extends SettingKind>(
  kind: K,
): {
  value: SettingOf<K>['value'] | undefined;
  loading: boolean;
  canEdit: boolean;
  save(value: Extract<SettingValue, { kind: K }>): Promise<void>;
} {
  const { data, clock, currentUser } = useDataContext();
  const { value: setting, loading } = useLiveValue(`setting:${kind}`, () =>
    hasCollection(data, 'settings') ? setting$(data, kind) : undefined,
  );
  const save = useCallback(
    async (value: Extract<SettingValue, { kind: K }>) => {
      await saveSetting({ data, clock, user: currentUser }, value);
    },
    [data, clock, currentUser],
  );
  const canEdit = settingEditors.includes(currentUser.role);
  const value = setting?.value;
  return useMemo(
    () => ({ value, loading: loading && hasCollection(data, 'settings'), canEdit, save }),
    [value, loading, canEdit, save, data],
  );
}
