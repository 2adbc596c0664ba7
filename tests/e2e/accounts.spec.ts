import { expect, test } from '@playwright/test';
import { signedInDemoApp } from './demoSignIn.ts';

// Runs against the sync server's web client (project "sync") with the demo company. Helix Pharma
// AG is rep2's customer in Basel, shared with the team; no other spec touches it. rep1 keeps it
// current (screens.spec counts on rep2 not having synced before it runs).
const shots = 'test-results/screenshots';

test('a rep keeps the customer current; finance puts it on credit hold; the rep sees the hold', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(90_000);
  const rep = await signedInDemoApp(await browser.newContext(), 'rep1@demo.fieldbook', baseURL);
  const finance = await signedInDemoApp(
    await browser.newContext({ viewport: { width: 1366, height: 900 } }),
    'finance@demo.fieldbook',
    baseURL,
  );

  await rep.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await expect(rep.getByRole('row', { name: /Helix Pharma AG/ })).toContainText(
    'Basel, Switzerland',
  );
  await rep.getByRole('link', { name: 'Helix Pharma AG' }).click();
  await expect(rep.getByRole('heading', { name: 'Helix Pharma AG', level: 1 })).toBeVisible();
  // Credit terms are finance's.
  await expect(rep.getByRole('button', { name: 'Credit terms' })).toHaveCount(0);
  await rep.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = rep.getByRole('dialog', { name: 'Edit account' });
  await edit.getByLabel('Tax ID').fill('CHE-123.456.789 MWST');
  await edit.getByLabel('Email').fill('procurement@helix-pharma.example');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(rep.getByText('CHE-123.456.789 MWST')).toBeVisible();

  // Finance sees the rep's change once it synced, and sets the customer's credit terms.
  await finance.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await finance.getByRole('link', { name: 'Helix Pharma AG' }).click();
  await expect(finance.getByText('CHE-123.456.789 MWST')).toBeVisible({ timeout: 15_000 });
  await expect(finance.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await finance.getByRole('button', { name: 'Credit terms' }).click();
  const credit = finance.getByRole('dialog', { name: 'Credit terms: Helix Pharma AG' });
  await credit.getByLabel('Credit limit').fill('200000');
  await credit.getByLabel('Payment terms').fill('30');
  await credit.getByRole('switch', { name: /Credit hold/ }).check({ force: true });
  await credit.getByRole('button', { name: 'Save credit terms' }).click();
  await expect(credit).toBeHidden();
  await expect(finance.getByText('CN¥200,000.00')).toBeVisible();
  await finance.screenshot({ path: `${shots}/account-credit-terms.png` });

  // The server took finance's change (and only that): the rep's page shows the hold, live.
  const hold = rep.getByRole('alert', { name: /On credit hold/ });
  await expect(hold).toContainText('Finance put it on hold.', { timeout: 15_000 });
  await expect(rep.getByText('30 days')).toBeVisible();
  await expect(rep.getByText('procurement@helix-pharma.example')).toBeVisible();
  await rep.screenshot({ path: `${shots}/account-on-hold.png` });
});
