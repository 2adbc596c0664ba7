import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../../shared/domain/order.ts';
import type { FieldbookData } from '../data/index.ts';
import {
  actAs,
  commandsAs,
  openOrdersTestData,
  seedAcceptedQuote,
  seedConfirmedOrder,
  seedInstallationService,
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

async function storedOrder(id: string): Promise<Order | undefined> {
  return (await data.db.collections.orders?.findOne(id).exec())?.toJSON() as Order | undefined;
}

describe('order from an accepted quote', () => {
  it('creates the order in one step, opens it, and links back from the quote', async () => {
    const scene = await seedScene(data);
    const quote = await seedAcceptedQuote(data, scene, 20);
    const { user, router } = renderApp(data, { path: `/quotes/${quote.id}` });
    const create = await screen.findByRole('button', { name: 'Create order' });
    // Enabled once the device has checked there is no order for this quote yet.
    await waitFor(() => expect(create.hasAttribute('disabled')).toBe(false));
    await user.click(create);

    const heading = await screen.findByRole('heading', { level: 1, name: /^Order SO-\d{4}-/ });
    const number = heading.textContent?.replace('Order ', '') ?? '';
    expect(router.state.location.pathname).toMatch(/^\/orders\//);
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(await screen.findByRole('link', { name: `${quote.number}, version 1` })).toBeTruthy();
    const lines = screen.getByRole('table', { name: 'Order lines' });
    expect(within(lines).getByText('Handheld scanner')).toBeTruthy();
    // 20 × 1,299.00 + 13 % tax
    expect(screen.getByTestId('order-total').textContent).toBe('CN¥29,357.40');
    const orderId = router.state.location.pathname.split('/').at(-1) ?? '';
    expect(await storedOrder(orderId)).toMatchObject({
      quoteId: quote.id,
      number,
      paymentTermsDays: 45,
      contractNumber: quote.acceptance?.contractNumber,
    });

    await router.navigate(`/quotes/${quote.id}`);
    expect(await screen.findByRole('link', { name: `Open order ${number}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create order' })).toBeNull();
  });
});

describe('confirming', () => {
  it('lists what stops the confirmation: no ship-to address and a credit hold', async () => {
    const scene = await seedScene(data, { address: false, creditHold: true });
    const { orders } = commandsAs(data, 'rep');
    const draft = await orders.createOrder({
      accountId: scene.account.id,
      currency: 'CNY',
      lines: [{ productId: scene.productId, quantityMilli: 2_000 }],
    });
    const { user } = renderApp(data, { path: `/orders/${draft.id}` });
    await user.click(await screen.findByRole('button', { name: 'Confirm order' }));
    const title = await screen.findByText(`Order ${draft.number} cannot be confirmed yet`);
    const alert = title.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the problems are not announced as an alert');
    expect(within(alert).getByText(/There is no ship-to address/)).toBeTruthy();
    expect(within(alert).getByText(/The customer is on credit hold\./)).toBeTruthy();
    // It leads to the account, which says why.
    expect(
      within(alert).getByRole('link', { name: 'See why on the account' }).getAttribute('href'),
    ).toContain(`/accounts/${scene.account.id}`);
    expect((await storedOrder(draft.id))?.status).toBe('draft');
  });

  it('confirms a complete order and warns when stock does not cover it', async () => {
    const scene = await seedScene(data, { stock: 5_000 });
    // Installation is a service: it never counts as short, though no stock was ever received.
    const installation = await seedInstallationService(data);
    const { orders } = commandsAs(data, 'rep');
    const draft = await orders.createOrder({
      accountId: scene.account.id,
      currency: 'CNY',
      lines: [
        { productId: scene.productId, quantityMilli: 8_000 },
        { productId: installation.id, quantityMilli: 3_000 },
      ],
    });
    const { user } = renderApp(data, { path: `/orders/${draft.id}` });
    expect(
      await screen.findByText('Confirming this order would exceed the available stock'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm order' }));
    await waitFor(() => expect(screen.getByText('Confirmed')).toBeTruthy());
    expect(await screen.findByText('Not enough stock')).toBeTruthy();
    const alert = screen.getByText('Not enough stock').closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the stock warning is not an alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['手持扫描枪: 8 needed, 5 available, 3 short']);
    expect((await storedOrder(draft.id))?.confirmedAt).toBeTruthy();
    // The lines say the installation is a service, delivered rather than shipped.
    const lines = screen.getByRole('table', { name: 'Order lines' });
    await within(lines).findByRole('columnheader', { name: 'Shipped / delivered' });
    expect(
      within(lines)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Item',
      'Ordered',
      'Shipped / delivered',
      'To ship / deliver',
      'Unit price',
      'Amount',
    ]);
    const installationRow = within(lines).getByRole('row', { name: /现场安装/ });
    expect(within(installationRow).getByText(/Service$/)).toBeTruthy();
    expect(within(lines).getByRole('row', { name: /手持扫描枪/ }).textContent).not.toContain(
      'Service',
    );
    // The installation is recorded as delivered when done, beside the goods that ship.
    await user.click(screen.getByRole('button', { name: 'Record shipment' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/^Quantity to ship, 手持扫描枪/)).toBeTruthy();
    expect(
      await within(dialog).findByLabelText(/^Quantity delivered, 现场安装 \(service\)/),
    ).toBeTruthy();
  });
});

describe('editing a draft', () => {
  it('changes, adds and removes lines and takes a typed ship-to, then confirms', async () => {
    const scene = await seedScene(data, { address: false });
    const manager = commandsAs(data, 'manager');
    const dock = await manager.products.createProduct({
      sku: 'FB-DOCK-2',
      name: { zh: '充电座', en: 'Charging dock' },
      unit: 'piece',
      prices: [{ amount: 19_900, currency: 'CNY' }],
      taxRateBps: 1300,
    });
    await manager.stock.recordReceipt(dock.id, { quantityMilli: 10_000, reference: 'PO-7' });
    const draft = await commandsAs(data, 'rep').orders.createOrder({
      accountId: scene.account.id,
      currency: 'CNY',
      lines: [{ productId: scene.productId, quantityMilli: 2_000 }],
    });
    const { user } = renderApp(data, { path: `/orders/${draft.id}` });

    const quantity = await screen.findByRole('textbox', { name: 'Quantity of 手持扫描枪' });
    await user.clear(quantity);
    await user.type(quantity, '3{Enter}');
    // 3 × 1,299.00 + 13 % tax
    await waitFor(() => expect(screen.getByTestId('order-total').textContent).toBe('CN¥4,403.61'));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Product to add' }),
      'FB-DOCK-2 · Charging dock',
    );
    const addQuantity = screen.getByRole('textbox', { name: 'Quantity' });
    await user.clear(addQuantity);
    await user.type(addQuantity, '2');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    const lines = screen.getByRole('table', { name: 'Order lines' });
    expect(await within(lines).findByText('充电座')).toBeTruthy();
    // + 2 × 199.00 + 13 % tax
    await waitFor(() => expect(screen.getByTestId('order-total').textContent).toBe('CN¥4,853.35'));

    await user.click(screen.getByRole('button', { name: 'Remove 手持扫描枪' }));
    await waitFor(() => expect(within(lines).queryByText('手持扫描枪')).toBeNull());
    expect(screen.getByTestId('order-total').textContent).toBe('CN¥449.74');

    // The customer has no address: type one in for this order.
    await user.click(screen.getByRole('button', { name: 'Enter ship-to address' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Ship-to address of order ${draft.number}`,
    });
    // A customer in China by default: the address goes from the province down to the door.
    const labels = within(dialog)
      .getAllByRole('textbox')
      .map((box) => (box instanceof HTMLInputElement ? box.labels?.[0]?.textContent : undefined));
    expect(labels).toEqual([
      'Province or municipality',
      'City',
      'Postal code',
      'District, street and number',
      'Building, floor, room',
    ]);
    const country = within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Country' });
    expect(country.value).toBe('China');
    // This one is in Germany: the same fields, labelled the German way, stay where they are.
    await user.clear(country);
    await user.click(country);
    await user.paste('Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save address' }));
    expect(within(dialog).getByText('Enter the street address.')).toBeTruthy();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Street and number' }),
      'Kaistraße 7',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'City' }), 'Hamburg');
    await user.click(within(dialog).getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Change ship-to address' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Confirm order' }));
    await waitFor(() => expect(screen.getByTestId('order-status').textContent).toBe('Confirmed'));
    // Confirmed: the lines are fixed (no quantity fields, no address button).
    expect(screen.queryByRole('textbox', { name: /^Quantity of/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change ship-to address' })).toBeNull();
    expect(await storedOrder(draft.id)).toMatchObject({
      status: 'confirmed',
      shipTo: { line1: 'Kaistraße 7', city: 'Hamburg', country: 'DE' },
      billTo: { line1: 'Kaistraße 7', city: 'Hamburg', country: 'DE' },
      lines: [expect.objectContaining({ sku: 'FB-DOCK-2', quantityMilli: 2_000 })],
    });
  });
});

