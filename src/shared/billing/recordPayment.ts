import { DomainError } from '../domain/DomainError.ts';
import type { Invoice, PaymentMethod } from '../domain/invoice.ts';
import type { Actor } from '../domain/roles.ts';
import type { Money } from '../money/money.ts';
import { assertInvoiceTransition } from '../workflow/invoiceWorkflow.ts';
import { invoiceBalance, invoiceStatusAfterPayment } from './invoiceBalance.ts';

const openStatuses = new Set<Invoice['status']>(['issued', 'partially_paid', 'overdue']);

/** Tells whether an invoice still takes payments (issued, partially paid or overdue). */
export function isOpenInvoice(invoice: Pick<Invoice, 'status'>): boolean {
  return openStatuses.has(invoice.status);
}

export type PaymentApplication = { invoiceId: string; amount: number };
export type PaymentAllocation = { applications: PaymentApplication[]; credit: number };

type AllocInvoice = Pick<
  Invoice,
  | 'id'
  | 'number'
  | 'status'
  | 'currency'
  | 'totals'
  | 'payments'
  | 'writeOff'
  | 'dueOn'
  | 'issuedOn'
>;

function oldestFirst(a: AllocInvoice, b: AllocInvoice): number {
  return (
    (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
    (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') ||
    a.number.localeCompare(b.number)
  );
}

/**
 * Splits a customer payment over open invoices of its currency: as the payer said
 * (`requested`), else oldest due first, never more than an invoice's balance. What is left is
 * the customer's credit.
 */
export function allocatePayment({
  amount,
  invoices,
  requested,
}: {
  amount: Money;
  invoices: readonly AllocInvoice[];
  requested?: readonly PaymentApplication[];
}): PaymentAllocation {
  if (!Number.isSafeInteger(amount.amount) || amount.amount <= 0) {
    throw new DomainError('invalidPaymentAmount', { value: String(amount.amount) });
  }
  const open = invoices.filter(
    (invoice) => isOpenInvoice(invoice) && invoice.currency === amount.currency,
  );
  const balances = new Map(open.map((invoice) => [invoice.id, invoiceBalance(invoice).balanceDue]));
  const plan =
    requested ??
    [...open]
      .sort(oldestFirst)
      .map((invoice) => ({ invoiceId: invoice.id, amount: Number.MAX_SAFE_INTEGER }));
  let left = amount.amount;
  const applications: PaymentApplication[] = [];
  for (const wish of plan) {
    const balance = balances.get(wish.invoiceId);
    if (balance === undefined)
      throw new DomainError('invoiceNotOpen', { invoiceId: wish.invoiceId });
    if (
      requested !== undefined &&
      (wish.amount <= 0 || wish.amount > balance || wish.amount > left)
    ) {
      throw new DomainError('invalidAllocation', {
        invoiceId: wish.invoiceId,
        amount: wish.amount,
        balance,
        left,
      });
    }
    const applied = Math.min(wish.amount, balance, left);
    if (applied <= 0) continue;
    applications.push({ invoiceId: wish.invoiceId, amount: applied });
    balances.set(wish.invoiceId, balance - applied);
    left -= applied;
  }
  return { applications, credit: left };
}

export type ReceivedPayment = {
  receiptId: string;
  amount: Money;
  method: PaymentMethod;
  receivedOn: string;
  reference?: string;
};

/**
 * Records one customer payment (finance or admin only) across several invoices and moves each
 * to partially paid or paid. An overpayment stays on the last invoice paid, whose negative
 * balance is the customer's credit (see `accountCredit`). `newId` makes the payment entry ids.
 */
export function recordPayment({
  invoices,
  payment,
  requested,
  actor,
  newId,
  now,
}: {
  invoices: readonly Invoice[];
  payment: ReceivedPayment;
  requested?: readonly PaymentApplication[];
  actor: Actor;
  newId: () => string;
  now: string;
}): { invoices: Invoice[]; credit: number } {
  if (actor.role !== 'finance' && actor.role !== 'admin') {
    throw new DomainError('roleNotAllowed', {
      workflow: 'invoice',
      from: 'issued',
      to: 'paid',
      role: actor.role,
      allowedRoles: 'finance, admin',
    });
  }
  const { applications, credit } = allocatePayment({ amount: payment.amount, invoices, requested });
  const last = applications.at(-1);
  if (last === undefined)
    throw new DomainError('noOpenInvoice', { currency: payment.amount.currency });
  last.amount += credit;
  const byId = new Map(
    applications.map((application) => [application.invoiceId, application.amount]),
  );
  const updated = invoices.flatMap((invoice): Invoice[] => {
    const applied = byId.get(invoice.id);
    if (applied === undefined) return [];
    const paid: Invoice = {
      ...invoice,
      payments: [
        ...invoice.payments,
        {
          id: newId(),
          amount: { amount: applied, currency: invoice.currency },
          method: payment.method,
          receivedOn: payment.receivedOn,
          ...(payment.reference === undefined ? {} : { reference: payment.reference }),
          recordedBy: actor.id,
          receiptId: payment.receiptId,
        },
      ],
      updatedAt: now,
    };
    const status = invoiceStatusAfterPayment(paid);
    if (status !== invoice.status)
      assertInvoiceTransition({ from: invoice.status, to: status, role: actor.role });
    return [{ ...paid, status }];
  });
  return { invoices: updated, credit };
}

/** The customer's unused credit in a currency: the overpaid part of their invoices. */
export function accountCredit({
  invoices,
  currency,
}: {
  invoices: readonly AllocInvoice[];
  currency: string;
}): number {
  return invoices
    .filter((invoice) => invoice.currency === currency && invoice.status === 'paid')
    .reduce((sum, invoice) => sum + Math.max(0, -invoiceBalance(invoice).balanceDue), 0);
}
