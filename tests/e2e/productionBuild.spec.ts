import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// RxDB's dev-mode runs expensive checks and loads a remote iframe; it must never ship.
test('the production web build contains no RxDB dev-mode and loads no remote code', async ({
  page,
}) => {
  const assets = join(import.meta.dirname, '../../dist/web/assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code, name).not.toContain('RxDB dev-mode warning');
    expect(code, name).not.toContain('addDevModeTrackingIframe');
  }
  const remote: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') remote.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  expect(remote).toEqual([]);
});

// A team's server on plain http, opened from another computer (http://fieldbook.test here,
// answered by the real server): the browser withholds WebCrypto there, so the encrypted local
// data cannot open. The page must load (nothing upgraded to https) and say what to do.
test('opened on a plain-http address of another computer, the web client asks for its https address', async ({
  page,
  baseURL,
}) => {
  const server = new URL(baseURL ?? '');
  await page.route('http://fieldbook.test/**', async (route) => {
    const url = new URL(route.request().url());
    url.protocol = server.protocol;
    url.host = server.host;
    await route.fulfill({ response: await route.fetch({ url: url.toString() }) });
  });
  await page.goto('http://fieldbook.test/');
  await expect(
    page.getByRole('heading', { name: 'Open Fieldbook at its secure address' }),
  ).toBeVisible();
  await expect(page.getByText('http://fieldbook.test is neither')).toBeVisible();
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
});
