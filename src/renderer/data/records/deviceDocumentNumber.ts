import {
  deviceSeriesFromSetting,
  nextNumberAfter,
  runPrefixOf,
} from '../../../shared/numbering/nextNumber.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { deviceSeriesInfo } from '../quotes/deviceNumbering.ts';
import { readSetting } from '../settings/settingsStore.ts';
import { collectionOf, hasCollection } from './recordStore.ts';

/** Documents numbered from this device's own series, and the collection that holds them. */
export type DeviceNumberedDocument = 'order' | 'ticket';
const collections = { order: 'orders', ticket: 'tickets' } as const;

const queues = new WeakMap<FieldbookData, Promise<unknown>>();
const lastIssued = new WeakMap<FieldbookData, Map<string, number>>();

/** Collections whose documents carry a `number` with an index on it. */
export type NumberedCollection = 'orders' | 'tickets' | 'quotes' | 'invoices';

/**
 * The highest sequence already on a document here under a run prefix (`SO-2026-A7-`), read
 * through the `number` index, so restarts and lost in-memory counters never hand a number out
 * twice (0 when none).
 */
export async function lastNumberSequence(
  data: FieldbookData,
  collection: NumberedCollection,
  prefix: string,
): Promise<number> {
  const docs = await collectionOf(data, collection)
    .find({ selector: { number: { $gte: prefix, $lt: `${prefix}\uffff` } }, index: ['number'] })
    .exec();
  let last = 0;
  for (const doc of docs) {
    const tail = doc.number.slice(prefix.length);
    if (/^\d+$/u.test(tail)) last = Math.max(last, Number(tail));
  }
  return last;
}

async function allocate(
  data: FieldbookData,
  now: Date,
  kind: DeviceNumberedDocument,
): Promise<string> {
  const { deviceCode } = deviceSeriesInfo(data);
  const setting = hasCollection(data, 'settings')
    ? (await readSetting(data, 'numberSeries'))?.value
    : undefined;
  const series = deviceSeriesFromSetting({ deviceCode, ...(setting ? { value: setting } : {}) });
  const at = now.toISOString();
  const prefix = runPrefixOf({ series, kind, now: at });
  const issued = lastIssued.get(data) ?? new Map<string, number>();
  lastIssued.set(data, issued);
  const last = Math.max(
    issued.get(prefix) ?? 0,
    await lastNumberSequence(data, collections[kind], prefix),
  );
  const next = nextNumberAfter({ series, kind, last, now: at });
  issued.set(prefix, next.series.counters[kind]?.last ?? last + 1);
  return next.number;
}

/**
 * The next order or ticket number of this device's series (`SO-2026-A7-0003`,
 * `T-2026-A7-0042`): unique without a network because the device code is. Calls on one database
 * run one at a time, so two documents made at once never share a number.
 */
export function allocateDeviceNumber(
  data: FieldbookData,
  now: Date,
  kind: DeviceNumberedDocument,
): Promise<string> {
  const previous = queues.get(data) ?? Promise.resolve();
  const result = previous.then(() => allocate(data, now, kind));
  queues.set(
    data,
    result.catch(() => undefined),
  );
  return result;
}
