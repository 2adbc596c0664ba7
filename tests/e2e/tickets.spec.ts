import { expect, type Page, test } from '@playwright/test';
import { openQuickCapture } from './quickCapture.ts';

/** Captures one lead by keyboard in the quick capture drawer and closes it. */
async function captureLead(page: Page, fields: string[]) {
  const dialog = await openQuickCapture(page);
  for (const [index, value] of fields.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    if (value) await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('First name')).toHaveValue('');
  await page.keyboard.press('Escape');
}

// Toasts fade on their own; wait so they do not cover the screenshot.
async function screenshot(page: Page, name: string) {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('opens a ticket against an account offline, breaches its SLA as time passes, responds and resolves it', async ({
  page,
  context,
}) => {
  // The app reads the browser clock: installing it lets the test move time instead of sleeping.
  await page.clock.install({ time: new Date('2026-03-23T01:00:00.000Z') });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await context.setOffline(true);

  // A customer account, the way the app makes one: a qualified lead converted.
  await captureLead(page, ['Mei', 'Chen', 'Harbor Logistics', 'COO', 'mei.chen@harbor.example']);
  await page.getByRole('row', { name: /Mei Chen/ }).click();
  await page.getByRole('button', { name: 'Mark as contacted' }).click();
  await page.getByRole('button', { name: 'Qualify', exact: true }).click();
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  const convert = page.getByRole('dialog', { name: 'Convert lead' });
  await convert.getByRole('textbox', { name: 'Amount' }).fill('50,000');
  await convert.getByRole('button', { name: 'Convert lead' }).click();
  await expect(
    page.getByRole('heading', { name: 'Harbor Logistics deal', level: 1 }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('link', { name: 'Harbor Logistics' }).first().click();
  await expect(page.getByRole('heading', { name: 'Harbor Logistics', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: 'Service tickets' });
  await section.getByRole('button', { name: 'New ticket' }).click();
  const dialog = page.getByRole('dialog', { name: 'New ticket' });
  await expect(dialog.getByRole('textbox', { name: 'Account' })).toHaveValue('Harbor Logistics');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Handheld scanner will not pair');
  await dialog
    .getByRole('textbox', { name: 'Description' })
    .fill('Bluetooth pairing with the depot printer drops after a minute.');
  await dialog.getByRole('combobox', { name: 'Priority' }).selectOption('urgent');
  await dialog.getByRole('combobox', { name: 'Channel' }).selectOption('phone');
  await expect(dialog).toContainText('first response within 1 h, resolution within 8 h');
  await dialog.getByRole('button', { name: 'Open ticket' }).click();

  await expect(
    page.getByRole('heading', { name: 'Handheld scanner will not pair', level: 1 }),
  ).toBeVisible();
  const firstResponse = page.getByTestId('sla-first-response');
  // The clock keeps running while the test types: an hour, or a little less, is left.
  await expect(firstResponse).toContainText(/(1 h|\d+ min) left/);

  // Ninety minutes later nobody has answered: the first response is breached.
  await page.clock.fastForward('01:30:00');
  await expect(firstResponse).toContainText(/3\d min late/);
  await expect(firstResponse).toContainText('Breached');
  await expect(page.getByText('This ticket has breached its service level.')).toBeVisible();

  // Logging the call back is the first response: no separate button press, and it is in hand.
  await page.getByLabel('What happened?').fill('Called Mei back, reset the pairing list');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Called Mei back, reset the pairing list',
  );
  await expect(page.getByRole('button', { name: 'Record first response' })).toHaveCount(0);
  await expect(firstResponse).toContainText('Done');
  await expect(page.getByRole('button', { name: 'Start work' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: /Resolve ticket T-2026-/ });
  await resolve.getByLabel(/Resolution/).fill('Firmware 2.1 installed on the scanner');
  await resolve.getByRole('button', { name: 'Resolve ticket' }).click();
  await expect(page.getByTestId('ticket-resolution')).toHaveText(
    'Firmware 2.1 installed on the scanner',
  );
  await expect(page.getByTestId('sla-resolution')).toContainText('Met');
  await expect(page.getByRole('button', { name: 'Close ticket' })).toBeVisible();
  await page.getByLabel('What happened?').blur();
  // The page scrolls inside the app frame: a taller window shows the whole ticket.
  await page.setViewportSize({ width: 1280, height: 1300 });
  await screenshot(page, 'ticket-detail');

  await page.getByRole('link', { name: 'Back to tickets' }).click();
  await expect(page.getByRole('heading', { name: 'Service tickets', level: 1 })).toBeVisible();
  const row = page.getByRole('row', { name: /Handheld scanner will not pair/ });
  await expect(row).toContainText('Resolved');
  await expect(row).toContainText(/Response: 3\d min late/);
  await expect(row).toContainText('Resolution: Met');
  await screenshot(page, 'tickets-list');
  // The customer opens its account.
  await row.getByRole('link', { name: 'Harbor Logistics' }).click();
  await expect(page.getByRole('heading', { name: 'Harbor Logistics', level: 1 })).toBeVisible();
});
