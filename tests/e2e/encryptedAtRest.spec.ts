import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { profileHits } from './profileHits.ts';

// Runs against the sync server's own web client (project "sync"). The device under test keeps a
// real Chromium profile on disk, which the test then reads past the app: IndexedDB through its
// raw API, and every file of the profile.
const password = 'fieldbook-demo';
// Sync rounds on a loaded 2-core machine take far longer than expect()'s default 10 s.
const syncTimeout = { timeout: 60_000 };
const tag = `AtRest${Date.now().toString(36)}`;
const canary = {
  email: `canary.${tag.toLowerCase()}@leak-check.example`,
  phone: '+86 139 2468 1357',
  lostNote: `LOST-NOTE-CANARY-${tag}`,
  keptNote: `KEPT-NOTE-CANARY-${tag}`,
};
// Names are stored in plain text (they feed the sort indexes): proves the readers see records.
const company = `Plain Company ${tag}`;

async function openSignedIn(context: BrowserContext, baseURL: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseURL);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill('rep1@demo.fieldbook');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', syncTimeout);
  return page;
}

async function editNotes(page: Page, notes: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Leads' }).click();
  await page.getByRole('searchbox', { name: 'Search leads' }).fill(tag);
  await page.getByRole('link', { name: /Canary/ }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit lead' });
  await dialog.getByLabel('Notes').fill(notes);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
}

/** Every record of every IndexedDB database of the page's origin, read past the app. */
function rawIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        parts.push(info.name, name, JSON.stringify(await request(store.getAll())));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

test('a conflict leaves no personal value in plain text in the Chromium profile', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(300_000);
  const profile = await mkdtemp(join(tmpdir(), 'fieldbook-e2e-at-rest-'));
  const launchOptions = test.info().project.use.launchOptions ?? {};
  const device = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  const other = await browser.newContext();
  try {
    const page = await openSignedIn(device, baseURL);
    await page.getByRole('button', { name: 'New lead' }).click();
    const capture = page.getByRole('dialog', { name: 'New lead' });
    await capture.getByLabel('First name').fill('Canary');
    await capture.getByLabel('Last name').fill('Liu');
    await capture.getByLabel('Company').fill(company);
    await capture.getByLabel('Email').fill(canary.email);
    await capture.getByLabel('Phone').fill(canary.phone);
    await capture.getByRole('button', { name: 'Save lead' }).click();
    await expect(capture.getByLabel('First name')).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText(
      'Synced',
      syncTimeout,
    );

    // The same rep on another device: both change the note; the later change wins on the server
    // and this device's note lands in its Conflicts inbox.
    const otherPage = await openSignedIn(other, baseURL);
    await device.setOffline(true);
    await editNotes(page, canary.lostNote);
    await editNotes(otherPage, canary.keptNote);
    await expect(otherPage.getByRole('status', { name: 'Sync status' })).toHaveText(
      'Synced',
      syncTimeout,
    );
    await device.setOffline(false);
    await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText(
      'Synced',
      syncTimeout,
    );

    await page.getByRole('link', { name: 'Conflicts' }).click();
    const table = page.getByRole('table', { name: 'Conflicts' });
    await expect(table).toContainText(canary.lostNote);
    await expect(table).toContainText(canary.keptNote);

    const raw = await rawIndexedDb(page);
    expect(raw).toContain(company);
    expect(raw).toContain('fieldbook-local-');
    for (const value of Object.values(canary)) expect(raw).not.toContain(value);
    // The control proves the file reader finds what is there: the plain company name.
    expect(await profileHits(profile, [company])).not.toEqual([]);
    expect(await profileHits(profile, Object.values(canary))).toEqual([]);

    // The sealed losing value is still re-applied from the inbox and reaches the other device.
    await table.getByRole('button', { name: 'Re-apply other value' }).click();
    await expect(page.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
    await expect(otherPage.getByText(canary.lostNote)).toBeVisible(syncTimeout);
  } finally {
    await other.close();
    await device.close();
    await rm(profile, { recursive: true, force: true });
  }
});
