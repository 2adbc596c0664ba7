import { type BrowserContext, expect, type Page, test } from '@playwright/test';

// Runs against the sync server's own web client with the demo company (project "sync").
const demoPassword = 'fieldbook-demo';
const shots = 'test-results/screenshots';

async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  return page;
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The app reopens on the signed-in user's database: slow while a busy machine shares the CPU.
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });

test('an admin creates a rep who syncs, then revokes and wipes the device; the rep’s data is gone', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const repContext = await browser.newContext();
  const admin = await openApp(adminContext);
  const rep = await openApp(repContext);

  await signIn(admin, 'admin@demo.fieldbook', demoPassword);
  await expect(syncStatus(admin)).toHaveText('Synced', { timeout: 20_000 });
  await admin.getByRole('navigation').getByRole('link', { name: 'Admin' }).click();
  const users = admin.getByRole('table', { name: 'Users' });
  await expect(users.getByText('rep1@demo.fieldbook')).toBeVisible();

  const email = `chen.jing.${Date.now().toString(36)}@demo.fieldbook`;
  await admin.getByRole('button', { name: 'New user' }).click();
  const form = admin.getByRole('dialog', { name: 'New user' });
  await form.getByLabel('Name').fill('陈静');
  await form.getByLabel('Email').fill(email);
  await form.getByRole('combobox', { name: 'Team' }).click();
  await admin.getByRole('option', { name: 'East' }).click();
  await form.getByRole('button', { name: 'Create user' }).click();
  const passwordCode = form.getByLabel('Temporary password');
  await expect(passwordCode).toHaveText(/^[A-Za-z0-9]{14}$/);
  const password = (await passwordCode.textContent()) ?? '';
  await form.getByRole('button', { name: 'Done' }).click();
  await expect(users.getByText(email)).toBeVisible();

  // The rep signs in on a second browser with the one-time password and syncs the team's data.
  await signIn(rep, email, password);
  await expect(syncStatus(rep)).toHaveText('Synced', { timeout: 20_000 });
  await rep.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await expect(rep.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(rep.getByRole('table').getByRole('row').nth(1)).toBeVisible({ timeout: 20_000 });
  const databasesBefore = await rep.evaluate(async () => (await indexedDB.databases()).length);
  expect(databasesBefore).toBeGreaterThan(0);

  await admin.reload();
  await expect(users.getByText(email)).toBeVisible();
  await admin.screenshot({ path: `${shots}/admin-users.png`, fullPage: true });

  await admin.getByRole('button', { name: 'Actions for 陈静', exact: true }).click();
  await admin.getByRole('menuitem', { name: 'Devices' }).click();
  const devices = admin.getByRole('dialog', { name: 'Devices of 陈静' });
  await devices.getByRole('button', { name: /^Revoke and wipe / }).click();
  await devices.getByRole('button', { name: 'Revoke and wipe', exact: true }).click();
  await expect(devices.getByText('Wiped')).toBeVisible();
  await admin.keyboard.press('Escape');

  // The revocation cuts the rep's live stream at once: with no action by the rep, the app
  // deletes everything and says why.
  await expect(
    rep.getByRole('heading', { name: 'Fieldbook data was removed from this device' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(
    rep.getByText(/An administrator removed Fieldbook’s data from this device/),
  ).toBeVisible();
  await rep.screenshot({ path: `${shots}/admin-device-wiped.png` });
  const fieldbookDatabases = await rep.evaluate(
    async () => (await indexedDB.databases()).filter((db) => db.name?.includes('fieldbook')).length,
  );
  expect(fieldbookDatabases).toBe(0);
  expect(await rep.evaluate(() => sessionStorage.getItem('fieldbook.syncToken'))).toBeNull();
  await rep.getByRole('button', { name: 'Start over' }).click();
  await expect(rep.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await expect(rep.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await rep.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await expect(rep.getByText('陈静')).toHaveCount(0);

  // The audit log shows the wipe and the new user; it exports as CSV.
  await admin.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
  const audit = admin.getByRole('table', { name: 'Audit entries' });
  await expect(audit.getByText('Device wiped').first()).toBeVisible();
  await expect(audit.getByText('User created').first()).toBeVisible();
  await admin.screenshot({ path: `${shots}/admin-audit-log.png`, fullPage: true });
  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^fieldbook-audit-.*\.csv$/);

  await adminContext.close();
  await repContext.close();
});

test('an admin changes the quote prefix and the next quote made carries it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const admin = await openApp(context);
  await signIn(admin, 'admin@demo.fieldbook', demoPassword);
  // The admin pulls the whole demo company first: slow on a busy machine.
  await expect(syncStatus(admin)).toHaveText('Synced', { timeout: 60_000 });
  await admin.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await admin
    .getByRole('main')
    .getByRole('link', { name: /Number series/ })
    .click();
  const preview = admin.getByLabel('Next Quote number');
  // This device's own run: prefix, year, its device code, the sequence.
  await expect(preview).toHaveText(/^Q-\d{4}-[A-Z]+[2-9]-\d{4}$/);

  await admin.getByLabel('Prefix of Quote numbers').fill('ANG-');
  await expect(preview).toHaveText(/^ANG-\d{4}-[A-Z]+[2-9]-0001$/);
  // A prefix another kind begins with is refused before anything is saved.
  await admin.getByLabel('Prefix of Contract numbers').fill('ANG-C-');
  await admin.getByRole('button', { name: 'Review and save' }).click();
  await expect(admin.getByText(/Begins like the Quote prefix ANG-/)).toBeVisible();

  // The same screen in Chinese, for the record.
  await admin.getByRole('combobox', { name: 'Language' }).selectOption('简体中文');
  await expect(admin.getByRole('heading', { name: '编号规则' })).toBeVisible();
  await expect(admin.getByText('计数器不可编辑')).toBeVisible();
  await expect(admin.getByText(/^与报价的前缀 ANG- 开头相同/)).toBeVisible();
  await admin.screenshot({ path: `${shots}/admin-number-series-zh-CN.png`, fullPage: true });
  await admin.getByRole('combobox', { name: '语言' }).selectOption('English');

  await admin.getByLabel('Prefix of Contract numbers').fill('C-');
  await admin.getByRole('button', { name: 'Review and save' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Save Number series?' });
  await expect(dialog.getByRole('row', { name: /series\[quote\]\.prefix/ })).toContainText('ANG-');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // The server takes the change (a refusal would come back and undo it), then numbers follow it.
  await admin.getByRole('button', { name: 'Sync now' }).click();
  await expect(syncStatus(admin)).toHaveText('Synced', { timeout: 60_000 });
  await admin.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  await admin.getByRole('article').first().getByRole('link').first().click();
  await admin.getByRole('button', { name: 'New quote' }).click();
  await expect(
    admin.getByRole('heading', { level: 1, name: /^Quote ANG-\d{4}-[A-Z]+[2-9]-0001$/ }),
  ).toBeVisible();

  await context.close();
});
