import { type AgingRow, arAging, daysOverdue } from '../../../shared/billing/arAging.ts';
import { type DunningAction, nextDunningAction } from '../../../shared/billing/dunning.ts';
import { invoiceBalance, isInvoiceOverdue } from '../../../shared/billing/invoiceBalance.ts';
import type { DunningLevel, Invoice, InvoiceStatus } from '../../../shared/domain/invoice.ts';
import { isProvisionalNumber } from '../../../shared/numbering/documentNumber.ts';

/** An invoice as lists show it on `today`: balance, whether overdue, whether the number is final. */
export type InvoiceRow = {
  invoice: Invoice;
  paid: number;
  balanceDue: number;
  overdue: boolean;
  daysOverdue: number;
  /** The status to show: `overdue` for an open invoice past its due date. */
  displayStatus: InvoiceStatus;
  provisional: boolean;
};

/** Which invoices a list shows: one status, every open one, or the overdue ones. */
export type InvoiceFilter = InvoiceStatus | 'open' | 'all';

/** The row for one invoice on `today`. */
export function invoiceRow(invoice: Invoice, today: string): InvoiceRow {
  const { paid, balanceDue } = invoiceBalance(invoice);
  const overdue = invoice.status === 'overdue' || isInvoiceOverdue({ invoice, today });
  return {
    invoice,
    paid,
    balanceDue,
    overdue,
    daysOverdue: overdue ? daysOverdue({ dueOn: invoice.dueOn, today }) : 0,
    displayStatus: overdue ? 'overdue' : invoice.status,
    provisional: isProvisionalNumber(invoice.number),
  };
}

const openStatuses = new Set<InvoiceStatus>(['issued', 'partially_paid', 'overdue']);

/** An RxDB query of an invoice list: the selector and the index that narrows it. */
export type InvoiceFind = {
  selector: {
    orderId?: string;
    accountId?: string;
    status?: InvoiceStatus | { $in: InvoiceStatus[] };
  };
  index?: string[];
};

/**
 * The stored statuses that can show as `filter` (an open invoice past due shows as overdue);
 * undefined for every status.
 */
export function storedStatusesFor(filter: InvoiceFilter): InvoiceStatus[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'open' || filter === 'overdue') return [...openStatuses];
  return [filter];
}

/**
 * The RxDB query of an invoice list: a customer's invoices (and an order's, found through its
 * customer when given) through `[accountId, updatedAt]`, a status filter through
 * `[status, updatedAt]`; `selectInvoiceRows` still decides what shows as overdue today.
 */
export function invoiceFind(query: {
  orderId?: string;
  accountId?: string;
  filter?: InvoiceFilter;
}): InvoiceFind {
  const statuses = storedStatusesFor(query.filter ?? 'all');
  const [only] = statuses ?? [];
  const selector: InvoiceFind['selector'] = {
    ...(query.orderId ? { orderId: query.orderId } : {}),
    ...(query.accountId ? { accountId: query.accountId } : {}),
    ...(statuses === undefined
      ? {}
      : { status: statuses.length === 1 && only ? only : { $in: statuses } }),
  };
  if (query.accountId) return { selector, index: ['accountId', 'updatedAt'] };
  if (statuses) return { selector, index: ['status', 'updatedAt'] };
  return { selector };
}

/** Rows matching `filter` (by the status shown, so `overdue` includes invoices past due), newest first. */
export function selectInvoiceRows({
  invoices,
  filter,
  today,
}: {
  invoices: readonly Invoice[];
  filter: InvoiceFilter;
  today: string;
}): InvoiceRow[] {
  return invoices
    .map((invoice) => invoiceRow(invoice, today))
    .filter((row) => {
      if (filter === 'all') return true;
      if (filter === 'open') return openStatuses.has(row.invoice.status);
      return row.displayStatus === filter;
    })
    .sort(
      (a, b) =>
        (b.invoice.issuedOn ?? b.invoice.createdAt).localeCompare(
          a.invoice.issuedOn ?? a.invoice.createdAt,
        ) || b.invoice.number.localeCompare(a.invoice.number),
    );
}

/** The open invoices AR aging is made of, through the status index. */
export function openInvoiceFind(): InvoiceFind {
  return invoiceFind({ filter: 'open' });
}

/** One customer's line in the AR aging report, with where collections stand. */
export type ReceivableRow = AgingRow & {
  /** The furthest reminder sent on any of the customer's open invoices. */
  dunningLevel?: DunningLevel;
  /** The earliest next collections step over the customer's open invoices. */
  nextAction: DunningAction;
  /** The invoice that next step is about. */
  nextActionInvoice?: Pick<Invoice, 'id' | 'number'>;
  invoiceCount: number;
};

const levelRank: Record<DunningLevel, number> = {
  reminder: 1,
  second_reminder: 2,
  final_notice: 3,
};

/** AR aging per customer and currency on `today`, with dunning level and next action. */
export function receivableRows({
  invoices,
  today,
}: {
  invoices: readonly Invoice[];
  today: string;
}): ReceivableRow[] {
  return arAging({ invoices, today }).map((row) => {
    const mine = invoices.filter(
      (invoice) =>
        invoice.accountId === row.accountId &&
        invoice.currency === row.currency &&
        openStatuses.has(invoice.status) &&
        invoiceBalance(invoice).balanceDue > 0,
    );
    let dunningLevel: DunningLevel | undefined;
    let nextAction: DunningAction = { kind: 'none' };
    let nextActionInvoice: ReceivableRow['nextActionInvoice'];
    for (const invoice of mine) {
      const last = invoice.dunning?.at(-1)?.level;
      if (last && (!dunningLevel || levelRank[last] > levelRank[dunningLevel])) dunningLevel = last;
      const action = nextDunningAction({ invoice, today });
      if (action.kind === 'none') continue;
      if (nextAction.kind === 'none' || action.on < nextAction.on) {
        nextAction = action;
        nextActionInvoice = { id: invoice.id, number: invoice.number };
      }
    }
    return {
      ...row,
      ...(dunningLevel ? { dunningLevel } : {}),
      nextAction,
      ...(nextActionInvoice ? { nextActionInvoice } : {}),
      invoiceCount: mine.length,
    };
  });
}

/** Bucket totals over all customers, per currency. */
export function agingTotals(rows: readonly AgingRow[]): AgingRow[] {
  const byCurrency = new Map<string, AgingRow>();
  for (const row of rows) {
    const total = byCurrency.get(row.currency) ?? {
      accountId: '',
      currency: row.currency,
      current: 0,
      days1to30: 0,
      days31to60: 0,
      days61to90: 0,
      over90: 0,
      total: 0,
    };
    total.current += row.current;
    total.days1to30 += row.days1to30;
    total.days31to60 += row.days31to60;
    total.days61to90 += row.days61to90;
    total.over90 += row.over90;
    total.total += row.total;
    byCurrency.set(row.currency, total);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
