import type { Invoice } from '../domain/invoice.ts';
import {
  defaultNumberFormats,
  formatDocumentNumber,
  type NumberFormat,
} from '../numbering/documentNumber.ts';

/**
 * Gives issued invoices their final numbers as the server's series would have: gap-free per
 * year, in the order they were issued (then made, then by id). Returns the renumbered invoices
 * and the last sequence of each year, which the server's counters must continue from.
 */
export function numberInvoicesByIssueDate(
  invoices: readonly Invoice[],
  format: NumberFormat = defaultNumberFormats.invoice,
): { invoices: Invoice[]; lastByYear: Map<number, number> } {
  const issuedOn = (invoice: Invoice) => invoice.issuedOn ?? invoice.createdAt.slice(0, 10);
  const ordered = [...invoices].sort(
    (a, b) =>
      issuedOn(a).localeCompare(issuedOn(b)) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
  const lastByYear = new Map<number, number>();
  const numbered = new Map(
    ordered.map((invoice) => {
      const year = Number(issuedOn(invoice).slice(0, 4));
      const sequence = (lastByYear.get(year) ?? 0) + 1;
      lastByYear.set(year, sequence);
      return [invoice.id, formatDocumentNumber({ format, year, sequence })];
    }),
  );
  return {
    invoices: invoices.map((invoice) => ({
      ...invoice,
      number: numbered.get(invoice.id) ?? invoice.number,
    })),
    lastByYear,
  };
}
