import { DomainError } from '../domain/DomainError.ts';
import type { Invoice, InvoiceStatus } from '../domain/invoice.ts';
import { sumMoney } from '../money/money.ts';

export type InvoiceBalance = { paid: number; writtenOff: number; balanceDue: number };

type BalanceInput = Pick<Invoice, 'currency' | 'totals' | 'payments' | 'writeOff'>;

/**
 * What has been paid and written off against an invoice and what is still due, in minor units
 * of the invoice currency. A negative balance is an overpayment (a credit for the customer).
 */
export function invoiceBalance(invoice: BalanceInput): InvoiceBalance {
  const paid = sumMoney(
    invoice.payments.map((payment) => payment.amount),
    invoice.currency,
  ).amount;
  const writeOff = invoice.writeOff?.amount;
  if (writeOff !== undefined && writeOff.currency !== invoice.currency) {
    throw new DomainError('currencyMismatch', { left: invoice.currency, right: writeOff.currency });
  }
  const writtenOff = writeOff?.amount ?? 0;
  const balanceDue = sumMoney(
    [
      { amount: invoice.totals.total, currency: invoice.currency },
      { amount: -paid, currency: invoice.currency },
      { amount: -writtenOff, currency: invoice.currency },
    ],
    invoice.currency,
  ).amount;
  return { paid, writtenOff, balanceDue };
}

/** The status an issued invoice moves to once its payments are recorded: paid when nothing is due. */
export function invoiceStatusAfterPayment(
  invoice: BalanceInput,
): Extract<InvoiceStatus, 'partially_paid' | 'paid'> {
  return invoiceBalance(invoice).balanceDue <= 0 ? 'paid' : 'partially_paid';
}

/** Tells whether an open invoice is past its due date (`today` is the caller's `YYYY-MM-DD`) with money still due. */
export function isInvoiceOverdue({
  invoice,
  today,
}: {
  invoice: BalanceInput & Pick<Invoice, 'status' | 'dueOn'>;
  today: string;
}): boolean {
  if (invoice.status !== 'issued' && invoice.status !== 'partially_paid') return false;
  if (invoice.dueOn === undefined || invoice.dueOn >= today) return false;
  return invoiceBalance(invoice).balanceDue > 0;
}
