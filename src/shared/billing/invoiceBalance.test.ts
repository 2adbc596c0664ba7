import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Invoice } from '../domain/invoice.ts';
import { invoiceBalance, invoiceStatusAfterPayment, isInvoiceOverdue } from './invoiceBalance.ts';

const invoice = exampleRecords.invoices; // total ¥30,009.53, ¥10,000.00 paid
const payment = (amount: number, currency = 'CNY'): Invoice['payments'][number] => ({
  id: '0195a3c2-7f00-7000-8000-0000000000c2',
  amount: { amount, currency },
  method: 'alipay',
  receivedOn: '2026-04-01',
  recordedBy: 'user-finance-chen',
});

describe('invoiceBalance', () => {
  it('subtracts payments from the total', () => {
    expect(invoiceBalance(invoice)).toEqual({
      paid: 1_000_000,
      writtenOff: 0,
      balanceDue: 2_000_953,
    });
    expect(invoiceStatusAfterPayment(invoice)).toBe('partially_paid');
  });

  it('is paid when the payments cover the total, and shows an overpayment as negative', () => {
    const paid = { ...invoice, payments: [...invoice.payments, payment(2_000_953)] };
    expect(invoiceBalance(paid).balanceDue).toBe(0);
    expect(invoiceStatusAfterPayment(paid)).toBe('paid');
    const over = { ...invoice, payments: [...invoice.payments, payment(2_001_000)] };
    expect(invoiceBalance(over).balanceDue).toBe(-47);
    expect(invoiceStatusAfterPayment(over)).toBe('paid');
  });

  it('counts a write-off', () => {
    const writtenOff = {
      ...invoice,
      writeOff: {
        amount: { amount: 2_000_953, currency: 'CNY' },
        reason: 'Customer insolvent',
        by: 'user-finance-chen',
        at: '2026-09-01T00:00:00.000Z',
      },
    };
    expect(invoiceBalance(writtenOff)).toEqual({
      paid: 1_000_000,
      writtenOff: 2_000_953,
      balanceDue: 0,
    });
  });

  it('refuses a payment in another currency', () => {
    const mixed = { ...invoice, payments: [payment(100, 'USD')] };
    expect(() => invoiceBalance(mixed)).toThrow(
      expect.objectContaining({ code: 'currencyMismatch' }),
    );
  });

  it.each([
    ['before the due date', { status: 'partially_paid' as const }, '2026-04-15', false],
    [
      'after the due date with money due',
      { status: 'partially_paid' as const },
      '2026-04-16',
      true,
    ],
    ['after the due date but a draft', { status: 'draft' as const }, '2026-04-16', false],
    ['without a due date', { status: 'issued' as const, dueOn: undefined }, '2027-01-01', false],
    [
      'after the due date but fully paid',
      { status: 'issued' as const, payments: [payment(3_000_953)] },
      '2026-05-01',
      false,
    ],
  ])('overdue check: %s', (_what, patch, today, expected) => {
    expect(isInvoiceOverdue({ invoice: { ...invoice, ...patch }, today })).toBe(expected);
  });
});
