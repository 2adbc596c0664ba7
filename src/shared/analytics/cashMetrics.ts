import { type AgingBucket, agingBuckets, arAging } from '../billing/arAging.ts';
import { invoiceBalance } from '../billing/invoiceBalance.ts';
import { isOpenInvoice } from '../billing/recordPayment.ts';
import type { Invoice } from '../domain/invoice.ts';
import type { Order } from '../domain/order.ts';
import type { Money } from '../money/money.ts';
import { daysFromTo, inPeriod, type Period, periodDays } from './period.ts';
import { mean } from './ratio.ts';
import type { ReportingCurrency } from './reportingCurrency.ts';

type MetricInvoice = Pick<
  Invoice,
  | 'id'
  | 'accountId'
  | 'orderId'
  | 'status'
  | 'currency'
  | 'issuedOn'
  | 'dueOn'
  | 'totals'
  | 'payments'
  | 'writeOff'
  | 'voidedAt'
>;
type MetricOrder = Pick<Order, 'id' | 'confirmedAt'>;

type Amount = { amount: number; excluded: number; ids: string[] };

function addTo(total: Amount, id: string, minor: number | undefined): void {
  if (minor === undefined) {
    total.excluded += 1;
    return;
  }
  total.amount += minor;
  if (!total.ids.includes(id)) total.ids.push(id);
}

const empty = (): Amount => ({ amount: 0, excluded: 0, ids: [] });

/** Sums, in reporting units, the amounts each invoice contributes (none, one or several). */
function sumOverInvoices(
  invoices: readonly MetricInvoice[],
  reporting: ReportingCurrency,
  amountsOf: (invoice: MetricInvoice) => readonly Money[],
): Amount {
  const total = empty();
  for (const invoice of invoices) {
    for (const money of amountsOf(invoice)) {
      addTo(total, invoice.id, reporting.toReporting(money));
    }
  }
  return total;
}

/** An amount of the invoice's currency, or nothing when it is zero or less. */
const owed = (invoice: MetricInvoice, amount: number): Money[] =>
  amount > 0 ? [{ amount, currency: invoice.currency }] : [];

/** What the customer still owed on an invoice at an instant (payments and write-offs until then). */
function balanceAt(invoice: MetricInvoice, at: string): number {
  if (invoice.issuedOn === undefined || invoice.issuedOn >= at.slice(0, 10)) return 0;
  if (invoice.voidedAt !== undefined && invoice.voidedAt < at) return 0;
  const before = at.slice(0, 10);
  const paid = invoice.payments
    .filter((payment) => payment.receivedOn < before)
    .reduce((sum, payment) => sum + payment.amount.amount, 0);
  const writtenOff =
    invoice.writeOff !== undefined && invoice.writeOff.at < at ? invoice.writeOff.amount.amount : 0;
  return Math.max(0, invoice.totals.total - paid - writtenOff);
}

/** Credit sales in the period: invoices issued in it (void ones excluded), in reporting units. */
export function creditSales({
  invoices,
  period,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  period: Period;
  reporting: ReportingCurrency;
}): Amount {
  return sumOverInvoices(invoices, reporting, (invoice) =>
    invoice.status === 'void' || invoice.status === 'draft' || !inPeriod(invoice.issuedOn, period)
      ? []
      : [{ amount: invoice.totals.total, currency: invoice.currency }],
  );
}

/** Receivables outstanding at the end of the period (as of that instant, not as of today). */
export function receivablesAt({
  invoices,
  at,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  at: string;
  reporting: ReportingCurrency;
}): Amount {
  return sumOverInvoices(invoices, reporting, (invoice) =>
    invoice.status === 'draft' ? [] : owed(invoice, balanceAt(invoice, at)),
  );
}

/**
 * Days sales outstanding: receivables at the period's end ÷ (credit sales in the period ÷ days in
 * the period). Undefined when nothing was sold on credit in the period.
 */
export function daysSalesOutstanding({
  invoices,
  period,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  period: Period;
  reporting: ReportingCurrency;
}): { days: number | undefined; receivables: Amount; sales: Amount; periodDays: number } {
  const receivables = receivablesAt({ invoices, at: period.end, reporting });
  const sales = creditSales({ invoices, period, reporting });
  const length = periodDays(period);
  const days = sales.amount <= 0 ? undefined : receivables.amount / (sales.amount / length);
  return { days, receivables, sales, periodDays: length };
}

/** Money received in the period (payment dates in it), in reporting units. */
export function collectedInPeriod({
  invoices,
  period,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  period: Period;
  reporting: ReportingCurrency;
}): Amount {
  return sumOverInvoices(invoices, reporting, (invoice) =>
    invoice.payments
      .filter((payment) => inPeriod(payment.receivedOn, period))
      .map((payment) => payment.amount),
  );
}

/** Bad debt written off in the period. */
export function writtenOffInPeriod({
  invoices,
  period,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  period: Period;
  reporting: ReportingCurrency;
}): Amount {
  return sumOverInvoices(invoices, reporting, (invoice) =>
    invoice.writeOff !== undefined && inPeriod(invoice.writeOff.at, period)
      ? [invoice.writeOff.amount]
      : [],
  );
}

/** Open balances past their due date on `today`. */
export function overdueAmount({
  invoices,
  today,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  today: string;
  reporting: ReportingCurrency;
}): Amount {
  return sumOverInvoices(invoices, reporting, (invoice) =>
    !isOpenInvoice(invoice) || invoice.dueOn === undefined || invoice.dueOn >= today
      ? []
      : owed(invoice, invoiceBalance(invoice).balanceDue),
  );
}

/** AR aging totals over all customers, per bucket, in reporting units. */
export function agingTotals({
  invoices,
  today,
  reporting,
}: {
  invoices: readonly MetricInvoice[];
  today: string;
  reporting: ReportingCurrency;
}): Record<AgingBucket, number> & { excluded: number } {
  const totals = { current: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0, excluded: 0 };
  for (const row of arAging({ invoices, today })) {
    for (const bucket of agingBuckets) {
      if (row[bucket] === 0) continue;
      const minor = reporting.toReporting({ amount: row[bucket], currency: row.currency });
      if (minor === undefined) totals.excluded += 1;
      else totals[bucket] += minor;
    }
  }
  return totals;
}

/**
 * Order → cash: mean days from confirming an order to the last payment that settled its
 * invoices, for orders whose invoices are all paid and whose last payment fell in the period.
 */
export function orderToCashDays({
  orders,
  invoices,
  period,
}: {
  orders: readonly MetricOrder[];
  invoices: readonly MetricInvoice[];
  period: Period;
}): { meanDays: number | undefined; ids: string[] } {
  const byOrder = new Map<string, MetricInvoice[]>();
  for (const invoice of invoices) {
    if (invoice.orderId === undefined || invoice.status === 'void') continue;
    byOrder.set(invoice.orderId, [...(byOrder.get(invoice.orderId) ?? []), invoice]);
  }
  const days: number[] = [];
  const ids: string[] = [];
  for (const order of orders) {
    const billed = byOrder.get(order.id);
    if (order.confirmedAt === undefined || billed === undefined) continue;
    if (!billed.every((invoice) => invoice.status === 'paid')) continue;
    const last = billed
      .flatMap((invoice) => invoice.payments.map((payment) => payment.receivedOn))
      .sort()
      .at(-1);
    if (last === undefined || !inPeriod(last, period)) continue;
    ids.push(order.id);
    days.push(Math.max(0, daysFromTo(order.confirmedAt.slice(0, 10), last)));
  }
  return { meanDays: mean(days), ids };
}
