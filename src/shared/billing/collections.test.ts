import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Invoice } from '../domain/invoice.ts';
import { agingBucket, arAging } from './arAging.ts';
import { creditHoldStatus } from './creditHold.ts';
import { dunningTask, nextDunningAction, recordDunningNotice } from './dunning.ts';

const account = exampleRecords.accounts.id;
const other = exampleRecords.contacts.id;
const uuid = (n: number) => `0195a3c2-7f00-7000-8000-0000000009${String(n).padStart(2, '0')}`;
const invoice = (
  n: number,
  total: number,
  dueOn: string,
  changes: Partial<Invoice> = {},
): Invoice => ({
  ...exampleRecords.invoices,
  id: uuid(n),
  number: `INV-2026-00${n}`,
  accountId: account,
  status: 'issued',
  dueOn,
  totals: { subtotal: total, discount: 0, tax: 0, total },
  payments: [],
  ...changes,
});
const today = '2026-06-30';

describe('AR aging buckets', () => {
  it.each([
    ['2026-07-15', 'current'],
    ['2026-06-30', 'current'],
    ['2026-06-29', 'days1to30'],
    ['2026-05-31', 'days1to30'],
    ['2026-05-30', 'days31to60'],
    ['2026-05-01', 'days31to60'],
    ['2026-04-30', 'days61to90'],
    ['2026-04-01', 'days61to90'],
    ['2026-03-31', 'over90'],
    ['2025-01-01', 'over90'],
  ])('an invoice due %s is %s on 2026-06-30', (dueOn, bucket) => {
    const [row] = arAging({ invoices: [invoice(1, 100, dueOn)], today });
    expect(row?.[bucket as 'current']).toBe(100);
    expect(row?.total).toBe(100);
  });

  it('leaves Feb 29 and year ends to the calendar', () => {
    expect(agingBucket(0)).toBe('current');
    const [row] = arAging({ invoices: [invoice(1, 1, '2028-02-29')], today: '2028-03-30' });
    expect(row?.days1to30).toBe(1);
    const [newYear] = arAging({ invoices: [invoice(1, 1, '2026-12-02')], today: '2027-01-31' });
    expect(newYear?.days31to60).toBe(1);
  });

  it('sums open balances per customer and currency, skipping paid, void and draft', () => {
    const rows = arAging({
      today,
      invoices: [
        invoice(1, 10_000, '2026-06-01', {
          status: 'partially_paid',
          payments: [
            {
              ...exampleRecords.invoices.payments[0],
              id: uuid(80),
              amount: { amount: 4_000, currency: 'CNY' },
            } as Invoice['payments'][number],
          ],
        }),
        invoice(2, 20_000, '2026-01-01', { status: 'overdue' }),
        invoice(3, 30_000, '2026-07-30'),
        invoice(4, 99, '2026-01-01', { status: 'paid' }),
        invoice(5, 99, '2026-01-01', { status: 'void' }),
        invoice(6, 99, '2026-01-01', { status: 'draft' }),
        invoice(7, 700, '2026-06-20', { currency: 'USD' }),
        invoice(8, 800, '2026-06-20', { accountId: other }),
      ],
    });
    expect(rows).toEqual(
      [
        {
          accountId: account,
          currency: 'CNY',
          current: 30_000,
          days1to30: 6_000,
          days31to60: 0,
          days61to90: 0,
          over90: 20_000,
          total: 56_000,
        },
        {
          accountId: account,
          currency: 'USD',
          current: 0,
          days1to30: 700,
          days31to60: 0,
          days61to90: 0,
          over90: 0,
          total: 700,
        },
        {
          accountId: other,
          currency: 'CNY',
          current: 0,
          days1to30: 800,
          days31to60: 0,
          days61to90: 0,
          over90: 0,
          total: 800,
        },
      ].sort(
        (a, b) => a.accountId.localeCompare(b.accountId) || a.currency.localeCompare(b.currency),
      ),
    );
  });
});

