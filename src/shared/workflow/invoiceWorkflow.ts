import { type InvoiceStatus, invoiceStatuses } from '../domain/invoice.ts';
import type { Role } from '../domain/roles.ts';
import {
  assertTransition,
  defineWorkflow,
  nextStatuses,
  type TransitionRequest,
} from './stateMachine.ts';

const finance = ['finance', 'admin'] as const satisfies readonly Role[];
const everyone = ['rep', 'manager', 'finance', 'admin'] as const satisfies readonly Role[];

/**
 * draft → issued → partially_paid → paid, overdue when the due date passes, void (with a
 * reason) before money arrives, written_off by finance. Money states belong to finance: reps
 * and managers can never mark an invoice paid.
 */
export const invoiceWorkflow = defineWorkflow<InvoiceStatus>({
  name: 'invoice',
  statuses: invoiceStatuses,
  rules: [
    { from: ['draft'], to: 'issued', roles: finance },
    { from: ['issued', 'overdue'], to: 'partially_paid', roles: finance },
    { from: ['issued', 'partially_paid', 'overdue'], to: 'paid', roles: finance },
    // Overdue is a fact of the calendar; whichever device notices it records it.
    { from: ['issued', 'partially_paid'], to: 'overdue', roles: everyone },
    // Once money has arrived an invoice is corrected by a credit note, not voided.
    { from: ['draft', 'issued', 'overdue'], to: 'void', roles: finance, reasonRequired: true },
    {
      from: ['issued', 'partially_paid', 'overdue'],
      to: 'written_off',
      roles: finance,
      reasonRequired: true,
    },
  ],
});

/** The statuses `role` may move an invoice to from `from`. */
export function nextInvoiceStatuses(args: { from: InvoiceStatus; role: Role }): InvoiceStatus[] {
  return nextStatuses(invoiceWorkflow, args);
}

/** Throws a DomainError unless the invoice may move; voiding and writing off need a reason. */
export function assertInvoiceTransition(request: TransitionRequest<InvoiceStatus>): void {
  assertTransition(invoiceWorkflow, request);
}
