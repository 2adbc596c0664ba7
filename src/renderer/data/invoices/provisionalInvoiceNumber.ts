import { dateOf } from '../../../shared/billing/calendarDate.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import { formatDocumentNumber } from '../../../shared/numbering/documentNumber.ts';
import { deviceSeriesFromSetting, nextNumber } from '../../../shared/numbering/nextNumber.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { deviceSeriesInfo } from '../quotes/deviceNumbering.ts';
import { collectionOf, hasCollection } from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

const queues = new WeakMap<FieldbookData, Promise<unknown>>();
const lastIssued = new WeakMap<FieldbookData, Map<string, number>>();

const finalizedFloor = new WeakMap<FieldbookData, Map<string, Promise<number>>>();

function sequenceAfter(prefix: string, numbers: Iterable<string>): number {
  let last = 0;
  for (const number of numbers) {
    if (!number.startsWith(prefix)) continue;
    const tail = number.slice(prefix.length);
    if (/^\d+$/u.test(tail)) last = Math.max(last, Number(tail));
  }
  return last;
}

// Provisional numbers already given up for a final one never change, so they are read once per
// prefix and session (the only scan: `provisionalNumber` is optional and has no index).
function finalizedLast(data: FieldbookData, prefix: string): Promise<number> {
  const known = finalizedFloor.get(data) ?? new Map<string, Promise<number>>();
  finalizedFloor.set(data, known);
  const cached = known.get(prefix);
  if (cached) return cached;
  const read = collectionOf(data, 'invoices')
    .find({ selector: { provisionalNumber: { $gte: prefix, $lt: `${prefix}\uffff` } } })
    .exec()
    .then((docs) =>
      sequenceAfter(
        prefix,
        docs.map((doc) => (doc._data as Invoice).provisionalNumber ?? ''),
      ),
    );
  known.set(prefix, read);
  read.catch(() => known.delete(prefix));
  return read;
}

// The highest provisional sequence this device used for a prefix: on invoices still waiting for
// their final number (through the `number` index) and on those that have one, so a restart
// never reuses a provisional number.
export async function lastProvisionalSequence(
  data: FieldbookData,
  prefix: string,
): Promise<number> {
  const pending = await collectionOf(data, 'invoices')
    .find({ selector: { number: { $gte: prefix, $lt: `${prefix}\uffff` } }, index: ['number'] })
    .exec();
  return Math.max(
    sequenceAfter(
      prefix,
      pending.map((doc) => doc.number),
    ),
    await finalizedLast(data, prefix),
  );
}

async function allocate(data: FieldbookData, now: Date): Promise<string> {
  const { deviceCode } = deviceSeriesInfo(data);
  const setting = hasCollection(data, 'settings')
    ? (await readSetting(data, 'numberSeries'))?.value
    : undefined;
  const series = deviceSeriesFromSetting({ deviceCode, ...(setting ? { value: setting } : {}) });
  const year = Number(dateOf(now.toISOString()).slice(0, 4));
  const first = formatDocumentNumber({
    format: series.formats.invoice,
    year,
    deviceCode,
    sequence: 1,
    provisional: true,
  });
  const prefix = first.slice(0, first.lastIndexOf('-') + 1);
  const issued = lastIssued.get(data) ?? new Map<string, number>();
  lastIssued.set(data, issued);
  const last = Math.max(issued.get(prefix) ?? 0, await lastProvisionalSequence(data, prefix));
  const next = nextNumber({
    series: { ...series, counters: last > 0 ? { invoice: { year, last } } : {} },
    kind: 'invoice',
    now: now.toISOString(),
  });
  issued.set(prefix, next.series.counters.invoice?.last ?? last + 1);
  return next.number;
}

/**
 * The next provisional invoice number of this device (`PROV-INV-2026-A7-0001`); the server
 * replaces it with the final, gap-free number when the issued invoice syncs. Calls on one
 * database run one at a time, so two invoices made at once never share a number.
 */
export function allocateProvisionalInvoiceNumber(data: FieldbookData, now: Date): Promise<string> {
  const previous = queues.get(data) ?? Promise.resolve();
  const result = previous.then(() => allocate(data, now));
  queues.set(
    data,
    result.catch(() => undefined),
  );
  return result;
}
