// Renders resources/icon.svg to resources/icon.png (512x512, transparent corners) with Debian's
// Chromium, so the committed PNG can always be rebuilt from the SVG: `node scripts/render-icon.mjs`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const resources = resolve(import.meta.dirname, '../resources');
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const page = await browser.newPage({
    viewport: { width: 512, height: 512 },
    deviceScaleFactor: 1,
  });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(resources, 'icon.png'), omitBackground: true });
  console.log('Wrote resources/icon.png');
} finally {
  await browser.close();
}
