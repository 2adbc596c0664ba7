import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../shared/domain/product.ts';
import type { FieldbookData } from '../data/index.ts';
import {
  actAs,
  commandsAs,
  openOrdersTestData,
  seedConfirmedOrder,
  seedInstallationService,
  seedScene,
} from '../modules/orders/testing/ordersTestData.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openOrdersTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

function stockRow(): HTMLElement {
  const table = screen.getByRole('table', { name: 'Stock' });
  const row = within(table).getByRole('row', { name: /FB-SCN-200/ });
  return row;
}

function figures(row: HTMLElement) {
  return ['stock-on-hand', 'stock-reserved', 'stock-available'].map(
    (id) => within(row).getByTestId(id).textContent,
  );
}

describe('inventory', () => {
  it('shows on hand, reserved and available; a manager books receipts and counts', async () => {
    const scene = await seedScene(data, { stock: 50_000 });
    const order = await seedConfirmedOrder(data, scene, 20_000);
    await commandsAs(data, 'rep').orders.recordShipment(order.id, {
      lines: [{ orderLineId: order.lines[0]?.id ?? '', quantityMilli: 5_000 }],
    });
    actAs('manager');
    const { user } = renderApp(data, { path: '/inventory' });
    await screen.findByRole('table', { name: 'Stock' });
    await waitFor(() => expect(figures(stockRow())).toEqual(['45', '15', '30']));
    expect(
      screen.getByText(/^Figures count only the orders on this device/).getAttribute('role'),
    ).toBe('status');

    await user.click(screen.getByRole('button', { name: 'Receive goods for FB-SCN-200' }));
    let dialog = await screen.findByRole('dialog', { name: 'Receive goods: Handheld scanner' });
    await user.click(within(dialog).getByRole('button', { name: 'Book receipt' }));
    expect(within(dialog).getByText('Enter a quantity such as 12 or 2.5.')).toBeTruthy();
    expect(within(dialog).getByText('Enter a reference.')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /Quantity received/ }), '12.5');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Delivery note or purchase order/ }),
      'PO-2002',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Book receipt' }));
    await waitFor(() => expect(figures(stockRow())).toEqual(['57.5', '15', '42.5']));

    await user.click(screen.getByRole('button', { name: 'Adjust stock of FB-SCN-200' }));
    dialog = await screen.findByRole('dialog', { name: 'Adjust stock: Handheld scanner' });
    await user.type(within(dialog).getByRole('textbox', { name: /Change/ }), '-2.5');
    await user.type(within(dialog).getByRole('textbox', { name: /Count or reason/ }), '盘点 11 月');
    await user.click(within(dialog).getByRole('button', { name: 'Book adjustment' }));
    await waitFor(() => expect(figures(stockRow())).toEqual(['55', '15', '40']));

    const stored = (
      await data.db.collections.products?.findOne(scene.productId).exec()
    )?.toJSON() as Product | undefined;
    expect(stored?.stockMovements.map((m) => [m.kind, m.quantityMilli, m.reference])).toEqual([
      ['receipt', 50_000, 'PO-1001'],
      ['receipt', 12_500, 'PO-2002'],
      ['adjustment', -2_500, '盘点 11 月'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Stock movements of FB-SCN-200' }));
    dialog = await screen.findByRole('dialog', { name: 'Stock movements: Handheld scanner' });
    const history = within(dialog).getByRole('table', { name: 'Stock movements' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1)
          .map((c) => c.textContent),
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Receipt', '+50', 'PO-1001'],
        ['Shipped', '-5', `Order ${order.number}`],
        ['Reserved', '15', `Order ${order.number}`],
        ['Adjustment', '-2.5', '盘点 11 月'],
      ]),
    );
  });

  it('shows a rep the figures but no stock bookings', async () => {
    await seedScene(data, { stock: 7_000 });
    actAs('rep');
    renderApp(data, { path: '/inventory' });
    await screen.findByRole('table', { name: 'Stock' });
    await waitFor(() => expect(figures(stockRow())).toEqual(['7', '0', '7']));
    expect(screen.queryByRole('button', { name: 'Receive goods for FB-SCN-200' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Adjust stock of FB-SCN-200' })).toBeNull();
  });

  it('leaves services out: they are sold without stock, even with an order holding them', async () => {
    const scene = await seedScene(data, { stock: 7_000 });
    const installation = await seedInstallationService(data);
    const order = await commandsAs(data, 'rep').orders.createOrder({
      accountId: scene.account.id,
      currency: 'CNY',
      lines: [{ productId: installation.id, quantityMilli: 3_000 }],
    });
    await commandsAs(data, 'rep').orders.confirm(order.id);
    actAs('manager');
    renderApp(data, { path: '/inventory' });
    const table = await screen.findByRole('table', { name: 'Stock' });
    await waitFor(() => expect(figures(stockRow())).toEqual(['7', '0', '7']));
    expect(within(table).queryByRole('row', { name: /FB-SVC-INST/ })).toBeNull();
    // Nor can stock be booked on one by any other way in.
    await expect(
      commandsAs(data, 'manager').stock.recordReceipt(installation.id, {
        quantityMilli: 1_000,
        reference: 'PO-9',
      }),
    ).rejects.toMatchObject({ code: 'serviceHasNoStock', params: { sku: 'FB-SVC-INST' } });
  });

  it("shows the server's company-wide figures and when they are from", async () => {
    const scene = await seedScene(data, { stock: 50_000 });
    // This device's own order reached the server already: the figures count it once.
    await seedConfirmedOrder(data, scene, 20_000);
    const asOf = '2026-11-02T08:30:00.000Z';
    await data.db.collections.settings?.insert({
      id: '01900000-0000-7000-8000-0000000057c0',
      ownerId: 'system',
      createdAt: asOf,
      updatedAt: asOf,
      key: 'stockLevels',
      value: {
        kind: 'stockLevels',
        asOf,
        throughSeq: 12,
        // Other teams' orders, which this device never holds, reserve 25 more.
        products: [{ productId: scene.productId, onHand: 50_000, reserved: 45_000 }],
      },
    });
    actAs('rep');
    renderApp(data, { path: '/inventory' });
    await screen.findByRole('table', { name: 'Stock' });
    await waitFor(() => expect(figures(stockRow())).toEqual(['50', '45', '5']));
    const shown = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(asOf),
    );
    expect(screen.getByText(`Company-wide figures from the server as of ${shown}.`)).toBeTruthy();
  });
});
