import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Invoice, invoiceSchema } from '../domain/invoice.ts';
import type { Order } from '../domain/order.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';
import { recordShipment } from '../orders/shipments.ts';
import {
  dueDate,
  invoicedQuantities,
  invoiceMilestone,
  invoiceShippedQuantities,
  issueInvoice,
} from './invoiceOrder.ts';

const [line1, line2] = exampleRecords.orders.lines;
if (line1 === undefined || line2 === undefined) throw new Error('example order has two lines');
const order: Order = { ...exampleRecords.orders, paymentTermsDays: 45 };
const rep = { id: 'user-wang-li', role: 'rep' as const };
const finance = { id: 'user-finance-chen', role: 'finance' as const };
const now = '2026-03-16T01:00:00.000Z';
const id = (n: number) => `0195a3c2-7f00-7000-8000-0000000007${String(n).padStart(2, '0')}`;
const input = (n: number) => ({
  invoiceId: id(n),
  number: `PROV-INV-2026-A7-000${n}`,
  actor: rep,
  now,
});

describe('invoicing by shipped quantities', () => {
  it('bills what shipped, then only the rest once more ships', () => {
    const first = invoiceShippedQuantities({ order, invoices: [], ...input(1) });
    expect(first.lines).toEqual([{ ...line1, quantityMilli: 10_000, sourceLineId: line1.id }]);
    expect(first).toMatchObject({
      status: 'draft',
      orderId: order.id,
      accountId: order.accountId,
      paymentTermsDays: 45,
    });
    expect(first.totals).toEqual({
      subtotal: 1_299_000,
      discount: 64_950,
      tax: 160_427,
      total: 1_394_477,
    });
    expect(invoiceSchema.parse(first)).toEqual(first);
    expect(() => invoiceShippedQuantities({ order, invoices: [first], ...input(2) })).toThrow(
      expect.objectContaining({ code: 'nothingToInvoice' }),
    );
    const rest = recordShipment({
      order,
      shipment: {
        id: id(50),
        lines: [
          { orderLineId: line1.id, quantityMilli: 10_000 },
          { orderLineId: line2.id, quantityMilli: 2_500 },
        ],
      },
      actor: rep,
      now,
    });
    const second = invoiceShippedQuantities({ order: rest, invoices: [first], ...input(2) });
    expect(invoicedQuantities({ order: rest, invoices: [first, second] })).toEqual({
      [line1.id]: 20_000,
      [line2.id]: 2_500,
    });
    // Net amounts add up exactly; tax is rounded per invoice (as the law wants each invoice to
    // stand alone), so the invoices may differ from the order's tax by a cent per line: here 1.
    const net = (t: Invoice['totals']) => t.subtotal - t.discount;
    expect(net(first.totals) + net(second.totals)).toBe(net(order.totals));
    expect(first.totals.tax + second.totals.tax - order.totals.tax).toBe(1);
  });

  it('ignores void invoices', () => {
    const first = invoiceShippedQuantities({ order, invoices: [], ...input(1) });
    const again = invoiceShippedQuantities({
      order,
      invoices: [{ ...first, status: 'void' }],
      ...input(2),
    });
    expect(again.lines[0]?.quantityMilli).toBe(10_000);
  });
});

describe('milestone invoicing', () => {
  it('bills 30 % + 30 % + 40 % adding up exactly to the order net, one line per tax rate', () => {
    const invoices: Invoice[] = [];
    for (const [n, percentBps] of [
      [1, 3_000],
      [2, 3_000],
      [3, 4_000],
    ] as const) {
      invoices.push(
        invoiceMilestone({ order, invoices, percentBps, label: `Milestone ${n}`, ...input(n) }),
      );
    }
    const first = invoices[0];
    expect(first?.milestone).toEqual({ label: 'Milestone 1', percentBps: 3_000 });
    expect(first?.lines.map((line) => [line.description, line.unitPrice, line.taxRateBps])).toEqual(
      [
        ['Milestone 1 · 13%', 740_430, 1300], // 30 % of 2,468,100 = 740,430
        ['Milestone 1 · 6%', 60_000, 600], // 30 % of 200,000
      ],
    );
    for (const invoice of invoices) expect(invoiceSchema.parse(invoice)).toEqual(invoice);
    const orderNet = computeQuoteTotals(order).lines.reduce((sum, line) => sum + line.net, 0);
    const billedNet = invoices.reduce(
      (sum, inv) => sum + inv.totals.subtotal - inv.totals.discount,
      0,
    );
    expect(billedNet).toBe(orderNet);
    expect(() =>
      invoiceMilestone({ order, invoices, percentBps: 1, label: 'x', ...input(4) }),
    ).toThrow(expect.objectContaining({ code: 'milestoneOverHundred' }));
  });

  it('spreads odd cents by cumulative rounding', () => {
    const odd: Order = { ...order, lines: [{ ...line2, quantityMilli: 1_000, unitPrice: 100 }] };
    const invoices: Invoice[] = [];
    for (let n = 1; n <= 3; n += 1) {
      invoices.push(
        invoiceMilestone({
          order: odd,
          invoices,
          percentBps: n === 3 ? 3_334 : 3_333,
          label: 'Part',
          ...input(n),
        }),
      );
    }
    expect(invoices.map((inv) => inv.lines[0]?.unitPrice)).toEqual([33, 34, 33]);
  });

  it('never mixes milestones with shipped quantities', () => {
    const byQuantity = invoiceShippedQuantities({ order, invoices: [], ...input(1) });
    expect(() =>
      invoiceMilestone({
        order,
        invoices: [byQuantity],
        percentBps: 5_000,
        label: 'x',
        ...input(2),
      }),
    ).toThrow(expect.objectContaining({ code: 'mixedInvoicingModes' }));
    const milestone = invoiceMilestone({
      order,
      invoices: [],
      percentBps: 5_000,
      label: 'x',
      ...input(3),
    });
    expect(() => invoiceShippedQuantities({ order, invoices: [milestone], ...input(4) })).toThrow(
      expect.objectContaining({ code: 'mixedInvoicingModes' }),
    );
  });
});

describe('issuing', () => {
  it('sets the due date from the payment terms', () => {
    expect(dueDate({ issuedOn: '2026-03-16', paymentTermsDays: 30 })).toBe('2026-04-15');
    const draft = invoiceShippedQuantities({ order, invoices: [], ...input(1) });
    expect(
      issueInvoice({ invoice: draft, actor: finance, issuedOn: '2026-03-16', now }),
    ).toMatchObject({
      status: 'issued',
      issuedOn: '2026-03-16',
      dueOn: '2026-04-30',
    });
    expect(() => issueInvoice({ invoice: draft, actor: rep, issuedOn: '2026-03-16', now })).toThrow(
      expect.objectContaining({ code: 'roleNotAllowed' }),
    );
  });
});
