import { expect, type Page, test } from '@playwright/test';
import { signedInDemoApp, signInAsDemoUser } from './demoSignIn.ts';

// Runs against the sync server's web client (playwright.config.ts, project "sync") with the
// demo company: the manager books stock in, the rep turns an accepted quote into an order and
// ships it in two parts; the manager's inventory follows.
const shots = 'test-results/orders';

async function stockFigures(page: Page) {
  const row = page.getByRole('row', { name: /FB-SCN-200/ });
  return [
    await row.getByTestId('stock-on-hand').textContent(),
    await row.getByTestId('stock-reserved').textContent(),
    await row.getByTestId('stock-available').textContent(),
  ];
}

async function signQuote(page: Page) {
  await page.getByRole('button', { name: 'Record acceptance' }).click();
  const dialog = page.getByRole('dialog', { name: /Record acceptance of/ });
  await dialog.getByLabel('Signer name').fill('Chen Jing');
  const pad = dialog.getByTestId('signature-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not visible');
  await page.mouse.move(box.x + 30, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let step = 1; step <= 16; step += 1) {
    await page.mouse.move(
      box.x + 30 + step * ((box.width - 60) / 16),
      box.y + box.height * (0.5 + 0.25 * Math.sin(step / 2)),
    );
  }
  await page.mouse.up();
  await dialog.getByRole('button', { name: 'Record acceptance' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Accepted', { exact: true })).toBeVisible();
}

async function ship(page: Page, quantity: string, carrier: string, tracking: string) {
  await page.getByRole('button', { name: 'Record shipment' }).click();
  const dialog = page.getByRole('dialog', { name: /^Record shipment for / });
  await dialog.getByRole('textbox', { name: /^Quantity to ship, / }).fill(quantity);
  await dialog.getByLabel('Carrier').fill(carrier);
  await dialog.getByLabel('Tracking number').fill(tracking);
  await dialog.getByRole('button', { name: 'Record shipment' }).click();
  await expect(dialog).toBeHidden();
}

test('an accepted quote becomes an order that ships in two parts, is invoiced and paid; stock follows; a ticket on it is resolved', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(240_000);
  const managerContext = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const repContext = await browser.newContext({ viewport: { width: 1360, height: 1100 } });
  const manager = await signedInDemoApp(managerContext, 'manager@demo.fieldbook', baseURL);
  const rep = await signedInDemoApp(repContext, 'rep1@demo.fieldbook', baseURL);

  // Operations books 50 scanners in. The demo company already holds 100 (received), 10 of
  // which went out on the demo order and 10 are still reserved for it.
  await manager.getByRole('link', { name: 'Inventory' }).click();
  await expect.poll(() => stockFigures(manager)).toEqual(['90', '10', '80']);
  await manager.getByRole('button', { name: 'Receive goods for FB-SCN-200' }).click();
  const receipt = manager.getByRole('dialog', { name: /^Receive goods: / });
  await receipt.getByLabel(/Quantity received/).fill('50');
  await receipt.getByLabel(/Delivery note or purchase order/).fill('PO-2026-118');
  await receipt.getByRole('button', { name: 'Book receipt' }).click();
  await expect(receipt).toBeHidden();
  await expect.poll(() => stockFigures(manager)).toEqual(['140', '10', '130']);

  // The rep quotes 10 scanners, the customer signs, the order is one click away. The customer
  // (Nordlicht Logistics in Hamburg) is abroad: an export, no Chinese VAT on the scanners.
  await rep.getByRole('link', { name: 'Pipeline' }).click();
  await rep.getByRole('article').first().getByRole('link').first().click();
  await rep.getByRole('button', { name: 'New quote' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: /^Quote / })).toBeVisible();
  const picker = rep.getByRole('combobox', { name: 'Add from catalog' });
  await picker.fill('FB-SCN-200');
  await rep.getByRole('option', { name: /Handheld scanner/ }).click();
  const quantity = rep.getByRole('textbox', { name: 'Quantity, line 1', exact: true });
  await quantity.fill('10');
  await quantity.press('Enter');
  await expect(rep.getByTestId('quote-total')).toHaveText('CN¥12,990.00');
  await rep.getByRole('button', { name: 'Send' }).click();
  await expect(rep.getByText('Sent', { exact: true })).toBeVisible();
  await signQuote(rep);
  await rep.getByRole('button', { name: 'Create order' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: /^Order SO-/ })).toBeVisible();
  await expect(rep.getByTestId('order-total')).toHaveText('CN¥12,990.00');
  // A draft can still change: quantities in place, lines added or removed, the ship-to.
  await expect(rep.getByRole('textbox', { name: /^Quantity of / })).toHaveValue('10');
  await expect(rep.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await rep.screenshot({ path: `${shots}/order-draft-en.png`, fullPage: true });

  const actions = rep.getByRole('group', { name: 'Order actions' });
  await actions.getByRole('button', { name: 'Confirm order' }).click();
  await expect(rep.getByTestId('order-status')).toHaveText('Confirmed');

  await ship(rep, '4', '顺丰速运', 'SF1400023345');
  await expect(rep.getByTestId('order-status')).toHaveText('In fulfillment');
  await ship(rep, '6', 'DHL Express', 'JD014600006');
  await expect(rep.getByTestId('order-status')).toHaveText('Fulfilled');
  const shipments = rep.getByRole('table', { name: 'Shipments' });
  await expect(shipments.getByRole('row')).toHaveCount(3);
  await rep.getByRole('button', { name: 'Mark shipment 1 delivered' }).click();
  await expect(rep.getByRole('button', { name: 'Mark shipment 1 delivered' })).toHaveCount(0);
  await expect(rep.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  // The page scrolls inside the app frame: a tall window shows the whole order at once.
  await rep.setViewportSize({ width: 1360, height: 2000 });
  await rep.getByRole('heading', { level: 1, name: /^Order SO-/ }).scrollIntoViewIfNeeded();
  await rep.screenshot({ path: `${shots}/order-detail-en.png` });

  // The manager's inventory counts the shipped goods once the rep's device has synced.
  await expect(rep.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', {
    timeout: 15_000,
  });
  await expect.poll(() => stockFigures(manager), { timeout: 15_000 }).toEqual(['130', '10', '120']);
  await manager.getByRole('button', { name: 'Stock movements of FB-SCN-200' }).click();
  const history = manager.getByRole('table', { name: 'Stock movements' });
  // Header, the two receipts, the demo order's shipment and reservation, the two shipments.
  await expect(history.getByRole('row')).toHaveCount(7);
  // The dialog fades in: a picture with transitions finished, not half-way.
  await manager.screenshot({ path: `${shots}/inventory-history-en.png`, animations: 'disabled' });

  // Finance (the admin in the demo company) invoices what shipped and takes part of the money.
  // Its clock is Playwright's, so the aging can be moved on without waiting.
  const orderNumber =
    (await rep.getByRole('heading', { level: 1, name: /^Order SO-/ }).textContent())?.replace(
      /^Order /,
      '',
    ) ?? '';
  const financeContext = await browser.newContext({ viewport: { width: 1440, height: 1400 } });
  const finance = await financeContext.newPage();
  await finance.clock.install({ time: new Date() });
  await signInAsDemoUser(finance, 'admin@demo.fieldbook', baseURL);
  await finance.getByRole('link', { name: 'Orders' }).click();
  await finance.getByRole('link', { name: orderNumber }).click();
  await expect(
    finance.getByRole('heading', { level: 1, name: `Order ${orderNumber}` }),
  ).toBeVisible();
  await finance.getByRole('button', { name: 'Invoice shipped quantities' }).click();
  const orderInvoices = finance.getByRole('table', { name: 'Invoices and payments' });
  await expect(orderInvoices.getByRole('row')).toHaveCount(2);
  // The device numbers it provisionally; the server gives the final, gap-free number on sync.
  const invoiceLink = orderInvoices.getByRole('link', { name: /^INV-\d{4}-\d+$/ });
  await expect(invoiceLink).toBeVisible({ timeout: 20_000 });
  const invoiceNumber = (await invoiceLink.textContent()) ?? '';
  await invoiceLink.click();
  await expect(finance.getByTestId('invoice-balance')).toHaveText('CN¥12,990.00');
  await finance.getByRole('button', { name: 'Record payment' }).click();
  const payment = finance.getByRole('dialog', { name: 'Record payment' });
  await payment.getByLabel(/^Amount \(CNY\)/).fill('5000');
  await payment.getByLabel('Reference').fill('ICBC 0001');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(payment).toBeHidden();
  await expect(finance.getByTestId('invoice-balance')).toHaveText('CN¥7,990.00');

  // 45 days later the rest is 15 days overdue: the aging moves it out of Current.
  await finance.getByRole('link', { name: 'Receivables' }).click();
  const aging = finance.getByRole('table', { name: 'AR aging' });
  const row = aging
    .getByRole('row')
    .filter({ has: finance.getByRole('link', { name: invoiceNumber }) });
  // Read the headers once the customer's row is there (allTextContents does not wait).
  await expect(row).toBeVisible();
  const headers = await aging.locator('thead th').allTextContents();
  const cell = (name: string) => row.getByRole('cell').nth(headers.indexOf(name));
  await expect(cell('Current')).toHaveText('7,990.00');
  await finance.clock.fastForward(45 * 24 * 60 * 60 * 1000);
  await expect(cell('1–30')).toHaveText('7,990.00');
  await expect(cell('Current')).toHaveText('—');
  await expect(finance.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await finance.screenshot({ path: `${shots}/ar-aging-en.png` });

  await row.getByRole('link', { name: invoiceNumber }).click();
  await finance.getByRole('button', { name: 'Record payment' }).click();
  await payment.getByLabel(/^Amount \(CNY\)/).fill('7990');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(payment).toBeHidden();
  await expect(finance.getByTestId('invoice-balance')).toHaveText('CN¥0.00');
  await expect(finance.getByText('Paid', { exact: true }).first()).toBeVisible();
  await finance.getByRole('link', { name: 'Receivables' }).click();
  await expect(finance.getByRole('link', { name: invoiceNumber })).toHaveCount(0);

  // After-sales: the customer calls about the order; the rep opens a ticket and resolves it.
  const tickets = rep.getByRole('region', { name: 'Service tickets' });
  await tickets.getByRole('button', { name: 'Open ticket' }).click();
  const newTicket = rep.getByRole('dialog', { name: 'New ticket' });
  await newTicket.getByRole('textbox', { name: 'Subject' }).fill('两台扫描枪无法配对');
  await newTicket.getByRole('button', { name: 'Open ticket' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: '两台扫描枪无法配对' })).toBeVisible();
  await rep.getByRole('button', { name: 'Record first response' }).click();
  await rep.getByRole('button', { name: 'Resolve' }).click();
  const resolve = rep.getByRole('dialog', { name: /^Resolve ticket / });
  await resolve.getByLabel('Resolution').fill('Firmware 2.4 installed on site; both units pair.');
  await resolve.getByRole('button', { name: 'Resolve ticket' }).click();
  await expect(rep.getByTestId('ticket-resolution')).toContainText('Firmware 2.4');

  // The order now links everything that happened to it: shipments, the invoice and its
  // payments (synced from finance), and the ticket.
  await rep.goto('/#/orders');
  await rep.getByRole('link', { name: orderNumber }).click();
  await expect(
    rep
      .getByRole('table', { name: 'Invoices and payments' })
      .getByRole('link', { name: invoiceNumber }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(rep.getByRole('region', { name: 'Service tickets' })).toContainText(
    '两台扫描枪无法配对',
  );
  await expect(rep.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await rep.setViewportSize({ width: 1360, height: 2400 });
  await rep.screenshot({ path: `${shots}/order-detail-linked-en.png` });

  await financeContext.close();
  await repContext.close();
  await managerContext.close();
});
