import { DomainError } from '../domain/DomainError.ts';
import type { Invoice } from '../domain/invoice.ts';
import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Order } from '../domain/order.ts';
import type { Actor } from '../domain/roles.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';
import { shippedQuantities } from '../orders/shipments.ts';
import { assertInvoiceTransition } from '../workflow/invoiceWorkflow.ts';
import { addDays } from './calendarDate.ts';

type InvoiceRef = Pick<Invoice, 'orderId' | 'status' | 'lines' | 'milestone'>;

type NewInvoice = { invoiceId: string; number: string; actor: Actor; now: string };

/** Payment terms when the order names none: net 30. */
export const defaultInvoiceTermsDays = 30;

function forOrder(order: Pick<Order, 'id'>, invoices: readonly InvoiceRef[]): InvoiceRef[] {
  return invoices.filter((invoice) => invoice.orderId === order.id && invoice.status !== 'void');
}

function totalsOf(
  doc: Pick<Invoice, 'lines' | 'orderDiscountBps' | 'currency'>,
): Invoice['totals'] {
  const { subtotal, discount, tax, total } = computeQuoteTotals(doc);
  return { subtotal, discount, tax, total };
}

function draftInvoice(
  order: Order,
  lines: LineItem[],
  orderDiscountBps: number,
  input: NewInvoice,
): Invoice {
  const priced = { lines, orderDiscountBps, currency: order.currency };
  return {
    id: input.invoiceId,
    ownerId: input.actor.id,
    createdAt: input.now,
    updatedAt: input.now,
    orderId: order.id,
    accountId: order.accountId,
    number: input.number,
    status: 'draft',
    ...priced,
    totals: totalsOf(priced),
    ...(order.billTo === undefined ? {} : { billTo: order.billTo }),
    paymentTermsDays: order.paymentTermsDays ?? defaultInvoiceTermsDays,
    payments: [],
    notes: '',
  };
}

/** Quantities already invoiced per order line id, over the order's invoices that are not void. */
export function invoicedQuantities({
  order,
  invoices,
}: {
  order: Pick<Order, 'id'>;
  invoices: readonly InvoiceRef[];
}): Record<string, number> {
  const invoiced: Record<string, number> = {};
  for (const invoice of forOrder(order, invoices)) {
    for (const line of invoice.lines) {
      if (line.sourceLineId === undefined) continue;
      invoiced[line.sourceLineId] = (invoiced[line.sourceLineId] ?? 0) + line.quantityMilli;
    }
  }
  return invoiced;
}

/**
 * A draft invoice for what has shipped and is not yet invoiced, at the order's prices and
 * discounts. Throws `nothingToInvoice` when all shipped goods are billed, and
 * `mixedInvoicingModes` when the order is already billed by milestones.
 */
export function invoiceShippedQuantities({
  order,
  invoices,
  ...input
}: { order: Order; invoices: readonly InvoiceRef[] } & NewInvoice): Invoice {
  const mine = forOrder(order, invoices);
  if (mine.some((invoice) => invoice.milestone !== undefined)) {
    throw new DomainError('mixedInvoicingModes', { number: order.number });
  }
  const shipped = shippedQuantities(order);
  const invoiced = invoicedQuantities({ order, invoices: mine });
  const lines = order.lines.flatMap((line): LineItem[] => {
    const open = (shipped[line.id] ?? 0) - (invoiced[line.id] ?? 0);
    return open > 0 ? [{ ...line, quantityMilli: open, sourceLineId: line.id }] : [];
  });
  if (lines.length === 0) throw new DomainError('nothingToInvoice', { number: order.number });
  return draftInvoice(order, lines, order.orderDiscountBps, input);
}

function shareOf(net: bigint, bps: number): bigint {
  // Half up; nets are never negative here.
  return (net * BigInt(bps) * 2n + 10_000n) / 20_000n;
}

/**
 * A draft milestone invoice for `percentBps` of the order (after discounts, before tax), one
 * line per tax rate. Shares are cumulative roundings, so milestones adding up to 100 % bill
 * exactly the order's net amount. Throws `milestoneOverHundred` past 100 % and
 * `mixedInvoicingModes` when the order is billed by shipped quantities.
 */
export function invoiceMilestone({
  order,
  invoices,
  percentBps,
  label,
  ...input
}: {
  order: Order;
  invoices: readonly InvoiceRef[];
  percentBps: number;
  label: string;
} & NewInvoice): Invoice {
  const mine = forOrder(order, invoices);
  if (mine.some((invoice) => invoice.milestone === undefined)) {
    throw new DomainError('mixedInvoicingModes', { number: order.number });
  }
  const before = mine.reduce((sum, invoice) => sum + (invoice.milestone?.percentBps ?? 0), 0);
  if (!Number.isSafeInteger(percentBps) || percentBps < 1 || before + percentBps > 10_000) {
    throw new DomainError('milestoneOverHundred', {
      number: order.number,
      invoicedBps: before,
      percentBps,
    });
  }
  const priced = computeQuoteTotals(order);
  const netByRate = new Map<number, bigint>();
  order.lines.forEach((line, index) => {
    const net = BigInt(priced.lines[index]?.net ?? 0);
    netByRate.set(line.taxRateBps, (netByRate.get(line.taxRateBps) ?? 0n) + net);
  });
  const several = netByRate.size > 1;
  const lines = [...netByRate].flatMap(([taxRateBps, net], index): LineItem[] => {
    const amount = Number(shareOf(net, before + percentBps) - shareOf(net, before));
    if (amount <= 0) return [];
    return [
      {
        // Still a UUID (only the last digits change) and unique within the invoice.
        id: `${input.invoiceId.slice(0, 33)}${String(index).padStart(3, '0')}`,
        description: several ? `${label} · ${taxRateBps / 100}%` : label,
        quantityMilli: 1000,
        unitPrice: amount,
        discountBps: 0,
        taxRateBps,
      },
    ];
  });
  if (lines.length === 0) throw new DomainError('nothingToInvoice', { number: order.number });
  return { ...draftInvoice(order, lines, 0, input), milestone: { label, percentBps } };
}

/** The due date: the issue date plus the payment terms ("net 30" → 30 days later). */
export function dueDate({
  issuedOn,
  paymentTermsDays,
}: {
  issuedOn: string;
  paymentTermsDays: number;
}): string {
  return addDays(issuedOn, paymentTermsDays);
}

/** Issues a draft invoice (finance or admin) on `issuedOn`, due after its payment terms. */
export function issueInvoice({
  invoice,
  actor,
  issuedOn,
  now,
}: {
  invoice: Invoice;
  actor: Actor;
  issuedOn: string;
  now: string;
}): Invoice {
  assertInvoiceTransition({ from: invoice.status, to: 'issued', role: actor.role });
  const paymentTermsDays = invoice.paymentTermsDays ?? defaultInvoiceTermsDays;
  return {
    ...invoice,
    status: 'issued',
    issuedOn,
    dueOn: dueDate({ issuedOn, paymentTermsDays }),
    updatedAt: now,
  };
}
