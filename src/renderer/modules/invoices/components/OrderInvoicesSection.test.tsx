import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../shared/domain/invoice.ts';
import type { FieldbookData } from '../../../data/index.ts';
import {
  actAs,
  movableClock,
  openInvoicesTestData,
  renderInvoicesApp,
  seedShippedOrder,
} from '../testing/invoicesTestData.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openInvoicesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function invoicesOf(orderId: string): Promise<Invoice[]> {
  const docs = await data.db.collections.invoices?.find({ selector: { orderId } }).exec();
  return (docs ?? []).map((doc) => doc.toJSON() as Invoice);
}

describe('invoicing from the order page', () => {
  it('bills what has shipped once, issued at once by finance with the due date from the terms', async () => {
    actAs('finance');
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { order } = await seedShippedOrder(data, clock);
    const { user } = renderInvoicesApp(data, `/orders/${order.id}`, clock);

    const section = await screen.findByRole('region', { name: 'Invoices and payments' });
    expect(within(section).getByText('Nothing invoiced yet.')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Invoice shipped quantities' }));
    const table = await within(section).findByRole('table', { name: 'Invoices and payments' });
    const [invoice] = await invoicesOf(order.id);
    expect(invoice).toMatchObject({
      status: 'issued',
      issuedOn: '2026-11-02',
      dueOn: '2026-12-02',
      lines: [{ quantityMilli: 3000 }],
    });
    expect(within(table).getByRole('link', { name: invoice?.number ?? '' })).toBeTruthy();
    expect(within(table).getByText('Provisional')).toBeTruthy();

    // Everything shipped is billed: a second click says so and makes nothing.
    await user.click(within(section).getByRole('button', { name: 'Invoice shipped quantities' }));
    expect(await screen.findByText('There is nothing left to invoice.')).toBeTruthy();
    expect(await invoicesOf(order.id)).toHaveLength(1);
  });

  it('lets a rep bill a milestone as a draft for finance to issue', async () => {
    actAs('rep');
    const clock = movableClock('2026-11-02T08:00:00.000Z');
    const { order } = await seedShippedOrder(data, clock);
    const { user } = renderInvoicesApp(data, `/orders/${order.id}`, clock);

    const section = await screen.findByRole('region', { name: 'Invoices and payments' });
    await user.click(within(section).getByRole('button', { name: 'Invoice milestone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invoice a milestone' });
    await user.type(within(dialog).getByLabelText(/^Share of the order/), '150');
    await user.click(within(dialog).getByRole('button', { name: 'Create invoice' }));
    expect(within(dialog).getByText('Name the milestone.')).toBeTruthy();
    expect(within(dialog).getByText('Enter a share between 0.01 and 100 %.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/^Milestone/), 'Down payment');
    await user.clear(within(dialog).getByLabelText(/^Share of the order/));
    await user.type(within(dialog).getByLabelText(/^Share of the order/), '30');
    await user.click(within(dialog).getByRole('button', { name: 'Create invoice' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(section).findByText('Draft')).toBeTruthy();
    expect(await invoicesOf(order.id)).toMatchObject([
      {
        status: 'draft',
        milestone: { label: 'Down payment', percentBps: 3000 },
        // 30 % of 4,000.00 net, plus 13 % tax.
        totals: { total: 1356_00 },
      },
    ]);
  });
});
