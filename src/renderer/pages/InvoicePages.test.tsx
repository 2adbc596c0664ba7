import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activity.ts';
import type { Invoice } from '../../shared/domain/invoice.ts';
import type { FieldbookData } from '../data/index.ts';
import {
  actAs,
  movableClock,
  openInvoicesTestData,
  renderInvoicesApp,
  seedShippedOrder,
} from '../modules/invoices/testing/invoicesTestData.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  actAs('finance');
  data = await openInvoicesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function stored(id: string): Promise<Invoice | undefined> {
  return (await data.db.collections.invoices?.findOne(id).exec())?.toJSON() as Invoice | undefined;
}

describe('invoices list and detail', () => {
  it('shows a provisional number and takes a partial payment', async () => {
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { order, invoices } = await seedShippedOrder(data, clock);
    const invoice = await invoices.invoiceShipped(order.id, { issue: true });
    const { user } = renderInvoicesApp(data, '/invoices', clock);

    const table = await screen.findByRole('table', { name: 'Invoices' });
    const row = within(table).getByRole('link', { name: invoice.number }).closest('tr');
    if (!row) throw new Error('no row for the invoice');
    expect(invoice.number).toMatch(/^PROV-INV-2026-/);
    expect(within(row).getByText('Provisional')).toBeTruthy();
    expect(await within(row).findByText('杭州云帆科技')).toBeTruthy();
    // 3 shipped × 1,000.00 + 13 % tax, nothing paid yet; due 30 days after issue.
    expect(within(row).getAllByText('CN¥3,390.00')).toHaveLength(2);
    expect(within(row).getByText('Issued')).toBeTruthy();
    expect(within(row).getByText('Dec 2, 2026')).toBeTruthy();

    await user.click(within(row).getByRole('link', { name: invoice.number }));
    await screen.findByRole('heading', { level: 1, name: new RegExp(invoice.number) });
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record payment' });
    await user.type(within(dialog).getByLabelText(/^Amount \(CNY\)/), '1390');
    expect(within(dialog).getByLabelText(/^Received on/)).toHaveProperty('value', '2026-11-02');
    await user.type(within(dialog).getByLabelText('Reference'), 'ICBC 1102-01');
    expect(within(dialog).getByRole('checkbox', { name: invoice.number })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Partially paid')).toBeTruthy();
    expect(screen.getByTestId('invoice-balance').textContent).toBe('CN¥2,000.00');
    const payments = screen.getByRole('table', { name: 'Payments' });
    expect(within(payments).getByText('ICBC 1102-01')).toBeTruthy();
    expect(within(payments).getByText('Bank transfer')).toBeTruthy();
    expect(await stored(invoice.id)).toMatchObject({
      status: 'partially_paid',
      payments: [{ amount: { amount: 1390_00, currency: 'CNY' }, reference: 'ICBC 1102-01' }],
    });
  });

  it('shows discounted lines on the order and its invoice with figures that add up', async () => {
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { order, invoices } = await seedShippedOrder(data, clock, {
      lines: [
        { description: 'Handheld scanner', quantity: 4, unitPrice: 1000_00, discountBps: 1000 },
        { description: 'Charging dock', quantity: 2, unitPrice: 500_00 },
      ],
      orderDiscountBps: 500,
      shipments: [[4, 2]],
    });
    const invoice = await invoices.invoiceShipped(order.id, { issue: true });
    // Lines after their own discount: 3,600.00 and 1,000.00, so a subtotal of 4,600.00; 5 % off
    // the order is 230.00, then 13 % tax on 4,370.00.
    const expected = {
      subtotal: 'CN¥4,600.00',
      orderDiscount: '−CN¥230.00',
      tax: 'CN¥568.10',
      total: 'CN¥4,938.10',
    };
    const { router, user } = renderInvoicesApp(data, `/orders/${order.id}`, clock);
    const orderLines = await screen.findByRole('table', { name: 'Order lines' });
    const scanner = within(orderLines).getByRole('row', { name: /Handheld scanner/ });
    expect(within(scanner).getByText('10%')).toBeTruthy();
    expect(within(scanner).getByText('CN¥3,600.00')).toBeTruthy();
    expect(screen.getByText('Order discount 5%')).toBeTruthy();
    for (const [key, value] of Object.entries(expected)) {
      expect(screen.getByTestId(`order-${key}`).textContent).toBe(value);
    }

    await router.navigate(`/invoices/${invoice.id}`);
    const invoiceLines = await screen.findByRole('table', { name: 'Lines' });
    const dock = within(invoiceLines).getByRole('row', { name: /Charging dock/ });
    expect(within(dock).getByText('—')).toBeTruthy();
    expect(within(dock).getByText('CN¥1,000.00')).toBeTruthy();
    for (const [key, value] of Object.entries(expected)) {
      expect(screen.getByTestId(`invoice-${key}`).textContent).toBe(value);
    }

    // The document the customer gets prints the same figures, and how to pay.
    await user.click(screen.getByRole('link', { name: 'Invoice document' }));
    const sheet = await screen.findByRole('article', { name: 'Invoice' });
    expect(within(sheet).getByText('杭州云帆科技')).toBeTruthy();
    // The order's number loads beside the invoice.
    expect(
      await within(sheet).findByText('SO-2026-A2-0007', undefined, { timeout: 5_000 }),
    ).toBeTruthy();
    const rows = within(sheet)
      .getAllByRole('row')
      .map((tr) => tr.textContent);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1Handheld scanner4CN¥1,000.0010%13%CN¥3,600.00$/),
        'SubtotalCN¥4,600.00',
        'Order discount 5%-CN¥230.00',
        'TaxCN¥568.10',
        'Total (CNY)CN¥4,938.10',
      ]),
    );
    expect(
      within(sheet).getByText(
        `Please pay CN¥4,938.10 by December 2, 2026, quoting invoice ${invoice.number}.`,
      ),
    ).toBeTruthy();
  });

  it('sends a reminder on an overdue invoice, with the next step as a task, and prints the letter', async () => {
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { account, order, invoices } = await seedShippedOrder(data, clock);
    const invoice = await invoices.invoiceShipped(order.id, { issue: true });
    clock.advanceDays(40);
    const { user, router } = renderInvoicesApp(data, `/invoices/${invoice.id}`, clock);

    expect(await screen.findByText('10 days overdue')).toBeTruthy();
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getByText('Reminder due')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send reminder' }));
    expect(await screen.findByText(/^Reminder sent/)).toBeTruthy();
    const tasks = (await data.db.collections.activities?.find().exec())?.map(
      (doc) => doc.toJSON() as Activity,
    );
    expect(tasks).toMatchObject([
      {
        type: 'task',
        subject: `Send a second reminder for invoice ${invoice.number}`,
        related: { collection: 'accounts', id: account.id },
        // Second reminder: 15 days after the due date (Dec 17), but not within 7 days of the first.
        dueAt: '2026-12-19T00:00:00.000Z',
        done: false,
      },
    ]);

    await user.click(screen.getByRole('link', { name: 'Reminder letter' }));
    expect(router.state.location.pathname).toBe(`/invoices/${invoice.id}/reminder`);
    const letter = await screen.findByRole('article', { name: 'Payment reminder' });
    expect(within(letter).getByText('Dear 杭州云帆科技,')).toBeTruthy();
    expect(within(letter).getAllByText('CN¥3,390.00').length).toBeGreaterThan(0);
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
  });

  it('writes off the rest and voids an unpaid invoice, each with a reason', async () => {
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { order, invoices } = await seedShippedOrder(data, clock);
    const first = await invoices.invoiceShipped(order.id, { issue: true });
    const { user, router } = renderInvoicesApp(data, `/invoices/${first.id}`, clock);

    await user.click(await screen.findByRole('button', { name: 'Void' }));
    const voidDialog = await screen.findByRole('dialog', { name: `Void invoice ${first.number}` });
    await user.click(within(voidDialog).getByRole('button', { name: 'Void invoice' }));
    expect(within(voidDialog).getByText('Enter why the invoice is voided.')).toBeTruthy();
    await user.type(within(voidDialog).getByLabelText(/^Reason/), 'Wrong billing address');
    await user.click(within(voidDialog).getByRole('button', { name: 'Void invoice' }));
    expect(await screen.findByText('Voided: Wrong billing address')).toBeTruthy();

    // The voided quantities can be invoiced again; this one is written off.
    const second = await invoices.invoiceShipped(order.id, { issue: true });
    await router.navigate(`/invoices/${second.id}`);
    await user.click(await screen.findByRole('button', { name: 'Write off' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Write off invoice ${second.number}`,
    });
    await user.type(within(dialog).getByLabelText(/^Reason/), '客户破产清算');
    await user.click(within(dialog).getByRole('button', { name: 'Write off' }));
    expect(await screen.findByText('Written off: 客户破产清算')).toBeTruthy();
    expect((await stored(second.id))?.status).toBe('written_off');
  });

  it('keeps the money actions away from reps', async () => {
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { order, invoices } = await seedShippedOrder(data, clock);
    const invoice = await invoices.invoiceShipped(order.id, { issue: true });
    actAs('rep');
    renderInvoicesApp(data, `/invoices/${invoice.id}`, clock);
    expect(
      await screen.findByText('Only finance can issue invoices and take payments.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record payment' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Receivables' })).toBeNull();
  });
});

describe('receivables', () => {
  it('ages open balances by customer in buckets, with dunning and next action', async () => {
    const clock = movableClock('2026-09-01T08:00:00.000Z');
    const { order, invoices } = await seedShippedOrder(data, clock);
    const old = await invoices.invoiceMilestone(order.id, {
      label: 'Down payment',
      percentBps: 3000,
      issue: true,
    });
    clock.advanceDays(60);
    const recent = await invoices.invoiceMilestone(order.id, {
      label: 'Delivery',
      percentBps: 5000,
      issue: true,
    });
    // Today: Nov 20. The down payment was due Oct 1 (50 days late), delivery Nov 30 (not due).
    clock.advanceDays(20);
    const { user } = renderInvoicesApp(data, '/receivables', clock);

    const table = await screen.findByRole('table', { name: 'AR aging' });
    const [head] = within(table).getAllByRole('rowgroup');
    if (!head) throw new Error('no table head');
    const headers = within(head)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Customer',
      'Current',
      '1–30',
      '31–60',
      '61–90',
      '90+',
      'Total',
      'Collections',
    ]);
    const row = within(table).getByRole('link', { name: '杭州云帆科技' }).closest('tr');
    if (!row) throw new Error('no aging row');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // 30 % and 50 % of 4,000.00 net, plus 13 % tax.
    // The row names its currency once, under the customer; the cells hold the amounts.
    expect(cells[0]).toContain('CNY');
    expect(cells.slice(1, 7)).toEqual(['2,260.00', '—', '1,356.00', '—', '—', '3,616.00']);
    expect(within(row).getByText('Reminder due')).toBeTruthy();
    expect(within(row).getByRole('link', { name: old.number })).toBeTruthy();
    expect(recent.dueOn).toBe('2026-11-30');
    expect(within(table).getByText('All customers (CNY)')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Invoices' }));
    expect(await screen.findByRole('table', { name: 'Invoices' })).toBeTruthy();
  });
});
