import { describe, expect, it } from 'vitest';
import type { Invoice } from '../domain/invoice.ts';
import {
  agingTotals,
  collectedInPeriod,
  daysSalesOutstanding,
  orderToCashDays,
  overdueAmount,
  writtenOffInPeriod,
} from './cashMetrics.ts';
import { reportingCurrency } from './reportingCurrency.ts';

const cny = reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' });
const q1 = { start: '2026-01-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' };

type Shape = Parameters<typeof daysSalesOutstanding>[0]['invoices'][number];

function invoice(partial: Partial<Shape> & Pick<Shape, 'id' | 'totals'>): Shape {
  return {
    accountId: 'acc-1',
    status: 'issued',
    currency: 'CNY',
    payments: [],
    ...partial,
  };
}

const totals = (total: number) => ({ subtotal: total, discount: 0, tax: 0, total });
const payment = (amount: number, receivedOn: string): Invoice['payments'][number] => ({
  id: `p-${amount}-${receivedOn}`,
  amount: { amount, currency: 'CNY' },
  method: 'bank_transfer',
  receivedOn,
  recordedBy: 'finance-1',
});

// Worked by hand (docs/metrics.md uses the same example):
// Q1 2026 has 31 + 28 + 31 = 90 days. Invoices issued in Q1: A ¥1,000.00 (paid in February),
// B ¥2,000.00 (¥500.00 paid in March), C ¥1,500.00 (unpaid); credit sales = ¥4,500.00.
// D ¥600.00 from December is still unpaid; E was issued and voided in Q1 (not a sale).
// Receivables on 1 April = B 1,500 + C 1,500 + D 600 = ¥3,600.00.
// DSO = 3,600 ÷ (4,500 ÷ 90) = 3,600 ÷ 50 = 72 days.
const q1Invoices: Shape[] = [
  invoice({
    id: 'A',
    issuedOn: '2026-01-10',
    dueOn: '2026-02-09',
    totals: totals(100_000),
    status: 'paid',
    payments: [payment(100_000, '2026-02-05')],
  }),
  invoice({
    id: 'B',
    issuedOn: '2026-02-15',
    dueOn: '2026-03-17',
    totals: totals(200_000),
    status: 'partially_paid',
    payments: [payment(50_000, '2026-03-20')],
  }),
  invoice({ id: 'C', issuedOn: '2026-03-25', dueOn: '2026-04-24', totals: totals(150_000) }),
  invoice({ id: 'D', issuedOn: '2025-12-20', dueOn: '2026-01-19', totals: totals(60_000) }),
  invoice({
    id: 'E',
    issuedOn: '2026-02-01',
    totals: totals(999_999),
    status: 'void',
    voidedAt: '2026-02-02T09:00:00.000Z',
  }),
];

describe('days sales outstanding', () => {
  it('matches the example worked by hand', () => {
    const dso = daysSalesOutstanding({ invoices: q1Invoices, period: q1, reporting: cny });
    expect(dso.periodDays).toBe(90);
    expect(dso.sales.amount).toBe(450_000);
    expect(dso.receivables.amount).toBe(360_000);
    expect(dso.receivables.ids.sort()).toEqual(['B', 'C', 'D']);
    expect(dso.days).toBe(72);
  });

  it('reads balances as they were at the end of the period, not as they are today', () => {
    // B is paid in full in April: Q1's receivables do not change.
    const later = q1Invoices.map((row) =>
      row.id === 'B'
        ? {
            ...row,
            status: 'paid' as const,
            payments: [...row.payments, payment(150_000, '2026-04-03')],
          }
        : row,
    );
    expect(daysSalesOutstanding({ invoices: later, period: q1, reporting: cny }).days).toBe(72);
  });

  it('has no value for a period without credit sales', () => {
    const empty = { start: '2027-01-01T00:00:00.000Z', end: '2027-02-01T00:00:00.000Z' };
    const dso = daysSalesOutstanding({ invoices: q1Invoices, period: empty, reporting: cny });
    expect(dso.sales.amount).toBe(0);
    expect(dso.days).toBeUndefined();
    expect(daysSalesOutstanding({ invoices: [], period: q1, reporting: cny }).days).toBeUndefined();
  });
});

