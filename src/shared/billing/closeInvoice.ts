import { DomainError } from '../domain/DomainError.ts';
import type { Invoice } from '../domain/invoice.ts';
import type { Actor } from '../domain/roles.ts';
import { assertInvoiceTransition } from '../workflow/invoiceWorkflow.ts';
import { invoiceBalance } from './invoiceBalance.ts';

/**
 * Voids an invoice no money has arrived on (finance or admin, with a reason). Once paid in
 * part it is corrected by a credit note instead (`invoiceHasPayments`).
 */
export function voidInvoice({
  invoice,
  actor,
  reason,
  now,
}: {
  invoice: Invoice;
  actor: Actor;
  reason: string;
  now: string;
}): Invoice {
  if (invoice.payments.length > 0)
    throw new DomainError('invoiceHasPayments', { number: invoice.number });
  assertInvoiceTransition({ from: invoice.status, to: 'void', role: actor.role, reason });
  return { ...invoice, status: 'void', voidReason: reason.trim(), voidedAt: now, updatedAt: now };
}

/** Writes the unpaid rest off as bad debt (finance or admin only, with a reason). */
export function writeOffInvoice({
  invoice,
  actor,
  reason,
  now,
}: {
  invoice: Invoice;
  actor: Actor;
  reason: string;
  now: string;
}): Invoice {
  assertInvoiceTransition({ from: invoice.status, to: 'written_off', role: actor.role, reason });
  const { balanceDue } = invoiceBalance(invoice);
  if (balanceDue <= 0) throw new DomainError('nothingToWriteOff', { number: invoice.number });
  return {
    ...invoice,
    status: 'written_off',
    writeOff: {
      amount: { amount: balanceDue, currency: invoice.currency },
      reason: reason.trim(),
      by: actor.id,
      at: now,
    },
    updatedAt: now,
  };
}