describe('dunning', () => {
  const due = invoice(1, 10_000, '2026-06-01');
  const actor = { id: 'user-finance-chen', role: 'finance' as const };

  it.each([
    ['2026-06-01', { kind: 'send', level: 'reminder', on: '2026-06-02', due: false }],
    ['2026-06-02', { kind: 'send', level: 'reminder', on: '2026-06-02', due: true }],
    ['2026-07-20', { kind: 'send', level: 'reminder', on: '2026-06-02', due: true }],
  ])('on %s without notices: %o', (day, action) => {
    expect(nextDunningAction({ invoice: due, today: day })).toEqual(action);
  });

  it('walks reminder → second reminder → final notice → escalation', () => {
    const one = recordDunningNotice({
      invoice: due,
      level: 'reminder',
      actor,
      now: '2026-06-02T01:00:00.000Z',
    });
    expect(nextDunningAction({ invoice: one, today: '2026-06-10' })).toEqual({
      kind: 'send',
      level: 'second_reminder',
      on: '2026-06-16',
      due: false,
    });
    // Sent late: the final notice still waits the minimum gap.
    const two = recordDunningNotice({
      invoice: one,
      level: 'second_reminder',
      actor,
      now: '2026-06-28T01:00:00.000Z',
    });
    expect(nextDunningAction({ invoice: two, today: '2026-07-01' })).toEqual({
      kind: 'send',
      level: 'final_notice',
      on: '2026-07-05',
      due: false,
    });
    const three = recordDunningNotice({
      invoice: two,
      level: 'final_notice',
      actor,
      now: '2026-07-05T01:00:00.000Z',
    });
    expect(nextDunningAction({ invoice: three, today: '2026-07-19' })).toEqual({
      kind: 'escalate',
      on: '2026-07-19',
      due: true,
    });
    expect(dunningTask({ invoice: three, today: '2026-07-19', assigneeId: actor.id })).toEqual({
      kind: 'dunningEscalation',
      key: `dunningEscalation:${due.id}`,
      params: { invoiceNumber: due.number, balanceDue: 10_000, currency: 'CNY' },
      related: { collection: 'accounts', id: account },
      dueAt: '2026-07-19T00:00:00.000Z',
      assigneeId: actor.id,
    });
  });

  it('sends notices in order only, and none for settled invoices', () => {
    expect(() =>
      recordDunningNotice({
        invoice: due,
        level: 'final_notice',
        actor,
        now: '2026-07-05T00:00:00.000Z',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'dunningOutOfOrder',
        params: expect.objectContaining({ expected: 'reminder' }),
      }),
    );
    expect(nextDunningAction({ invoice: { ...due, status: 'paid' }, today })).toEqual({
      kind: 'none',
    });
    expect(
      dunningTask({ invoice: { ...due, status: 'written_off' }, today, assigneeId: 'x' }),
    ).toBeUndefined();
    expect(dunningTask({ invoice: due, today, assigneeId: 'x' })?.kind).toBe('dunningReminder');
  });
});

describe('credit hold', () => {
  const limited = { id: account, creditLimit: { amount: 50_000, currency: 'CNY' } };

  it.each<[string, Invoice[], object]>([
    [
      'within the limit',
      [invoice(1, 50_000, '2026-06-15')],
      { onHold: false, reasons: [], exposure: 50_000, maxDaysOverdue: 15 },
    ],
    [
      'over the limit',
      [invoice(1, 30_000, '2026-07-15'), invoice(2, 20_001, '2026-07-15')],
      { onHold: true, reasons: ['overLimit'], exposure: 50_001, maxDaysOverdue: 0 },
    ],
    [
      'exactly 90 days overdue',
      [invoice(1, 1, '2026-04-01')],
      { onHold: false, reasons: [], maxDaysOverdue: 90 },
    ],
    [
      '91 days overdue',
      [invoice(1, 1, '2026-03-31')],
      { onHold: true, reasons: ['overdue90'], maxDaysOverdue: 91 },
    ],
    [
      'paid long ago',
      [invoice(1, 999_999, '2025-01-01', { status: 'paid' })],
      { onHold: false, reasons: [], exposure: 0 },
    ],
    [
      'another currency',
      [invoice(1, 999_999, '2026-07-15', { currency: 'USD' })],
      { onHold: false, exposure: 0 },
    ],
  ])('%s', (_label, invoices, expected) => {
    expect(creditHoldStatus({ account: limited, invoices, today })).toMatchObject(expected);
  });

  it('holds by hand and ignores other accounts', () => {
    expect(
      creditHoldStatus({ account: { id: account, creditHold: true }, invoices: [], today }),
    ).toEqual({
      onHold: true,
      reasons: ['manual'],
      maxDaysOverdue: 0,
    });
    expect(
      creditHoldStatus({
        account: limited,
        invoices: [invoice(1, 99_999, '2025-01-01', { accountId: other })],
        today,
      }).onHold,
    ).toBe(false);
  });
});
