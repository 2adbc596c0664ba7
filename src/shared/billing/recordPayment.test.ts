import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Invoice, invoiceSchema } from '../domain/invoice.ts';
import { voidInvoice, writeOffInvoice } from './closeInvoice.ts';
import { invoiceBalance } from './invoiceBalance.ts';
import { accountCredit, allocatePayment, recordPayment } from './recordPayment.ts';

const finance = { id: 'user-finance-chen', role: 'finance' as const };
const rep = { id: 'user-wang-li', role: 'rep' as const };
const now = '2026-04-01T02:00:00.000Z';
const uuid = (n: number) => `0195a3c2-7f00-7000-8000-0000000008${String(n).padStart(2, '0')}`;
const issued = (n: number, total: number, dueOn: string): Invoice => ({
  ...exampleRecords.invoices,
  id: uuid(n),
  number: `INV-2026-000${n}`,
  status: 'issued',
  dueOn,
  totals: { subtotal: total, discount: 0, tax: 0, total },
  payments: [],
});
const a = issued(1, 10_000, '2026-03-01');
const b = issued(2, 20_000, '2026-02-01');
const c = issued(3, 5_000, '2026-04-01');
let counter = 50;
const newId = () => uuid(counter++);
const receipt = (amount: number) => ({
  receiptId: uuid(99),
  amount: { amount, currency: 'CNY' },
  method: 'bank_transfer' as const,
  receivedOn: '2026-04-01',
  reference: 'ICBC-1',
});

describe('allocatePayment', () => {
  it('pays the oldest due first, then leaves credit', () => {
    expect(
      allocatePayment({ amount: { amount: 25_000, currency: 'CNY' }, invoices: [a, b, c] }),
    ).toEqual({
      applications: [
        { invoiceId: b.id, amount: 20_000 },
        { invoiceId: a.id, amount: 5_000 },
      ],
      credit: 0,
    });
    expect(
      allocatePayment({ amount: { amount: 40_000, currency: 'CNY' }, invoices: [a, b, c] }).credit,
    ).toBe(5_000);
  });

  it('skips other currencies, closed invoices and follows what the payer asked', () => {
    const usd = { ...a, id: uuid(9), currency: 'USD' };
    const paid = { ...c, status: 'paid' as const };
    expect(
      allocatePayment({
        amount: { amount: 12_000, currency: 'CNY' },
        invoices: [usd, paid, a, b],
        requested: [{ invoiceId: a.id, amount: 10_000 }],
      }),
    ).toEqual({ applications: [{ invoiceId: a.id, amount: 10_000 }], credit: 2_000 });
    expect(() =>
      allocatePayment({
        amount: { amount: 12_000, currency: 'CNY' },
        invoices: [a],
        requested: [{ invoiceId: a.id, amount: 11_000 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'invalidAllocation' }));
    expect(() =>
      allocatePayment({
        amount: { amount: 1, currency: 'CNY' },
        invoices: [usd],
        requested: [{ invoiceId: usd.id, amount: 1 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'invoiceNotOpen' }));
    expect(() =>
      allocatePayment({ amount: { amount: 0, currency: 'CNY' }, invoices: [a] }),
    ).toThrow(expect.objectContaining({ code: 'invalidPaymentAmount' }));
  });
});

describe('recordPayment', () => {
  it('records a partial payment across invoices and moves their statuses', () => {
    const result = recordPayment({
      invoices: [a, b, c],
      payment: receipt(25_000),
      actor: finance,
      newId,
      now,
    });
    expect(result.credit).toBe(0);
    expect(
      result.invoices.map((inv) => [inv.number, inv.status, invoiceBalance(inv).balanceDue]),
    ).toEqual([
      ['INV-2026-0001', 'partially_paid', 5_000],
      ['INV-2026-0002', 'paid', 0],
    ]);
    const payment = result.invoices[0]?.payments[0];
    expect(payment).toMatchObject({
      amount: { amount: 5_000, currency: 'CNY' },
      receiptId: uuid(99),
      recordedBy: finance.id,
      reference: 'ICBC-1',
    });
    for (const invoice of result.invoices) expect(invoiceSchema.parse(invoice)).toEqual(invoice);
  });

  it('keeps an overpayment as credit on the last invoice paid', () => {
    const result = recordPayment({
      invoices: [a],
      payment: receipt(12_500),
      actor: finance,
      newId,
      now,
    });
    expect(result.credit).toBe(2_500);
    expect(result.invoices[0]?.status).toBe('paid');
    expect(accountCredit({ invoices: result.invoices, currency: 'CNY' })).toBe(2_500);
  });

  it('pays an overdue invoice in part', () => {
    const overdue = { ...a, status: 'overdue' as const };
    expect(
      recordPayment({ invoices: [overdue], payment: receipt(1), actor: finance, newId, now })
        .invoices[0]?.status,
    ).toBe('partially_paid');
  });

  it('refuses reps and payments with nowhere to go', () => {
    expect(() =>
      recordPayment({ invoices: [a], payment: receipt(1), actor: rep, newId, now }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    expect(() =>
      recordPayment({
        invoices: [{ ...a, status: 'paid' }],
        payment: receipt(1),
        actor: finance,
        newId,
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'noOpenInvoice' }));
  });
});

describe('void and write-off', () => {
  it('voids an unpaid invoice with a reason, never a paid one', () => {
    expect(
      voidInvoice({ invoice: a, actor: finance, reason: ' Wrong customer ', now }),
    ).toMatchObject({
      status: 'void',
      voidReason: 'Wrong customer',
      voidedAt: now,
    });
    expect(() => voidInvoice({ invoice: a, actor: finance, reason: '', now })).toThrow(
      expect.objectContaining({ code: 'reasonRequired' }),
    );
    expect(() =>
      voidInvoice({ invoice: exampleRecords.invoices, actor: finance, reason: 'x', now }),
    ).toThrow(expect.objectContaining({ code: 'invoiceHasPayments' }));
  });

  it('writes off the unpaid rest, for finance and admins only', () => {
    const partly = exampleRecords.invoices;
    const written = writeOffInvoice({
      invoice: partly,
      actor: { id: 'boss', role: 'admin' },
      reason: 'Customer bankrupt',
      now,
    });
    expect(written.writeOff).toEqual({
      amount: { amount: 2_000_953, currency: 'CNY' },
      reason: 'Customer bankrupt',
      by: 'boss',
      at: now,
    });
    expect(invoiceBalance(written).balanceDue).toBe(0);
    for (const role of ['rep', 'manager'] as const) {
      expect(() =>
        writeOffInvoice({ invoice: partly, actor: { id: 'x', role }, reason: 'x', now }),
      ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    }
  });
});
