import { dateOf } from '../billing/calendarDate.ts';
import { DomainError } from '../domain/DomainError.ts';
import {
  defaultNumberFormats,
  formatDocumentNumber,
  isProvisionalNumber,
  type NumberFormat,
} from './documentNumber.ts';

/** An invoice that arrived with a device's provisional number. */
export type ProvisionalInvoice = { id: string; number: string; createdAt: string };

export type FinalNumberAssignment = { id: string; provisionalNumber: string; number: string };

/**
 * Gives synced invoices their legal numbers: the next numbers after `lastNumber`, without gaps,
 * in the order the invoices were made (then by id, so every replay gives the same result). The
 * server calls it inside the write transaction that stores the invoices and the new
 * `lastNumber`; `now` is the server's clock and picks the year of the number.
 */
export function assignFinalInvoiceNumbers({
  lastNumber,
  provisional,
  now,
  format = defaultNumberFormats.invoice,
}: {
  lastNumber: number;
  provisional: readonly ProvisionalInvoice[];
  now: string;
  format?: NumberFormat;
}): { assignments: FinalNumberAssignment[]; lastNumber: number } {
  if (!Number.isSafeInteger(lastNumber) || lastNumber < 0) {
    throw new DomainError('invalidSequence', { value: String(lastNumber) });
  }
  const seen = new Set<string>();
  for (const invoice of provisional) {
    if (!isProvisionalNumber(invoice.number)) {
      throw new DomainError('notProvisionalNumber', { id: invoice.id, number: invoice.number });
    }
    if (seen.has(invoice.id)) throw new DomainError('duplicateInvoice', { id: invoice.id });
    seen.add(invoice.id);
  }
  const year = Number(dateOf(now).slice(0, 4));
  const ordered = [...provisional].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const assignments = ordered.map((invoice, index) => ({
    id: invoice.id,
    provisionalNumber: invoice.number,
    number: formatDocumentNumber({ format, year, sequence: lastNumber + index + 1 }),
  }));
  return { assignments, lastNumber: lastNumber + assignments.length };
}

/**
 * Puts the server's final number on an invoice, keeping the device's provisional one beside it
 * so people who saw the provisional number can still find the invoice. Idempotent.
 */
export function applyFinalInvoiceNumber<T extends { number: string; provisionalNumber?: string }>({
  invoice,
  assignment,
}: {
  invoice: T;
  assignment: Pick<FinalNumberAssignment, 'provisionalNumber' | 'number'>;
}): T {
  if (invoice.number === assignment.number) return invoice;
  if (invoice.number !== assignment.provisionalNumber) {
    throw new DomainError('notProvisionalNumber', {
      number: invoice.number,
      expected: assignment.provisionalNumber,
    });
  }
  return { ...invoice, number: assignment.number, provisionalNumber: assignment.provisionalNumber };
}
