import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SettingValue } from '../../../shared/domain/setting.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import {
  type AnalyticsRecords,
  analyticsSnapshot,
  analyticsVersion,
  loadAnalyticsMirrors,
  watchAnalytics,
} from './analyticsMirrors.ts';

type CurrenciesValue = Extract<SettingValue, { kind: 'currencies' }>;

/**
 * Every record the dashboards read, from memory, current with every change; `loading` until the
 * mirrors have read the local database once.
 */
export function useAnalyticsRecords(): {
  records: AnalyticsRecords;
  loading: boolean;
  currencies: CurrenciesValue | undefined;
} {
  const { data } = useDataContext();
  useEffect(() => {
    loadAnalyticsMirrors(data).catch((error: unknown) => {
      if (!data.db.closed) console.error('Could not load the records for the dashboards', error);
    });
  }, [data]);
  const version = useSyncExternalStore(
    (onChange) => watchAnalytics(data, onChange),
    () => analyticsVersion(data),
  );
  const loading = version.split('.').some((part) => part === '-1');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says when the mirrors changed.
  const records = useMemo(() => analyticsSnapshot(data), [data, version]);
  const { value: currencies } = useLiveValue('currencies', () =>
    hasCollection(data, 'settings') ? setting$(data, 'currencies') : undefined,
  );
  return { records, loading, currencies: currencies?.value };
}
