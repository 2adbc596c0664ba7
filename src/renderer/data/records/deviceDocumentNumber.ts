import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { formatDocumentNumber } from '../../../shared/numbering/documentNumber.ts';
import { deviceSeriesFromSetting, nextNumber } from '../../../shared/numbering/nextNumber.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { deviceSeriesInfo } from '../quotes/deviceNumbering.ts';
import { readSetting } from '../settings/settingsStore.ts';
import { collectionOf, hasCollection } from './recordStore.ts';

/** Documents numbered from this device's own series, and the collection that holds them. */
export type DeviceNumberedDocument = 'order' | 'ticket';
const collections = { order: 'orders', ticket: 'tickets' } as const;

const queues = new WeakMap<FieldbookData, Promise<unknown>>();
const lastIssued = new WeakMap<FieldbookData, Map<string, number>>();

// The highest sequence of this device's series already on a document here (restarts and lost
// in-memory counters never hand a number out twice), read through the `number` index.
async function lastUsed(
  data: FieldbookData,
  kind: DeviceNumberedDocument,
  prefix: string,
): Promise<number> {
  const docs = await collectionOf(data, collections[kind])
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
  const year = Number(dateOf(now.toISOString()).slice(0, 4));
  const first = formatDocumentNumber({
    format: series.formats[kind],
    year,
    deviceCode,
    sequence: 1,
  });
  const prefix = first.slice(0, first.lastIndexOf('-') + 1);
  const issued = lastIssued.get(data) ?? new Map<string, number>();
  lastIssued.set(data, issued);
  const last = Math.max(issued.get(prefix) ?? 0, await lastUsed(data, kind, prefix));
  const next = nextNumber({
    series: { ...series, counters: last > 0 ? { [kind]: { year, last } } : {} },
    kind,
    now: now.toISOString(),
  });
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
