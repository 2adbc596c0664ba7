import type { Account } from '../domain/account.ts';
import type { Invoice } from '../domain/invoice.ts';
import { daysOverdue } from './arAging.ts';
import { invoiceBalance } from './invoiceBalance.ts';
import { isOpenInvoice } from './recordPayment.ts';

/** Why an account is on hold: set by hand, open receivables over the limit, or anything 90+ days overdue. */
export type CreditHoldReason = 'manual' | 'overLimit' | 'overdue90';

export type CreditHoldStatus = {
  onHold: boolean;
  reasons: CreditHoldReason[];
  /** Open receivables in the credit limit's currency (absent without a limit). */
  exposure?: number;
  /** The most days any open invoice is overdue (0 when none is). */
  maxDaysOverdue: number;
};

/** Days overdue from which an account goes on hold regardless of its limit. */
export const holdAfterDaysOverdue = 90;

type HoldInvoice = Pick<
  Invoice,
  'accountId' | 'status' | 'currency' | 'dueOn' | 'totals' | 'payments' | 'writeOff'
>;

/**
 * Whether an account is on credit hold on `today` (which blocks confirming its new orders): a
 * manual hold, open receivables above its credit limit (in the limit's currency), or any
 * invoice more than 90 days overdue.
 */
export function creditHoldStatus({
  account,
  invoices,
  today,
}: {
  account: Pick<Account, 'id' | 'creditLimit' | 'creditHold'>;
  invoices: readonly HoldInvoice[];
  today: string;
}): CreditHoldStatus {
  const open = invoices.filter(
    (invoice) =>
      invoice.accountId === account.id &&
      isOpenInvoice(invoice) &&
      invoiceBalance(invoice).balanceDue > 0,
  );
  const reasons: CreditHoldReason[] = [];
  if (account.creditHold === true) reasons.push('manual');
  const limit = account.creditLimit;
  const exposure =
    limit === undefined
      ? undefined
      : open
          .filter((invoice) => invoice.currency === limit.currency)
          .reduce((sum, invoice) => sum + invoiceBalance(invoice).balanceDue, 0);
  if (limit !== undefined && exposure !== undefined && exposure > limit.amount)
    reasons.push('overLimit');
  const maxDaysOverdue = Math.max(
    0,
    ...open.map((invoice) => daysOverdue({ dueOn: invoice.dueOn, today })),
  );
  if (maxDaysOverdue > holdAfterDaysOverdue) reasons.push('overdue90');
  return {
    onHold: reasons.length > 0,
    reasons,
    ...(exposure === undefined ? {} : { exposure }),
    maxDaysOverdue,
  };
}
