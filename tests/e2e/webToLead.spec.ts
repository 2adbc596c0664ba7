import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

// Runs against the sync server with the demo company (project "sync"): a manager allows a
// website to embed the demo "Contact us" form, the snippet is pasted into a page served on
// another local origin, a visitor submits it, and the lead reaches the rep the rules pick.
const password = 'fieldbook-demo';
const shots = 'test-results/screenshots';

async function signedIn(context: BrowserContext, email: string, baseURL: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Server URL')).toHaveValue(baseURL);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', {
    timeout: 20_000,
  });
  return page;
}

/** A company website on its own origin: one page whose body is set once the snippet exists. */
async function startWebsite(): Promise<{
  server: Server;
  origin: string;
  setBody(html: string): void;
}> {
  let body = '<p>No form yet</p>';
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Pumps</title></head><body><h1>Acme Pumps</h1>${body}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, setBody: (html) => (body = html) };
}

test('a web form embedded on another site creates a lead on the assigned rep’s device', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(120_000);
  const website = await startWebsite();
  try {
    // The manager allows the company website to embed the form and takes its snippet.
    const manager = await signedIn(await browser.newContext(), 'manager@demo.fieldbook', baseURL);
    // Web forms are company settings: reached through the settings hub.
    await manager.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await manager
      .getByRole('main')
      .getByRole('link', { name: /^Web forms & routing/ })
      .click();
    await expect(manager.getByRole('heading', { name: 'Web forms & lead routing' })).toBeVisible();
    await manager
      .getByLabel('Websites allowed to embed it (one origin per line)')
      .fill(website.origin);
    await manager.getByRole('button', { name: 'Save forms' }).click();
    await expect(manager.getByText('Saved')).toBeVisible();
    const snippet = manager.getByLabel('Embed snippet: Contact us');
    await expect(snippet).toContainText(`${baseURL}/api/intake/contact-us`);
    await manager.screenshot({ path: `${shots}/web-forms-en.png`, fullPage: true });
    website.setBody((await snippet.textContent()) ?? '');

    // The learned score: the demo company has too little won/lost history, and says so.
    await manager.getByRole('tab', { name: 'Learned score' }).click();
    await manager.getByRole('button', { name: 'Retrain now' }).click();
    await expect(
      manager.getByRole('status').filter({ hasText: 'Too little history' }),
    ).toBeVisible();
    await manager.screenshot({ path: `${shots}/learned-score-en.png` });

    // The server has the new origin once the manager's device has pushed the setting.
    await expect
      .poll(
        async () =>
          (
            await fetch(`${baseURL}/api/intake/contact-us`, {
              method: 'OPTIONS',
              headers: { origin: website.origin, 'access-control-request-method': 'POST' },
            })
          ).status,
        { timeout: 20_000 },
      )
      .toBe(204);

    // A visitor from a newsletter link fills in the form on the company's website.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(
      `${website.origin}/pumps?utm_source=newsletter&utm_medium=email&utm_campaign=spring-pumps`,
    );
    await visitor.getByLabel('First name').fill('Katrin');
    await visitor.getByLabel('Last name').fill('Schneidewind');
    await visitor.getByLabel('Email').fill('katrin@pumpen.example.de');
    await visitor.getByLabel('Company').fill('Pumpen Nord GmbH');
    await visitor.getByLabel('Country').fill('DE');
    await visitor.getByLabel('Fieldbook Demo may contact me about my request.').check();
    await visitor.getByRole('button', { name: 'Send' }).click();
    await expect(visitor.getByRole('status')).toHaveText(
      'Thank you! We will be in touch within one business day.',
    );
    await visitor.screenshot({ path: `${shots}/web-form-sent-en.png` });

    // The DACH rule gives it to Jonas Becker; his device receives it with its attribution.
    const rep = await signedIn(await browser.newContext(), 'rep2@demo.fieldbook', baseURL);
    await rep.getByRole('searchbox', { name: 'Search leads' }).fill('Schneidewind');
    await rep.getByRole('link', { name: /Schneidewind/ }).click();
    const origin = rep.getByRole('region', { name: 'Origin & learned score' });
    await expect(origin.getByText('Assigned by rule “DACH territory”')).toBeVisible();
    await expect(origin.getByText('newsletter', { exact: true })).toBeVisible();
    await expect(origin.getByText('spring-pumps', { exact: true })).toBeVisible();
    await expect(origin.getByText('contact-us', { exact: true })).toBeVisible();
    await expect(
      origin.getByText('Too little history for a learned score; the rule score applies.'),
    ).toBeVisible();
    await expect(rep.getByTestId('lead-score')).toHaveText(/of 100/);
    await origin.screenshot({ path: `${shots}/web-lead-origin-en.png` });
  } finally {
    website.server.close();
  }
});
