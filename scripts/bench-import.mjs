import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchBenchChromium } from './bench/launchBenchChromium.mjs';
import { serveDirectory } from './bench/serveDirectory.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out/bench-import');
const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const goalMs = 30_000;
const started = Date.now();
const log = (message) =>
  console.log(`[bench:import ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

log('building the bench page (production mode)');
await build({ configFile: join(root, 'tests/bench/import/vite.config.ts') });
const server = await serveDirectory(outDir);
const base = `http://127.0.0.1:${server.address().port}/`;
const chromiumBench = await launchBenchChromium('fieldbook-bench-import-');
const { context } = chromiumBench;

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${base}?batch=${process.env.BENCH_IMPORT_BATCH ?? 1000}`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const chromiumVersion = await page.evaluate(
    () => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1],
  );
  const runs = [];
  const plans = [
    ['into an empty database', 1],
    [`into a database holding the first file's leads`, 2],
  ].slice(0, Number(process.env.BENCH_IMPORT_RUNS ?? 2));
  for (const [label, seed] of plans) {
    log(`importing ${rows.toLocaleString('en')} rows ${label}`);
    const run = await page.evaluate(
      ([n, s]) => window.fieldbookImportBench.importCsv(n, s),
      [rows, seed],
    );
    runs.push({ label, ...run });
    log(
      `  total ${(run.totalMs / 1000).toFixed(1)} s (read ${run.readMs.toFixed(0)} ms, plan ${run.planMs.toFixed(0)} ms, write ${run.writeMs.toFixed(0)} ms); imported ${run.imported}, skipped ${run.skipped}, failed ${run.failed}; ${run.stored} leads stored`,
    );
  }
  console.log(
    `\nFieldbook CSV import benchmark — Chromium ${chromiumVersion ?? '?'} headless, ${cpus().length} cores (${cpus()[0]?.model.trim()})\n`,
  );
  const header = ['import', 'file', 'read+parse', 'plan', 'write', 'total', 'goal', 'verdict'];
  const table = runs.map((run) => [
    `${rows.toLocaleString('en')} rows ${run.label}`,
    `${(run.bytes / 1e6).toFixed(1)} MB`,
    `${run.readMs.toFixed(0)} ms`,
    `${run.planMs.toFixed(0)} ms`,
    `${run.writeMs.toFixed(0)} ms`,
    `${(run.totalMs / 1000).toFixed(1)} s`,
    '<= 30 s',
    run.totalMs <= goalMs ? 'met' : 'missed',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...table].map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of table) console.log(line(r));
  for (const run of runs) {
    console.log(
      `${run.label}: ${run.summary.valid} valid, ${run.summary.invalid} invalid, ${run.summary.inFileDuplicates} repeated in the file, ${run.summary.existingDuplicates} already stored; imported ${run.imported}, skipped ${run.skipped}, failed ${run.failed}`,
    );
  }
  log('done');
} finally {
  await chromiumBench.close();
  server.close();
}
