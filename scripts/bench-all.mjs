// `npm run bench:all`: the scale benchmarks of one run in one table, beside a widely used peer.
// It composes the existing benches: bench-sse.mjs (5,000 live streams on one server process),
// bench/pouchPeer.mjs (PouchDB in Chromium replicating the same leads from pouchdb-server), then
// bench-sync.mjs (initial sync, push, A→B latency) and bench.mjs (first page and search at 100k),
// both imported as they are: their own logs and tables print as they run, their numbers are
// read from their exported `results`. Sizes: BENCH_ALL_DOCS (100,000), BENCH_ALL_SSE (5,000);
// BENCH_ALL_ONLY=sse,peer,sync,data runs only those parts; BENCH_ALL_OUT_DIR holds the builds.
import { join, resolve } from 'node:path';
import { ensureFileLimit } from './bench/fileLimit.mjs';
import { loadAverage, machineInfo } from './bench/machineInfo.mjs';
import { runPouchPeer } from './bench/pouchPeer.mjs';

const root = resolve(import.meta.dirname, '..');
const docs = Number(process.env.BENCH_ALL_DOCS ?? 100_000);
const sseClients = Number(process.env.BENCH_ALL_SSE ?? 5000);
const outRoot = resolve(process.env.BENCH_ALL_OUT_DIR ?? join(root, 'out/bench-all'));
const only = new Set((process.env.BENCH_ALL_ONLY ?? '').split(',').filter(Boolean));
const wants = (part) => only.size === 0 || only.has(part);
const started = Date.now();
const log = (message) =>
  console.log(`[bench:all ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

if (wants('sse')) ensureFileLimit(sseClients + 512);
const machine = machineInfo();
const loadBefore = loadAverage();
const failures = [];
// One part failing (a timeout on a loaded machine) still leaves the others' numbers.
const attempt = async (part, work) => {
  if (!wants(part)) return undefined;
  try {
    return await work();
  } catch (error) {
    console.error(`[bench:all] ${part} failed:`, error);
    failures.push(`${part}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
};
// The imported benches read their sizes from the environment; an explicit setting wins.
const setDefault = (name, value) => {
  process.env[name] ??= String(value);
};

log(`${sseClients.toLocaleString('en')} concurrent SSE clients on one server process`);
const sse = await attempt('sse', async () => {
  const { runSseBench } = await import('./bench-sse.mjs');
  return runSseBench({ clients: sseClients, log: (m) => log(`  ${m}`) });
});

// The peer runs right before Fieldbook's own initial sync: same leads, same machine, same run.
log(`peer: PouchDB in Chromium replicating ${docs.toLocaleString('en')} leads from pouchdb-server`);
const peer = await attempt('peer', () =>
  runPouchPeer({ total: docs, outDir: join(outRoot, 'peer'), log }),
);
if (peer) log(`  PouchDB: ${peer.count} docs in ${(peer.ms / 1000).toFixed(1)} s`);

const sync = await attempt('sync', async () => {
  setDefault('BENCH_SYNC_LEADS', docs);
  setDefault('BENCH_SYNC_OUT_DIR', join(outRoot, 'sync'));
  return (await import('./bench-sync.mjs')).results;
});

const data = await attempt('data', async () => {
  setDefault('BENCH_LEADS', docs);
  setDefault('BENCH_OUT_DIR', join(outRoot, 'data'));
  setDefault('BENCH_ONLY', 'open,count,search');
  return (await import('./bench.mjs')).results;
});