describe('collections figures', () => {
  it('sums what was collected and written off in the period', () => {
    const withWriteOff = [
      ...q1Invoices,
      invoice({
        id: 'F',
        issuedOn: '2025-06-01',
        totals: totals(80_000),
        status: 'written_off',
        writeOff: {
          amount: { amount: 80_000, currency: 'CNY' },
          reason: 'Bankrupt',
          by: 'finance-1',
          at: '2026-03-31T23:59:59.000Z',
        },
      }),
    ];
    expect(collectedInPeriod({ invoices: withWriteOff, period: q1, reporting: cny }).amount).toBe(
      150_000,
    );
    const writtenOff = writtenOffInPeriod({ invoices: withWriteOff, period: q1, reporting: cny });
    expect(writtenOff).toEqual({ amount: 80_000, excluded: 0, ids: ['F'] });
  });

  it('finds overdue balances and buckets them by age on a given day', () => {
    // On 2026-04-20: B due 03-17 is 34 days over (31-60), D due 01-19 is 91 days over (90+),
    // C due 04-24 is current.
    const today = '2026-04-20';
    expect(overdueAmount({ invoices: q1Invoices, today, reporting: cny })).toEqual({
      amount: 210_000,
      excluded: 0,
      ids: ['B', 'D'],
    });
    expect(agingTotals({ invoices: q1Invoices, today, reporting: cny })).toEqual({
      current: 150_000,
      days1to30: 0,
      days31to60: 150_000,
      days61to90: 0,
      over90: 60_000,
      excluded: 0,
    });
  });

  it('converts other currencies at the reference rate and counts what it cannot convert', () => {
    const reporting = reportingCurrency({
      currencies: {
        kind: 'currencies',
        baseCurrency: 'CNY',
        enabled: ['CNY', 'USD', 'EUR'],
        rates: [
          { currency: 'USD', rate: { amount: 700, scale: 2 }, asOf: '2026-01-01' },
          { currency: 'USD', rate: { amount: 724, scale: 2 }, asOf: '2026-03-01' },
        ],
      },
      fallbackCurrency: 'CNY',
    });
    const mixed = [
      invoice({ id: 'U', currency: 'USD', issuedOn: '2026-01-05', totals: totals(10_000) }),
      invoice({ id: 'X', currency: 'EUR', issuedOn: '2026-01-05', totals: totals(10_000) }),
    ];
    const sales = daysSalesOutstanding({ invoices: mixed, period: q1, reporting }).sales;
    // $100.00 at the latest rate 7.24 = ¥724.00; the euro invoice has no rate.
    expect(sales).toEqual({ amount: 72_400, excluded: 1, ids: ['U'] });
  });
});

describe('order to cash', () => {
  it('counts days from confirmation to the payment that settled the last invoice', () => {
    const orders = [
      { id: 'O1', confirmedAt: '2026-01-02T10:00:00.000Z' },
      { id: 'O2', confirmedAt: '2026-02-01T10:00:00.000Z' },
    ];
    const invoices = [
      invoice({
        id: 'I1',
        orderId: 'O1',
        issuedOn: '2026-01-10',
        totals: totals(100),
        status: 'paid',
        payments: [payment(100, '2026-02-01')],
      }),
      invoice({
        id: 'I2',
        orderId: 'O1',
        issuedOn: '2026-01-20',
        totals: totals(100),
        status: 'paid',
        payments: [payment(100, '2026-03-03')],
      }),
      // O2 is only partly paid: not counted yet.
      invoice({
        id: 'I3',
        orderId: 'O2',
        issuedOn: '2026-02-10',
        totals: totals(100),
        status: 'partially_paid',
        payments: [payment(50, '2026-03-01')],
      }),
    ];
    // 2026-01-02 → 2026-03-03 = 29 + 28 + 3 = 60 days.
    expect(orderToCashDays({ orders, invoices, period: q1 })).toEqual({
      meanDays: 60,
      ids: ['O1'],
    });
  });
});
