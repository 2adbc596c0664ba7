import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchBenchChromium } from './bench/launchBenchChromium.mjs';
import { serveDirectory } from './bench/serveDirectory.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out/bench-crypto');
const batch = 500;
const rounds = Number(process.env.BENCH_CRYPTO_ROUNDS ?? 10);
const variants = ['plain', 'aesGcm', 'cryptoJs'];
const labels = {
  plain: 'no encryption (before)',
  aesGcm: 'AES-GCM fields (Fieldbook)',
  cryptoJs: 'crypto-js plugin (RxDB)',
};
const started = Date.now();
const log = (message) =>
  console.log(`[bench:crypto ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);
// Each round starts with another variant, so none always runs right after another's garbage.
const rotated = (round) => variants.map((_, i) => variants[(i + round) % variants.length]);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

log('building the bench page (production mode)');
await build({ configFile: join(root, 'tests/bench/crypto/vite.config.ts') });
const server = await serveDirectory(outDir);
const chromiumBench = await launchBenchChromium('fieldbook-bench-crypto-');
const { context } = chromiumBench;

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const call = (name, ...args) =>
    page.evaluate(([fn, fnArgs]) => window.fieldbookCryptoBench[fn](...fnArgs), [name, args]);

  const cipherOnly = [];
  const results = Object.fromEntries(variants.map((v) => [v, { insert: [], page: [], read: [] }]));
  // Warm-up: open each database and let the JIT see every path once.
  for (const variant of variants) await call('insert', variant, 50);
  log(`bulk insert of ${batch} leads, ${rounds} rounds, variants interleaved`);
  for (let round = 0; round < rounds; round += 1) {
    for (const variant of rotated(round)) {
      results[variant].insert.push(await call('insert', variant, batch));
    }
    cipherOnly.push(await call('encryptOnly', batch));
  }
  // Reads start from a fresh open, as after an app start: nothing is cached in memory.
  for (const variant of variants) await call('reopen', variant);
  log('first list page (50 leads), 15 rounds');
  for (let round = 0; round < 15; round += 1) {
    for (const variant of rotated(round)) {
      results[variant].page.push(await call('firstPage', variant, round));
    }
  }
  log('reading every lead in chunks of 400 (the search index build), 3 rounds');
  let stored = 0;
  for (let round = 0; round < 3; round += 1) {
    for (const variant of rotated(round)) {
      const { ms, count } = await call('readAll', variant, round);
      results[variant].read.push(ms);
      stored = count;
    }
  }
  const canary = await call('canary');

  const chromiumVersion = await page.evaluate(
    () => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1],
  );
  console.log(
    `\nFieldbook encryption at rest — Chromium ${chromiumVersion ?? '?'} headless, ${cpus().length} cores; medians, ratio to no encryption\n`,
  );
  const base = results.plain;
  const cell = (values, baseValues) =>
    `${median(values).toFixed(1)} ms (${(median(values) / median(baseValues)).toFixed(2)}×)`;
  const header = ['storage', `bulk insert ${batch}`, 'first page 50', `read all ${stored}`];
  const table = variants.map((v) => [
    labels[v],
    cell(results[v].insert, base.insert),
    cell(results[v].page, base.page),
    cell(results[v].read, base.read),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...table].map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  console.log(
    `\ncipher alone (3 fields × ${batch} leads, AES-GCM): ${median(cipherOnly).toFixed(1)} ms`,
  );
  console.log(
    `canary: ${canary.records} raw records in ${canary.databases} IndexedDB databases; canary hits ${canary.canaryHits} (plain control found: ${canary.plainControlFound}, read back: ${canary.readBack})`,
  );
  if (canary.canaryHits !== 0 || !canary.plainControlFound || !canary.readBack) {
    process.exitCode = 1;
    console.error('canary check FAILED');
  }
  log('done');
} finally {
  await chromiumBench.close();
  server.close();
}
