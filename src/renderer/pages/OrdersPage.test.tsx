import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import {
  actAs,
  commandsAs,
  openOrdersTestData,
  seedConfirmedOrder,
  seedScene,
} from '../modules/orders/testing/ordersTestData.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  actAs('rep');
  data = await openOrdersTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('orders list', () => {
  it('lists orders with customer, status and total, filtered by status', async () => {
    const scene = await seedScene(data);
    const confirmed = await seedConfirmedOrder(data, scene, 2_000);
    const draft = await commandsAs(data, 'rep').orders.createOrder({
      accountId: scene.account.id,
      currency: 'CNY',
      lines: [{ productId: scene.productId, quantityMilli: 1_000 }],
    });
    expect(draft.number).not.toBe(confirmed.number);
    const { user } = renderApp(data, { path: '/leads' });
    await user.click(await screen.findByRole('link', { name: 'Orders' }));
    const table = await screen.findByRole('table', { name: 'Orders' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const row = within(table).getByRole('row', { name: new RegExp(confirmed.number) });
    // Customer names come from the accounts, read beside the orders.
    expect(await within(row).findByText('Nordlicht GmbH')).toBeTruthy();
    expect(within(row).getByText('Confirmed')).toBeTruthy();
    // 2 × 1,299.00 + 13 % tax
    expect(within(row).getByText('CN¥2,935.74')).toBeTruthy();
    // Nothing shipped yet: 0 %, and the single line is not shipped in full.
    expect(within(row).getByText('0%')).toBeTruthy();
    expect(within(row).getByTitle('0 of 1 line shipped in full')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Draft');
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Orders' })).getAllByRole('row'),
      ).toHaveLength(2),
    );
    expect(screen.getByRole('link', { name: draft.number })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Closed');
    expect(await screen.findByText('No orders in this status.')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');
    await user.click(await screen.findByRole('link', { name: confirmed.number }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Order ${confirmed.number}` }),
    ).toBeTruthy();
  });

  it('shows the customer its orders on the account page and takes a direct order', async () => {
    const scene = await seedScene(data);
    const order = await seedConfirmedOrder(data, scene, 1_000);
    const { user, router } = renderApp(data, { path: `/accounts/${scene.account.id}` });
    const section = await screen.findByRole('region', { name: 'Orders' });
    expect(await within(section).findByRole('link', { name: order.number })).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'New order' }));
    const dialog = await screen.findByRole('dialog', { name: 'New order without a quote' });
    await user.click(within(dialog).getByRole('button', { name: 'Create draft order' }));
    expect(within(dialog).getByText('Choose a product.')).toBeTruthy();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Product, line 1' }),
      'FB-SCN-200 · Handheld scanner',
    );
    const quantity = within(dialog).getByRole('textbox', { name: 'Quantity, line 1' });
    await user.clear(quantity);
    await user.type(quantity, '3');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft order' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Order SO-\d{4}-/ })).toBeTruthy();
    const id = router.state.location.pathname.split('/').at(-1) ?? '';
    const stored = (await data.db.collections.orders?.findOne(id).exec())?.toJSON();
    expect(stored).toMatchObject({
      accountId: scene.account.id,
      status: 'draft',
      currency: 'CNY',
      lines: [expect.objectContaining({ productId: scene.productId, quantityMilli: 3_000 })],
    });
  });

  it('exports the orders the list shows, status filter applied, as a UTF-8 CSV with a BOM', async () => {
    const scene = await seedScene(data);
    const confirmed = await seedConfirmedOrder(data, scene, 2_000);
    const draft = await commandsAs(data, 'rep').orders.createOrder({
      accountId: scene.account.id,
      currency: 'CNY',
      lines: [{ productId: scene.productId, quantityMilli: 1_500 }],
    });
    // Watch the file the button hands to the browser (the real download path runs unchanged).
    const files: Blob[] = [];
    const saved = vi.spyOn(URL, 'createObjectURL');
    const downloads: string[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        downloads.push(event.target.download);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const { user } = renderApp(data, { path: '/orders' });
      const table = await screen.findByRole('table', { name: 'Orders' });
      await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Draft');
      await waitFor(() =>
        expect(
          within(screen.getByRole('table', { name: 'Orders' })).getAllByRole('row'),
        ).toHaveLength(2),
      );
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(downloads).toHaveLength(1));
      for (const call of saved.mock.calls) if (call[0] instanceof Blob) files.push(call[0]);
    } finally {
      document.removeEventListener('click', onClick, true);
      saved.mockRestore();
    }
    expect(downloads[0]).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/u);
    const bytes = new Uint8Array(await (files[0] as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFNumber,Customer,Status,Currency,Total,Ordered,Shipped,Shipments,Customer reference,Contract,Confirmed on,Changed',
    );
    // Only the draft: the filter applies to the export. 1.5 × 1,299.00 + 13 % tax.
    expect(lines.filter(Boolean)).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(`^${draft.number},Nordlicht GmbH,Draft,CNY,2201\\.81,1\\.5,0,0,`, 'u'),
    );
    expect(lines.join('\n')).not.toContain(confirmed.number);
  });
});
