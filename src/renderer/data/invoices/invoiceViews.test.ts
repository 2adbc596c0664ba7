import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import { agingTotals, invoiceRow, receivableRows, selectInvoiceRows } from './invoiceViews.ts';

const base: Invoice = {
  ...exampleRecords.invoices,
  status: 'issued',
  payments: [],
  totals: { subtotal: 1000_00, discount: 0, tax: 130_00, total: 1130_00 },
};
const make = (id: string, patch: Partial<Invoice>): Invoice => ({
  ...base,
  id: `0195a3c2-7f00-7000-8000-00000000000${id}`,
  number: `INV-2026-000${id}`,
  ...patch,
});

describe('invoiceRow', () => {
  it('shows an open invoice past its due date as overdue, with its days and balance', () => {
    const row = invoiceRow(make('1', { dueOn: '2026-11-01' }), '2026-11-11');
    expect(row).toMatchObject({
      displayStatus: 'overdue',
      overdue: true,
      daysOverdue: 10,
      balanceDue: 1130_00,
      provisional: false,
    });
    expect(
      invoiceRow(make('2', { number: 'PROV-INV-2026-A2-0001' }), '2026-01-01').provisional,
    ).toBe(true);
  });
});

describe('selectInvoiceRows', () => {
  const invoices = [
    make('1', { dueOn: '2026-10-01', issuedOn: '2026-09-01' }),
    make('2', { dueOn: '2026-12-01', issuedOn: '2026-11-01' }),
    make('3', { status: 'paid', issuedOn: '2026-08-01' }),
  ];
  it.each([
    ['all', ['2', '1', '3']],
    ['open', ['2', '1']],
    ['overdue', ['1']],
    ['issued', ['2']],
    ['paid', ['3']],
  ] as const)('filters %s, newest first', (filter, ids) => {
    const rows = selectInvoiceRows({ invoices, filter, today: '2026-11-15' });
    expect(rows.map((row) => row.invoice.number.slice(-1))).toEqual(ids);
  });
});

describe('receivableRows', () => {
  it('buckets each customer, with the furthest reminder and the earliest next step', () => {
    const other = '0195a3c2-7f00-7000-8000-0000000000b2';
    const rows = receivableRows({
      today: '2026-11-20',
      invoices: [
        make('1', {
          dueOn: '2026-10-01',
          dunning: [{ level: 'reminder', sentAt: '2026-10-05T00:00:00.000Z', by: 'f' }],
        }),
        make('2', { dueOn: '2026-11-30' }),
        make('3', { accountId: other, dueOn: '2026-08-01' }),
        make('4', { status: 'void', dueOn: '2026-01-01' }),
      ],
    });
    expect(rows).toHaveLength(2);
    const mine = rows.find((row) => row.accountId === base.accountId);
    expect(mine).toMatchObject({
      current: 1130_00,
      days31to60: 1130_00,
      total: 2260_00,
      dunningLevel: 'reminder',
      nextAction: { kind: 'send', level: 'second_reminder', on: '2026-10-16', due: true },
      nextActionInvoice: { number: 'INV-2026-0001' },
      invoiceCount: 2,
    });
    expect(rows.find((row) => row.accountId === other)).toMatchObject({ over90: 1130_00 });
    expect(agingTotals(rows)).toEqual([
      {
        accountId: '',
        currency: 'CNY',
        current: 1130_00,
        days1to30: 0,
        days31to60: 1130_00,
        days61to90: 0,
        over90: 1130_00,
        total: 3390_00,
      },
    ]);
  });
});
