// `npm run bench`: the data layer's numbers in Debian Chromium with 100k leads on disk.
// Builds tests/bench (the real data layer, production mode), serves it, drives it with Playwright.
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out/bench');
const total = Number(process.env.BENCH_LEADS ?? 100_000);
const seedBatch = 5_000;
const started = Date.now();
const log = (message) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () => resolvePromise(server)),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

log('building the bench page (production mode)');
await build({ configFile: join(root, 'tests/bench/vite.config.ts') });
const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const profile = await mkdtemp(join(tmpdir(), 'fieldbook-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--no-sandbox',
  ],
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error));
  const load = async () => {
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  };
  const call = (name, ...args) =>
    page.evaluate(([fn, fnArgs]) => window.fieldbookBench[fn](...fnArgs), [name, args]);

  await load();
  log(`seeding ${total.toLocaleString('en')} leads in batches of ${seedBatch}`);
  let seedMs = 0;
  let bytesPerLead = 0;
  const chunk = 20_000;
  for (let done = 0; done < total; done += chunk) {
    const result = await call('seed', Math.min(chunk, total - done), seedBatch);
    seedMs += result.ms;
    bytesPerLead = result.bytesPerLead;
    log(
      `  ${(done + Math.min(chunk, total - done)).toLocaleString('en')} leads (${Math.round(Math.min(chunk, total - done) / (result.ms / 1000))} leads/s)`,
    );
  }

  // Opening to the first page is measured on a freshly loaded page each time: nothing cached.
  const opens = [];
  for (let run = 0; run < 5; run += 1) {
    await load();
    opens.push(await call('openToFirstPage'));
  }
  log(`open → first page: ${opens.map((o) => ms(o.totalMs)).join(', ')}`);

  const firstPages = await call('firstPages');
  const inserts = await call('bulkInsert', 500, 7);
  log(`bulk insert 500: ${inserts.map(ms).join(', ')}`);
  const counts = await call('countEvent', 7);
  log(`count event: ${counts.results.map((c) => `${ms(c.ms)} (${c.count})`).join(', ')}`);
  const searchBuild = await call('buildSearch');
  log(`search index: ${ms(searchBuild.ms)} for ${searchBuild.entries} leads`);
  const typed = await call('typeQueries', [
    'wang',
    '王丽',
    '科技',
    '上海星辰',
    'schmidt',
    'acme',
    '138',
    '1380013',
    'anna.sch',
    '有限公司',
    'zenith mil',
    '北京红叶贸易',
  ]);
  const searchTimes = typed.map((sample) => sample.ms);
  const slowest = [...typed].sort((a, b) => b.ms - a.ms).slice(0, 3);

  const openTotals = opens.map((o) => o.totalMs);
  const rows = [
    ['bulk insert of 500 leads (median of 7)', ms(median(inserts)), '<= 60 ms'],
    // The first count is the honest one: RxDB caches a query's result until the collection changes.
    [
      'count of one event’s leads (first, uncached)',
      `${ms(counts.results[0].ms)} (${counts.results[0].count} leads)`,
      '<= 20 ms',
    ],
    [
      'open database → first list page (median of 5 fresh loads)',
      ms(median(openTotals)),
      '<= 150 ms',
    ],
    ['search keypress → first page of results (p95)', ms(percentile(searchTimes, 95)), '<= 50 ms'],
  ];
  const info = [
    ['leads in the database', (total + 7 * 500).toLocaleString('en')],
    ['average stored lead (JSON)', `${Math.round(bytesPerLead)} bytes`],
    ['seeding throughput', `${Math.round(total / (seedMs / 1000))} leads/s`],
    ['open alone (median)', ms(median(opens.map((o) => o.openMs)))],
    ['bulk insert 500 (min / max)', `${ms(Math.min(...inserts))} / ${ms(Math.max(...inserts))}`],
    ['count of all leads, index only', `${ms(counts.allMs)} (${counts.all})`],
    ...Object.entries(firstPages).map(([label, value]) => [`first page, ${label}`, ms(value)]),
    [
      'search index build (background)',
      `${ms(searchBuild.ms)}, longest UI stall ${ms(searchBuild.longestStallMs)}`,
    ],
    [
      'search keypress p50 / max',
      `${ms(percentile(searchTimes, 50))} / ${ms(Math.max(...searchTimes))} over ${searchTimes.length} keypresses`,
    ],
    [
      'slowest keypresses',
      slowest.map((s) => `"${s.text}" ${ms(s.ms)} (${s.hits} hits)`).join('; '),
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length), ...info.map((r) => r[0].length));
  console.log(
    `\nFieldbook data benchmark — Chromium, persistent profile, ${total.toLocaleString('en')} leads\n`,
  );
  console.log(`${'measure'.padEnd(width)}  ${'result'.padEnd(28)}  goal`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(28)}  --------`);
  for (const [label, value, goal] of rows)
    console.log(`${label.padEnd(width)}  ${value.padEnd(28)}  ${goal}`);
  console.log('');
  for (const [label, value] of info) console.log(`${label.padEnd(width)}  ${value}`);
  log('done');
} finally {
  await context.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
