import { dateOf } from '../../shared/billing/calendarDate.ts';
import {
  applyFinalInvoiceNumber,
  assignFinalInvoiceNumbers,
} from '../../shared/numbering/assignFinalInvoiceNumbers.ts';
import type { InvoiceRun } from '../../shared/numbering/checkNumberSeries.ts';
import { isProvisionalNumber, type NumberFormat } from '../../shared/numbering/documentNumber.ts';
import type { DocumentWrite, Store, WriteTransaction } from '../store/Store.ts';

const invoiceCounterPrefix = 'invoice:';

/** The counter a format's numbers come from: one run per year when the number shows the year. */
export function invoiceCounterName(format: NumberFormat, now: string): string {
  const year = dateOf(now).slice(0, 4);
  return `${invoiceCounterPrefix}${format.prefix}${format.includeYear ? `:${year}` : ''}`;
}

/**
 * The invoice runs behind counter names `invoiceCounterName` made. `invoice:A:2026` reads both
 * as prefix `A` with the year and as prefix `A:2026` without, since a prefix may hold `:`.
 */
export function invoiceRunsOfCounters(names: readonly string[]): InvoiceRun[] {
  return names.flatMap((name) => {
    if (!name.startsWith(invoiceCounterPrefix)) return [];
    const rest = name.slice(invoiceCounterPrefix.length);
    const yearly = /^(.*):\d{4}$/su.exec(rest);
    return [
      { prefix: rest, includeYear: false },
      ...(yearly ? [{ prefix: yearly[1] ?? '', includeYear: true }] : []),
    ];
  });
}

/** Every invoice run the store has counted numbers for. */
export async function readInvoiceRuns(store: Pick<Store, 'counterNames'>): Promise<InvoiceRun[]> {
  return invoiceRunsOfCounters(await store.counterNames(invoiceCounterPrefix));
}

/**
 * Gives an issued invoice that still has its device's provisional number the next final number,
 * inside the push's write transaction: the counter moves in the same transaction that stores the
 * invoice, so a rolled-back push takes its number back and no number is ever used twice or
 * skipped. Drafts keep their provisional number (a draft is not a legal invoice yet). The
 * returned write names no writing device, so the live stream also brings the numbered invoice
 * back to the device that pushed it.
 */
export async function assignFinalInvoiceNumber({
  tx,
  write,
  format,
  now,
}: {
  tx: Pick<WriteTransaction, 'advanceCounter'>;
  write: DocumentWrite;
  format: NumberFormat;
  now: string;
}): Promise<DocumentWrite> {
  const { data } = write;
  const number = typeof data.number === 'string' ? data.number : '';
  if (write.deleted || data.status === 'draft' || !isProvisionalNumber(number)) return write;
  const last = await tx.advanceCounter(invoiceCounterName(format, now), 1);
  const createdAt = typeof data.createdAt === 'string' ? data.createdAt : now;
  const [assignment] = assignFinalInvoiceNumbers({
    lastNumber: last - 1,
    provisional: [{ id: write.id, number, createdAt }],
    now,
    format,
  }).assignments;
  if (assignment === undefined) return write;
  const numbered = applyFinalInvoiceNumber({ invoice: { ...data, number }, assignment });
  return { ...write, data: numbered, writtenByDevice: undefined };
}
