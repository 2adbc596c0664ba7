import { dateOf } from '../../../shared/billing/calendarDate.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { formatDocumentNumber } from '../../../shared/numbering/documentNumber.ts';
import { deviceSeriesFromSetting, nextNumber } from '../../../shared/numbering/nextNumber.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf, hasCollection } from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

/** Which numbers this device hands out: the server's series, or a local one until sign-in. */
export type DeviceSeriesInfo = { deviceCode: string; source: 'server' | 'local' };

/** The kinds of number the quote commands allocate. */
export type QuoteNumberKind = 'quote' | 'contract';

const fallbackKey = 'fieldbook.localNumberSeries';
const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const memoryFallback = new WeakMap<FieldbookData, string>();
const lastIssued = new WeakMap<FieldbookData, Map<string, number>>();
const queues = new WeakMap<FieldbookData, Promise<unknown>>();

function randomFallbackCode(): string {
  const random = crypto.getRandomValues(new Uint32Array(5));
  const pick = (alphabet: string, value: number | undefined) =>
    alphabet[(value ?? 0) % alphabet.length] ?? '';
  // `L` + four letters + a digit: a valid device code, far beyond any the server will assign
  // (it counts up from A2), so a fallback number never collides with a signed-in device's.
  return `L${[1, 2, 3].map((i) => pick(letters, random[i])).join('')}${pick(letters, random[4])}${pick(digits, random[0])}`;
}

function localFallbackCode(data: FieldbookData): string {
  const known = memoryFallback.get(data);
  if (known) return known;
  let code: string | undefined;
  try {
    code = globalThis.localStorage?.getItem(fallbackKey) ?? undefined;
    if (!code) {
      code = randomFallbackCode();
      globalThis.localStorage?.setItem(fallbackKey, code);
    }
  } catch {
    code = code ?? randomFallbackCode();
  }
  memoryFallback.set(data, code);
  return code;
}

/** The series this device numbers with now: the one assigned at sign-in, else the local fallback. */
export function deviceSeriesInfo(data: FieldbookData): DeviceSeriesInfo {
  const assigned = data.sync.session.get()?.numberSeries?.deviceCode;
  return assigned
    ? { deviceCode: assigned, source: 'server' }
    : { deviceCode: localFallbackCode(data), source: 'local' };
}

function sequenceAfter(prefix: string, numbers: Iterable<string>): number {
  let last = 0;
  for (const number of numbers) {
    if (!number.startsWith(prefix)) continue;
    const tail = number.slice(prefix.length);
    if (/^\d+$/u.test(tail)) last = Math.max(last, Number(tail));
  }
  return last;
}

// Highest sequence already used on this device for a prefix, read from the local database so a
// restart (or a lost in-memory counter) never hands out a number twice.
export async function lastQuoteSequence(
  data: FieldbookData,
  kind: QuoteNumberKind,
  prefix: string,
) {
  const quotes = collectionOf(data, 'quotes');
  if (kind === 'quote') {
    const docs = await quotes
      .find({
        selector: { number: { $gte: prefix, $lt: `${prefix}\uffff` } },
        index: ['number'],
      })
      .exec();
    return sequenceAfter(
      prefix,
      docs.map((doc) => doc.number),
    );
  }
  const docs = await quotes
    .find({ selector: { status: 'accepted' }, index: ['status', 'updatedAt'] })
    .exec();
  return sequenceAfter(
    prefix,
    docs.map((doc) => (doc._data as Quote).acceptance?.contractNumber ?? ''),
  );
}

async function allocate(data: FieldbookData, kind: QuoteNumberKind, now: Date): Promise<string> {
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
  const last = Math.max(issued.get(prefix) ?? 0, await lastQuoteSequence(data, kind, prefix));
  const next = nextNumber({
    series: { ...series, counters: last > 0 ? { [kind]: { year, last } } : {} },
    kind,
    now: now.toISOString(),
  });
  issued.set(prefix, next.series.counters[kind]?.last ?? last + 1);
  return next.number;
}

/**
 * The next `quote` or `contract` number of this device's series (`Q-2026-A7-0042`). Calls on one
 * database run one at a time, so two quotes made at once never share a number.
 */
export function allocateNumber(
  data: FieldbookData,
  kind: QuoteNumberKind,
  now: Date,
): Promise<string> {
  const previous = queues.get(data) ?? Promise.resolve();
  const result = previous.then(() => allocate(data, kind, now));
  queues.set(
    data,
    result.catch(() => undefined),
  );
  return result;
}
