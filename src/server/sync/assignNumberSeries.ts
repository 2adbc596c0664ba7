import { assignDeviceCode } from '../../shared/numbering/deviceCode.ts';
import type { Store } from '../store/Store.ts';

/** What a device numbers its documents with offline (`Q-2026-A7-0042` for code `A7`). */
export type AssignedNumberSeries = { deviceCode: string };

/**
 * Gives a signing-in device a device code of its own from the store's counter. Every sign-in
 * gets a fresh code, so a device whose local data (and counters) were wiped starts a new run
 * instead of reusing numbers it issued before.
 */
export async function assignNumberSeries(store: Store): Promise<AssignedNumberSeries> {
  const index = await store.takeDeviceIndex();
  const { deviceCode } = assignDeviceCode({
    value: { kind: 'numberSeries', series: [], nextDeviceIndex: index },
  });
  return { deviceCode };
}
