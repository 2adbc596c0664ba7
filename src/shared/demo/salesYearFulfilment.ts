import { nextDunningAction } from '../billing/dunning.ts';
import { invoiceShippedQuantities } from '../billing/invoiceOrder.ts';
import type { DunningNotice, Invoice } from '../domain/invoice.ts';
import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import type { Order } from '../domain/order.ts';
import type { Quote } from '../domain/quote.ts';
import type { SalesYear } from './salesYear.ts';
import type { SeededRandom } from './seededRandom.ts';

// The fulfilment half of a generated sales year: orders with shipments, invoices with payments,
// reminders and write-offs (see generateSalesYear; tickets are in salesYearTickets).

export const dayMs = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const date = (ms: number) => iso(ms).slice(0, 10);

export function stamp(ms: number, ownerId: string) {
  return { ownerId, createdAt: iso(ms), updatedAt: iso(ms) };
}

/** What the generator's parts share: the seeded randomness, ids, the clock and the output. */
export type YearContext = {
  random: SeededRandom;
  id: (ms: number) => string;
  /** A time up to `maxDays` after `from`, never after the year's end. */
  at: (from: number, maxDays: number) => number;
  endMs: number;
  out: SalesYear;
  /** The last id counter handed out (tracking numbers reuse it). */
  lastId: () => number;
  /** Who records payments and write-offs (the finance user). */
  financeId: string;
};

const carriers = ['顺丰速运', '顺丰速运', '京东物流'] as const;

/** An order (with shipments) for a won deal, and its invoice with payments. */
export function addOrder(
  context: YearContext,
  deal: Opportunity,
  quote: Quote,
  lines: LineItem[],
  totals: Order['totals'],
  ms: number,
) {
  const { random, id, at, endMs, out, lastId, financeId } = context;
  const confirmedMs = at(ms, 2);
  const firstShipMs = at(confirmedMs, random.int(1, 10));
  // Only an order with a line of more than one unit can ship in two parts.
  const split = random.chance(0.25) && lines.some((line) => line.quantityMilli > 1000);
  const carrier = random.pick(carriers);
  const shipments: Order['shipments'] = [];
  if (firstShipMs < endMs - dayMs) {
    // A split order sends all but one of each line first and the last ones later.
    shipments.push({
      id: id(firstShipMs),
      carrier,
      trackingNumber: `${carrier === '顺丰速运' ? 'SF' : 'JD'}${lastId()}`,
      shippedAt: iso(firstShipMs),
      deliveredAt: iso(at(firstShipMs, 4)),
      lines: lines
        .map((entry) => ({
          orderLineId: entry.id,
          quantityMilli: split ? entry.quantityMilli - 1000 : entry.quantityMilli,
        }))
        .filter((entry) => entry.quantityMilli > 0),
    });
    const secondMs = at(firstShipMs, 14);
    if (split && secondMs < endMs - dayMs) {
      shipments.push({
        id: id(secondMs),
        carrier,
        trackingNumber: `${carrier === '顺丰速运' ? 'SF' : 'JD'}${lastId()}`,
        shippedAt: iso(secondMs),
        deliveredAt: iso(at(secondMs, 3)),
        lines: lines.map((entry) => ({
          orderLineId: entry.id,
          quantityMilli: Math.min(1000, entry.quantityMilli),
        })),
      });
    }
  }
  const fullyShipped = shipments.length > 0 && (!split || shipments.length === 2);
  const order: Order = {
    id: id(confirmedMs),
    ...stamp(confirmedMs, deal.ownerId),
    quoteId: quote.id,
    opportunityId: deal.id,
    accountId: deal.accountId,
    number: `SO-${date(confirmedMs).slice(0, 4)}-D1-${String(out.orders.length + 1).padStart(4, '0')}`,
    status: fullyShipped ? 'fulfilled' : shipments.length > 0 ? 'in_fulfillment' : 'confirmed',
    currency: 'CNY',
    lines,
    orderDiscountBps: 0,
    totals,
    requestedDeliveryDate: date(confirmedMs + 10 * dayMs),
    confirmedAt: iso(confirmedMs),
    shipments,
    paymentTermsDays: 30,
    ...(quote.acceptance ? { contractNumber: quote.acceptance.contractNumber } : {}),
  };
  // Last changed when its last shipment was delivered (the app stamps each shipment's update).
  for (const shipment of shipments) {
    for (const at of [shipment.shippedAt, shipment.deliveredAt]) {
      if (at !== undefined && at > order.updatedAt) order.updatedAt = at;
    }
  }
  out.orders.push(order);
  // Finance bills what each shipment sent (by shipped quantity), the day after it left.
  for (const [index, shipment] of shipments.entries()) {
    const issuedMs = Date.parse(shipment.shippedAt ?? order.createdAt) + dayMs;
    if (issuedMs >= endMs) break;
    const draft = invoiceShippedQuantities({
      order: { ...order, shipments: shipments.slice(0, index + 1) },
      invoices: out.invoices.filter((invoice) => invoice.orderId === order.id),
      invoiceId: id(issuedMs),
      // Numbered in issue order once the year is made (see numberInvoicesByIssueDate).
      number: `INV-${date(issuedMs).slice(0, 4)}-${out.invoices.length + 1}`,
      actor: { id: financeId, role: 'finance' },
      now: iso(issuedMs),
    });
    // The order's owner owns its invoices, as the app's invoice commands make them: the rep
    // keeps seeing them and chases the payment (回款).
    addPayments(context, { ...draft, ownerId: order.ownerId }, issuedMs);
  }
}

