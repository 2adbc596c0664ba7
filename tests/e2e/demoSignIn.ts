import { type BrowserContext, expect, type Page } from '@playwright/test';

/** Every demo user's password (the sync project's demo company). */
export const demoPassword = 'fieldbook-demo';

/**
 * Signs a demo user in on `page` from the local app, as a person does (the banner's Sign in,
 * the server the web client came from), and waits until their data is synced.
 */
export async function signInAsDemoUser(page: Page, email: string, baseURL: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Server URL')).toHaveValue(baseURL);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // Signing in opens the signed-in person's own database: slower on a busy machine.
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', {
    timeout: 15_000,
  });
}

/** A new page in `context` with a demo user signed in and synced. */
export async function signedInDemoApp(context: BrowserContext, email: string, baseURL: string) {
  const page = await context.newPage();
  await signInAsDemoUser(page, email, baseURL);
  return page;
}
