import { expect, test } from '@playwright/test';
import { comparable, pdfText } from './pdfText.ts';

// Runs against the sync server's web client (playwright.config.ts, project "sync") with the demo
// company, whose one invoice (INV-2026-00009, CN¥30,009.53, CN¥10,000.00 paid) fell due 35 days
// before the server started. The browser's clock is injected (never slept on): aging follows it.
const password = 'fieldbook-demo';
const shots = 'test-results/screenshots';

test('AR aging follows the clock; a reminder is sent and printed; the last payment closes it', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(120_000);
  // Tall enough for the whole navigation (the navbar does not scroll yet).
  const context = await browser.newContext({ viewport: { width: 1440, height: 1400 } });
  const page = await context.newPage();
  // Fake Date and timers from here on; time still flows, from this instant.
  await page.clock.install({ time: new Date() });
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Server URL')).toHaveValue(baseURL);
  await page.getByLabel('Email').fill('admin@demo.fieldbook');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', {
    timeout: 15_000,
  });

  await page.getByRole('link', { name: 'Receivables' }).click();
  const aging = page.getByRole('table', { name: 'AR aging' });
  const row = aging
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'INV-2026-00009' }) });
  await expect(row).toBeVisible();
  const headers = await aging.locator('thead th').allTextContents();
  const cell = (name: string) => row.getByRole('cell').nth(headers.indexOf(name));
  // Today: 35 days past due.
  await expect(cell('31–60')).toHaveText('20,009.53');
  await expect(cell('90+')).toHaveText('—');
  await expect(row).toContainText('Reminder due');

  // Two months later (interval timers fire once): the same balance is 90+ days overdue.
  await page.clock.fastForward(60 * 24 * 60 * 60 * 1000);
  await expect(cell('90+')).toHaveText('20,009.53');
  await expect(cell('31–60')).toHaveText('—');
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: `${shots}/ar-aging-en.png`, fullPage: true });

  // Collections: send the reminder (the next step becomes a task), print the letter.
  await row.getByRole('link', { name: 'INV-2026-00009' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /INV-2026-00009/ })).toBeVisible();
  // 95 days, or 96 if the day turned since the server started.
  await expect(page.getByText(/\b9[56] days overdue/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Send reminder' }).click();
  await expect(page.getByText(/^Reminder sent/)).toBeVisible();
  await page.getByRole('link', { name: 'Reminder letter' }).click();
  const letter = page.getByRole('article', { name: 'Payment reminder' });
  await expect(letter).toContainText('CN¥20,009.53');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  await page.screenshot({ path: `${shots}/reminder-letter-en.png`, fullPage: true });
  await page.getByRole('link', { name: 'Back to invoice' }).click();

  // The customer pays the rest: the invoice is paid and nothing is owed any more.
  await page.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record payment' });
  await dialog.getByLabel(/^Amount \(CNY\)/).fill('20009.53');
  await dialog.getByLabel('Payment method').click();
  await page.getByRole('option', { name: 'WeChat Pay' }).click();
  await dialog.getByLabel('Reference').fill('WX-20260719-88');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('invoice-balance')).toHaveText('CN¥0.00');
  await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible();

  // The invoice the customer keeps: the seller, both payments, nothing due; CJK text embedded.
  await page.getByRole('link', { name: 'Invoice document' }).click();
  const sheet = page.getByRole('article', { name: 'Invoice' });
  await expect(sheet).toContainText('Paid in full. Thank you.');
  // The order's number loads beside the invoice: wait for it before printing.
  await expect(sheet).toContainText('SO-2026-00017');
  await page.screenshot({ path: `${shots}/invoice-document-en.png`, fullPage: true });
  const text = comparable(
    await pdfText(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }))),
  );
  for (const expected of [
    // The seller as registered in English, on an English invoice.
    'Fieldbook Demo (Shanghai) Co., Ltd.',
    'INV-2026-00009',
    'SO-2026-00017',
    '手持扫描枪',
    'CN¥30,009.53',
    '-CN¥30,009.53',
    'Paid in full. Thank you.',
  ]) {
    expect(text).toContain(comparable(expected));
  }
  await page.getByRole('link', { name: 'Back to invoice' }).click();
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', {
    timeout: 15_000,
  });
  await page.getByRole('link', { name: 'Receivables' }).click();
  await expect(page.getByText('Nothing is owed. Every issued invoice is paid.')).toBeVisible();
  await context.close();
});
