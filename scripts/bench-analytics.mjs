import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchBenchChromium } from './bench/launchBenchChromium.mjs';
import { serveDirectory } from './bench/serveDirectory.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out/bench-analytics');
const started = Date.now();
const log = (message) =>
  console.log(`[bench:analytics ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

log('building the bench page (production mode)');
await build({ configFile: join(root, 'tests/bench/analytics/vite.config.ts') });
const server = await serveDirectory(outDir);
const base = `http://127.0.0.1:${server.address().port}/`;
const chromiumBench = await launchBenchChromium('fieldbook-bench-analytics-');
const { context } = chromiumBench;

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error));
  const load = async (url) => {
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  };
  await load(base);
  const chromiumVersion = await page.evaluate(
    () => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1],
  );
  log('seeding a year of sales');
  const seeded = await page.evaluate(
    (end) => window.fieldbookAnalyticsBench.seed(end),
    new Date().toISOString(),
  );
  log(`  ${JSON.stringify(seeded.counts)} in ${ms(seeded.ms)}`);

  const direct = { rep: [], manager: [], finance: [] };
  for (let run = 0; run < 3; run += 1) {
    for (const audience of ['manager', 'rep', 'finance']) {
      await load(
        `${base}?app=1&run=${run}&audience=${audience}#/analytics?audience=${audience}&period=last12Months`,
      );
      const shown = await Promise.race([
        page.evaluate(() => window.benchDirect),
        page.waitForTimeout(60_000).then(() => undefined),
      ]);
      if (!shown) {
        await page.screenshot({ path: join(tmpdir(), 'fieldbook-bench-analytics-stuck.png') });
        throw new Error(
          `the ${audience} dashboard did not show within 60 s (screenshot ${join(tmpdir(), 'fieldbook-bench-analytics-stuck.png')})`,
        );
      }
      direct[audience].push(shown);
    }
  }
  log(
    `open app on a dashboard → painted: ${JSON.stringify(Object.fromEntries(Object.entries(direct).map(([k, v]) => [k, v.map((r) => Math.round(r.paintMs))])))}`,
  );

  const switches = { rep: [], manager: [], finance: [] };
  await load(`${base}?app=1#/analytics?audience=manager&period=last12Months`);
  await page.evaluate(() => window.benchDirect);
  await page.waitForTimeout(1000);
  for (let run = 0; run < 3; run += 1) {
    for (const audience of ['finance', 'rep', 'manager']) {
      const label = { rep: 'Rep', manager: 'Manager', finance: 'Finance' }[audience];
      await page.evaluate((name) => {
        window.benchSwitch = window.fieldbookAnalyticsBench.armSwitch(name);
      }, audience);
      const radio = page.getByRole('radio', { name: label });
      await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
      switches[audience].push(await page.evaluate(() => window.benchSwitch));
      await page.waitForTimeout(300);
    }
  }
  log(
    `switch dashboard (data in memory) → painted: ${JSON.stringify(Object.fromEntries(Object.entries(switches).map(([k, v]) => [k, v.map((r) => Math.round(r.paintMs))])))}`,
  );

  const rows = ['rep', 'manager', 'finance'].flatMap((audience) => {
    const switched = median(switches[audience].map((r) => r.paintMs));
    return [
      [
        `${audience} dashboard: click → painted, records in memory (median of 3)`,
        ms(switched),
        '<= 500 ms',
        switched <= 500 ? 'met' : 'missed',
      ],
      [
        `${audience} dashboard: app opened on it → painted, incl. reading IndexedDB (median of 3)`,
        ms(median(direct[audience].map((r) => r.paintMs))),
        '',
        '',
      ],
    ];
  });
  console.log('\nDashboards (npm run bench:analytics)');
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), load ${loadavg()[0].toFixed(1)}, Chromium ${chromiumVersion ?? '?'} headless`,
  );
  console.log(
    `data: ${Object.entries(seeded.counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}`,
  );
  console.log('| measurement | result | goal | |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await chromiumBench.close();
  server.close();
}
