import type { Invoice } from '../domain/invoice.ts';
import { daysBetween } from './calendarDate.ts';
import { invoiceBalance } from './invoiceBalance.ts';
import { isOpenInvoice } from './recordPayment.ts';

export const agingBuckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

/** One customer's open receivables in one currency, by how long they are overdue. */
export type AgingRow = { accountId: string; currency: string; total: number } & Record<
  AgingBucket,
  number
>;

type AgingInvoice = Pick<
  Invoice,
  'accountId' | 'status' | 'currency' | 'dueOn' | 'totals' | 'payments' | 'writeOff'
>;

/** Days past the due date on `today` (0 or less: not yet due; no due date: never overdue). */
export function daysOverdue({
  dueOn,
  today,
}: {
  dueOn: string | undefined;
  today: string;
}): number {
  return dueOn === undefined ? 0 : daysBetween(dueOn, today);
}

/** The bucket for a number of days overdue: Current, 1-30, 31-60, 61-90, 90+. */
export function agingBucket(overdueDays: number): AgingBucket {
  if (overdueDays <= 0) return 'current';
  if (overdueDays <= 30) return 'days1to30';
  if (overdueDays <= 60) return 'days31to60';
  if (overdueDays <= 90) return 'days61to90';
  return 'over90';
}

/**
 * Accounts-receivable aging on `today`: the unpaid balance of every open invoice, per customer
 * and currency (currencies are never mixed), in the bucket its days overdue fall in.
 */
export function arAging({
  invoices,
  today,
}: {
  invoices: readonly AgingInvoice[];
  today: string;
}): AgingRow[] {
  const rows = new Map<string, AgingRow>();
  for (const invoice of invoices) {
    if (!isOpenInvoice(invoice)) continue;
    const { balanceDue } = invoiceBalance(invoice);
    if (balanceDue <= 0) continue;
    const key = `${invoice.accountId} ${invoice.currency}`;
    const row = rows.get(key) ?? {
      accountId: invoice.accountId,
      currency: invoice.currency,
      current: 0,
      days1to30: 0,
      days31to60: 0,
      days61to90: 0,
      over90: 0,
      total: 0,
    };
    row[agingBucket(daysOverdue({ dueOn: invoice.dueOn, today }))] += balanceDue;
    row.total += balanceDue;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => a.accountId.localeCompare(b.accountId) || a.currency.localeCompare(b.currency),
  );
}