const n = (value) => Math.round(value).toLocaleString('en');
const ms = (value) => (value === undefined ? 'n/a' : `${n(value)} ms`);
const missing = ['n/a', '', '', ''];
const initial = sync?.initialSync;
const pushOne = sync?.pushes?.[0];
const firstPages = Object.entries(data?.firstPages ?? {});
const slowestFirstPage = firstPages.sort((a, b) => b[1] - a[1])[0];
const rows = [
  [
    `initial sync of ${n(docs)} leads, fresh Chromium client`,
    ...(initial
      ? [
          `${(initial.ms / 1000).toFixed(1)} s (${n(initial.docsPerSecond)} docs/s)`,
          peer ? `${(peer.ms / 1000).toFixed(1)} s (${n(peer.docsPerSecond)} docs/s)` : 'n/a',
          peer ? `${(initial.docsPerSecond / peer.docsPerSecond).toFixed(2)}× PouchDB` : '',
          '>= 5× PouchDB',
        ]
      : missing),
  ],
  [
    '  the same against raw IndexedDB (same pages, same indexes)',
    ...(initial?.rawDocsPerSecond
      ? [
          `${n(initial.docsPerSecond)} docs/s`,
          `raw ${n(initial.rawDocsPerSecond)} docs/s`,
          `${Math.round((initial.docsPerSecond / initial.rawDocsPerSecond) * 100)}% of raw`,
          '>= 80% of raw',
        ]
      : missing),
  ],
  [
    `push of ${n(pushOne?.edits ?? 5000)} offline edits (acknowledged / in sync)`,
    ...(pushOne ? [`${ms(pushOne.ackMs)} / ${ms(pushOne.ms)}`, '', '', '<= 2,000 ms'] : missing),
  ],
  [
    'write on A → visible on B, p50 / p95',
    ...(sync
      ? [`${ms(sync.latency.p50)} / ${ms(sync.latency.p95)}`, '', '', '<= 30 / 100 ms']
      : missing),
  ],
  [
    `one write → all ${n(sseClients)} SSE streams, p50 / p95 of ${sse?.writes ?? 0} writes`,
    ...(sse ? [`${ms(sse.reachAllP50)} / ${ms(sse.reachAllP95)}`, '', '', ''] : missing),
  ],
  [
    `  server RSS with ${n(sseClients)} streams open (peak)`,
    ...(sse
      ? [
          `${n(sse.rssConnectedMiB)} MiB (${n(sse.rssPeakMiB)} MiB)`,
          `idle ${n(sse.rssIdleMiB)} MiB`,
          '',
          '',
        ]
      : missing),
  ],
  [
    `open database → first list page at ${n(docs)} leads`,
    ...(data?.openToFirstPage !== undefined
      ? [
          ms(data.openToFirstPage),
          `raw ${ms(data.openToFirstPageRaw)}`,
          `${(data.openToFirstPage / data.openToFirstPageRaw).toFixed(2)}× raw`,
          '<= 150 ms',
        ]
      : missing),
  ],
  [
    `  first page of ${firstPages.length} list orders/filters, slowest`,
    ...(slowestFirstPage ? [ms(slowestFirstPage[1]), slowestFirstPage[0], '', ''] : missing),
  ],
  [
    `search keypress → first page of results at ${n(docs)} leads, p50 / p95`,
    ...(data?.search
      ? [`${ms(data.search.p50)} / ${ms(data.search.p95)}`, '', '', 'p95 <= 50 ms']
      : missing),
  ],
];
const header = ['measure', 'Fieldbook', 'peer / floor', 'ratio', 'goal'];
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
const line = (r) =>
  r
    .map((cell, i) => String(cell).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(`\nFieldbook at scale (npm run bench:all), ${new Date().toISOString()}\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log(
  `\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; ${machine.chromium}`,
);
console.log(`load average before / after: ${loadBefore} / ${loadAverage()}`);
console.log(
  `peer: pouchdb-browser (IndexedDB) from pouchdb-server --in-memory, batch_size ${peer?.batchSize ?? 'n/a'}; took ${((Date.now() - started) / 60_000).toFixed(1)} min`,
);
for (const failure of failures) console.log(`FAILED ${failure}`);
process.exitCode = failures.length > 0 ? 1 : 0;