/**
 * Issues an invoice and records how its customer paid: most in full around the due date and
 * some weeks late; some half first and the rest later; a few never (the oldest of those are
 * written off). What is open at the year's end is then mostly recent, as in a real ledger.
 */
function addPayments(
  { random, id, endMs, out, financeId }: YearContext,
  draft: Invoice,
  issuedMs: number,
) {
  const dueMs = issuedMs + 30 * dayMs;
  const total = draft.totals.total;
  const fate = random.next();
  const payments: Invoice['payments'] = [];
  const pay = (ms: number, amount: number, method: 'bank_transfer' | 'alipay') => {
    if (ms < endMs) {
      payments.push({
        id: id(ms),
        amount: { amount, currency: 'CNY' },
        method,
        receivedOn: date(ms),
        recordedBy: financeId,
      });
    }
  };
  const payMs = issuedMs + random.int(10, fate < 0.7 ? 35 : 75) * dayMs;
  if (fate < 0.88) pay(payMs, total, 'bank_transfer');
  else if (fate < 0.96) {
    const half = Math.floor(total / 2);
    pay(payMs, half, 'alipay');
    if (payments.length > 0) {
      pay(payMs + random.int(20, 60) * dayMs, total - half, 'bank_transfer');
    }
  }
  const paid = payments.reduce((sum, payment) => sum + payment.amount.amount, 0);
  // Finance sends the reminders the dunning schedule asks for while the invoice is unpaid.
  const dunning: DunningNotice[] = [];
  const open: Invoice = { ...draft, status: 'issued', dueOn: date(dueMs), payments: [] };
  for (;;) {
    const action = nextDunningAction({ invoice: { ...open, dunning }, today: date(endMs) });
    if (action.kind !== 'send') break;
    const sentMs = Date.parse(`${action.on}T01:30:00.000Z`) + random.int(0, 2) * dayMs;
    const paidBy = payments
      .filter((payment) => payment.receivedOn <= date(sentMs))
      .reduce((sum, payment) => sum + payment.amount.amount, 0);
    if (sentMs >= endMs || paidBy >= total) break;
    dunning.push({ level: action.level, sentAt: iso(sentMs), by: financeId });
  }
  const writeOff =
    fate > 0.98 && dueMs + 120 * dayMs < endMs
      ? {
          amount: { amount: total - paid, currency: 'CNY' },
          reason: '客户破产清算，款项无法收回',
          by: financeId,
          at: iso(dueMs + 120 * dayMs),
        }
      : undefined;
  out.invoices.push({
    ...draft,
    status: writeOff
      ? 'written_off'
      : paid >= total
        ? 'paid'
        : paid > 0
          ? 'partially_paid'
          : 'issued',
    issuedOn: date(issuedMs),
    dueOn: date(dueMs),
    payments,
    ...(dunning.length > 0 ? { dunning } : {}),
    ...(writeOff ? { writeOff } : {}),
  });
}
