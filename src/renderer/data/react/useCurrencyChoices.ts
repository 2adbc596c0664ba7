import { useMemo } from 'react';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/** Without a currencies setting: the yuan first, then the currencies foreign customers pay in. */
const fallback = {
  base: 'CNY',
  enabled: ['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'GBP'],
} as const;

/**
 * The company's base currency and the currencies it works in (the `currencies` setting), live;
 * without that setting, the yuan and a common list.
 */
export function useCurrencyChoices(): {
  base: string;
  enabled: readonly string[];
} {
  const { data } = useDataContext();
  const { value: setting } = useLiveValue('setting:currencies', () =>
    hasCollection(data, 'settings') ? setting$(data, 'currencies') : undefined,
  );
  const currencies = setting?.value;
  return useMemo(
    () =>
      currencies
        ? {
            base: currencies.baseCurrency,
            enabled: [...new Set([currencies.baseCurrency, ...currencies.enabled])],
          }
        : fallback,
    [currencies],
  );
}

/**
 * The currencies a picker offers for a record in `current`: that one first (it stays choosable
 * after the company stops working in it), then the enabled ones, each once.
 */
export function currencyChoicesWith(current: string, enabled: readonly string[]): string[] {
  return [...new Set([current, ...enabled])];
}
