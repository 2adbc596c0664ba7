import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import QRCode from 'qrcode';

const badgeVcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Keller;Anna;;;',
  'FN:Anna Keller',
  'ORG:Keller Feinmechanik GmbH',
  'TITLE:Head of Procurement',
  'TEL;TYPE=WORK,VOICE:+49 711 555 0101',
  'EMAIL;TYPE=INTERNET:a.keller@keller-fm.de',
  'END:VCARD',
].join('\r\n');

async function pickFile(page: Page, button: string, file: { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'image/png' });
}

async function createEvent(page: Page) {
  await page.getByRole('link', { name: 'Events' }).click();
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel('Name').fill('CeMAT Asia 2026');
  await page.getByLabel('Venue').fill('SNIEC Hall N3');
  await page.getByLabel('Starts on').fill('2026-03-01');
  await page.getByLabel('Ends on').fill('2026-03-04');
  await page.getByLabel('Cost', { exact: true }).fill('150000');
  await page.getByLabel('Consent version').fill('2026-03');
  await page
    .getByLabel('Consent text (English)')
    .fill('I agree that the exhibitor may contact me about its products.');
  await page.getByLabel('Consent text (Chinese)').fill('我同意展商就其产品与我联系。');

  await page.getByRole('button', { name: 'Add question', exact: true }).click();
  await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Budget this year?');
  await page.getByLabel('Question 1 – Option 1').fill('< 100k');
  await page.getByLabel('Question 1 – Option 2').fill('≥ 100k');
  // The answer is the lead's budget: the band's typical amount, in the company's currency.
  await page.getByRole('combobox', { name: 'Question 1 fills in' }).click();
  await page.getByRole('option', { name: 'Budget', exact: true }).click();
  await page.getByLabel('Budget for option 1 of question 1').fill('50000');
  await page.getByLabel('Budget for option 2 of question 1').fill('100000');

  await page.getByRole('button', { name: 'Add question', exact: true }).click();
  await page.getByRole('textbox', { name: 'Question 2', exact: true }).fill('Wants a demo?');
  await page.getByRole('combobox', { name: 'Type of question 2' }).click();
  await page.getByRole('option', { name: 'Yes / no' }).click();

  await page.getByRole('button', { name: 'Add question', exact: true }).click();
  await page.getByRole('textbox', { name: 'Question 3', exact: true }).fill('How good a fit?');
  await page.getByRole('combobox', { name: 'Type of question 3' }).click();
  await page.getByRole('option', { name: 'Rating' }).click();

  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByRole('heading', { name: 'CeMAT Asia 2026', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/event-editor.png', fullPage: true });
}

test('booth mode offline: scan a badge, answer, rate, consent, save; then type a lead', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  // Managers create events; the web client without sign-in runs as the local profile.
  await page.addInitScript(() => {
    localStorage.setItem(
      'fieldbook.localProfile',
      JSON.stringify({ id: 'e2e-manager', name: 'Mara Manager', role: 'manager' }),
    );
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await createEvent(page);

  await page.getByRole('link', { name: 'All events' }).click();
  await page.getByRole('button', { name: 'Use at booth: CeMAT Asia 2026' }).click();
  // Booth mode loads the badge decoder and the OCR engine with its English and Chinese data
  // while it is quiet; from then on it needs no network.
  const decodersLoaded = Promise.all(
    [/zxing_reader.*\.wasm$/, /eng\.traineddata\.gz$/, /chi_sim\.traineddata\.gz$/].map((url) =>
      page.waitForResponse(url, { timeout: 60_000 }),
    ),
  );
  await page.getByRole('link', { name: 'Open booth' }).click();
  await expect(page.getByRole('heading', { name: 'Booth: CeMAT Asia 2026' })).toBeVisible();
  await decodersLoaded;
  await context.setOffline(true);

  const status = page.getByRole('status').filter({ hasText: 'today' });
  await expect(status).toContainText('0 leads today');

  // Lead 1: badge image → three answers by key → hot → consent → Enter.
  const badge = await QRCode.toBuffer(badgeVcard, { margin: 4, scale: 6 });
  const scanStart = Date.now();
  await pickFile(page, 'Badge from image', { name: 'badge.png', buffer: badge });
  await expect(page.getByLabel('Last name')).toHaveValue('Keller');
  await expect(page.getByLabel('Company')).toHaveValue('Keller Feinmechanik GmbH');
  await page.keyboard.press('2');
  await page.keyboard.press('y');
  await page.keyboard.press('4');
  await page.keyboard.press('h');
  await expect(page.getByRole('button', { name: '≥ 100k' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: '4', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByLabel('Consent to be contacted').check();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('1 lead today');
  await expect(status).toContainText('1 hot');
  // The confirmation names the visitor and how long the capture took.
  const saved = page.getByRole('alert').filter({ hasText: 'Lead saved: Anna Keller' });
  await expect(saved).toContainText(/Captured in \d+\.\d s/);
  const scanSeconds = (Date.now() - scanStart) / 1000;
  await expect(page.getByLabel('First name')).toBeFocused();
  await expect(page.getByLabel('Last name')).toHaveValue('');

  // Lead 2, typed: keyboard only.
  const typeStart = Date.now();
  for (const [index, value] of [
    'Lei',
    'Li',
    'Suzhou Gear Works',
    'Buyer',
    'li.lei@szgear.cn',
  ].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('1');
  await page.keyboard.press('n');
  await page.keyboard.press('3');
  await page.keyboard.press('w');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('2 leads today');
  await expect(status).toContainText('1 hot');
  const typedSeconds = (Date.now() - typeStart) / 1000;
  console.log(
    `booth wall time per lead: scanned ${scanSeconds.toFixed(1)} s, typed ${typedSeconds.toFixed(1)} s`,
  );

  // The same visitor scanned twice: one lead, a second visit.
  await pickFile(page, 'Badge from image', { name: 'badge.png', buffer: badge });
  await expect(page.getByLabel('Last name')).toHaveValue('Keller');
  await page.getByRole('button', { name: 'Save lead' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'may already be a lead' })).toBeVisible();
  await page.getByRole('button', { name: 'Add visit to Anna Keller' }).click();
  await expect(page.getByText('Visit added to Anna Keller')).toBeVisible();
  await expect(status).toContainText('2 leads today');

  // A business card read offline with the bundled OCR data, proposed for confirmation.
  const card = readFileSync(new URL('../fixtures/cards/card-en.png', import.meta.url));
  await pickFile(page, 'Read business card', { name: 'card.png', buffer: card });
  const review = page.getByRole('dialog', { name: 'Check what the card says' });
  await expect(review).toBeVisible({ timeout: 60_000 });
  await expect(review.getByLabel('Company')).toHaveValue('Acme Robotics Ltd');
  await expect(review.getByLabel('Email')).toHaveValue('jane.doe@acme-robotics.com');
  await review.getByRole('button', { name: 'Use these details' }).click();
  await expect(page.getByLabel('Last name')).toHaveValue('Doe');
  await expect(status).toContainText('2 leads today');

  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screenshots/booth.png', fullPage: true });

  // Both visitors are leads of the event; Anna Keller once, with two visits.
  await page.getByRole('link', { name: 'Leave booth mode' }).click();
  await page.getByRole('link', { name: 'Leads' }).click();
  await expect(page.getByRole('row', { name: /Anna Keller/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Lei Li/ })).toHaveCount(1);

  // Anna Keller's budget answer is her budget, which her score counts.
  await page.getByRole('row', { name: /Anna Keller/ }).click();
  await expect(page.getByRole('heading', { name: 'Anna Keller', level: 1 })).toBeVisible();
  const qualification = page.getByRole('region', { name: 'Qualification', exact: true });
  await expect(qualification).toContainText('CN¥100,000.00');
  const why = page.getByRole('table', { name: 'Why this score' });
  await expect(why).toContainText('Has a budget');
  await expect(why).toContainText('Budget ≥ CNY 100,000');
});
