import { useCallback, useEffect, useMemo } from 'react';
import type { SettingValue } from '../../../shared/domain/setting.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { usePacedVersion } from '../react/usePacedVersion.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import {
  type AnalyticsRecords,
  analyticsSnapshot,
  analyticsVersion,
  loadAnalyticsMirrors,
  watchAnalytics,
} from './analyticsMirrors.ts';

/** True once every mirror has read the local database (its part of the version is not -1). */
const isLoaded = (version: string) => !version.split('.').includes('-1');
// Loaded ↔ loading shows at once: the end of the first load, and another database's start (a
// different account signed in) instead of its empty mirrors passing for loaded ones.
const loadStateChanged = (next: string, shown: string) => isLoaded(next) !== isLoaded(shown);

type CurrenciesValue = Extract<SettingValue, { kind: 'currencies' }>;

/**
 * Every record the dashboards read, from memory, following every change at a pace the page can
 * afford (see usePacedVersion); `loading` until the
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
  // A first sync changes the records with every replicated batch (1,000 documents of one
  // collection), and every change would recompute every figure over every record: the dashboards
  // follow at a pace instead.
  const subscribe = useCallback((onChange: () => void) => watchAnalytics(data, onChange), [data]);
  const getVersion = useCallback(() => analyticsVersion(data), [data]);
  const version = usePacedVersion(subscribe, getVersion, { urgent: loadStateChanged });
  const loading = !isLoaded(version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says when the mirrors changed.
  const records = useMemo(() => analyticsSnapshot(data), [data, version]);
  const { value: currencies } = useLiveValue('currencies', () =>
    hasCollection(data, 'settings') ? setting$(data, 'currencies') : undefined,
  );
  return { records, loading, currencies: currencies?.value };
}
