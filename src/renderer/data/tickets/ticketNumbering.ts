import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { formatDocumentNumber } from '../../../shared/numbering/documentNumber.ts';
import { deviceSeriesFromSetting, nextNumber } from '../../../shared/numbering/nextNumber.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { deviceSeriesInfo } from '../quotes/deviceNumbering.ts';
import { collectionOf, hasCollection } from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

const lastIssued = new WeakMap<FieldbookData, Map<string, number>>();
const queues = new WeakMap<FieldbookData, Promise<unknown>>();

// Highest sequence already used under `prefix`, read from the local tickets so a restart (or a
// lost in-memory counter) never hands out a number twice; read through the `number` index.
async function lastUsed(data: FieldbookData, prefix: string): Promise<number> {
  const docs = await collectionOf(data, 'tickets')
    .find({ selector: { number: { $gte: prefix, $lt: `${prefix}\uffff` } }, index: ['number'] })
    .exec();
  let last = 0;
  for (const doc of docs) {
    const tail = doc.number.slice(prefix.length);
    if (/^\d+$/u.test(tail)) last = Math.max(last, Number(tail));
  }
  return last;
}

async function allocate(data: FieldbookData, now: Date): Promise<string> {
  const { deviceCode } = deviceSeriesInfo(data);
  const setting = hasCollection(data, 'settings')
    ? (await readSetting(data, 'numberSeries'))?.value
    : undefined;
  const series = deviceSeriesFromSetting({ deviceCode, ...(setting ? { value: setting } : {}) });
  const year = Number(dateOf(now.toISOString()).slice(0, 4));
  const first = formatDocumentNumber({
    format: series.formats.ticket,
    year,
    deviceCode,
    sequence: 1,
  });
  const prefix = first.slice(0, first.lastIndexOf('-') + 1);
  const issued = lastIssued.get(data) ?? new Map<string, number>();
  lastIssued.set(data, issued);
  const last = Math.max(issued.get(prefix) ?? 0, await lastUsed(data, prefix));
  const next = nextNumber({
    series: { ...series, counters: last > 0 ? { ticket: { year, last } } : {} },
    kind: 'ticket',
    now: now.toISOString(),
  });
  issued.set(prefix, next.series.counters.ticket?.last ?? last + 1);
  return next.number;
}

/**
 * The next ticket number of this device's series (`T-2026-A7-0042`), unique without a network
 * like quote numbers. Calls on one database run one at a time, so two tickets opened at once
 * never share a number.
 */
export function allocateTicketNumber(data: FieldbookData, now: Date): Promise<string> {
  const previous = queues.get(data) ?? Promise.resolve();
  const result = previous.then(() => allocate(data, now));
  queues.set(
    data,
    result.catch(() => undefined),
  );
  return result;
}