describe('fulfilment', () => {
  it('ships in two parts, refusing more than is left, and records the delivery', async () => {
    const scene = await seedScene(data);
    const order = await seedConfirmedOrder(data, scene, 20_000);
    const { user } = renderApp(data, { path: `/orders/${order.id}` });
    await user.click(await screen.findByRole('button', { name: 'Record shipment' }));
    let dialog = await screen.findByRole('dialog', {
      name: `Record shipment for ${order.number}`,
    });
    const quantity = within(dialog).getByRole('textbox', {
      name: 'Quantity to ship, 手持扫描枪',
    });
    await waitFor(() => expect((quantity as HTMLInputElement).value).toBe('20'));
    await user.clear(quantity);
    await user.type(quantity, '25');
    expect(await within(dialog).findByText('Only 20 left to ship.')).toBeTruthy();
    await user.clear(quantity);
    await user.type(quantity, '12');
    await user.type(within(dialog).getByRole('textbox', { name: 'Carrier' }), 'DHL');
    await user.type(within(dialog).getByRole('textbox', { name: 'Tracking number' }), 'JD0001');
    await user.click(within(dialog).getByRole('button', { name: 'Record shipment' }));

    const shipments = await screen.findByRole('table', { name: 'Shipments' });
    expect(await within(shipments).findByText('DHL')).toBeTruthy();
    expect(await within(shipments).findByText('12 × 手持扫描枪')).toBeTruthy();
    expect(await screen.findByText('In fulfillment')).toBeTruthy();
    // Goods only: the columns speak of shipping alone.
    const lines = screen.getByRole('table', { name: 'Order lines' });
    expect(within(lines).getByRole('columnheader', { name: 'Shipped' })).toBeTruthy();
    expect(within(lines).getByRole('columnheader', { name: 'To ship' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Record shipment' }));
    dialog = await screen.findByRole('dialog', { name: `Record shipment for ${order.number}` });
    const rest = within(dialog).getByRole('textbox', { name: 'Quantity to ship, 手持扫描枪' });
    await waitFor(() => expect((rest as HTMLInputElement).value).toBe('8'));
    await user.click(within(dialog).getByRole('button', { name: 'Record shipment' }));
    await waitFor(() => expect(screen.getByText('Fulfilled')).toBeTruthy());
    // The page can show the new status while the dialog (and its own submit button) closes.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Record shipment' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mark shipment 1 delivered' }));
    await waitFor(async () => {
      const stored = await storedOrder(order.id);
      expect(stored?.shipments.map((s) => Boolean(s.deliveredAt))).toEqual([true, false]);
      expect(stored?.status).toBe('fulfilled');
    });
    expect(screen.queryByRole('button', { name: 'Mark shipment 1 delivered' })).toBeNull();
  });

  it('cancels an unshipped order only with a reason', async () => {
    const scene = await seedScene(data);
    const order = await seedConfirmedOrder(data, scene, 3_000);
    const { user } = renderApp(data, { path: `/orders/${order.id}` });
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: `Cancel order ${order.number}` });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(within(dialog).getByText('Enter why the order is cancelled.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/Reason for cancelling/), 'Budget frozen');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await screen.findByText('Cancelled: Budget frozen')).toBeTruthy();
    expect(await storedOrder(order.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Budget frozen',
    });
    expect(screen.queryByRole('button', { name: 'Record shipment' })).toBeNull();
  });
});
