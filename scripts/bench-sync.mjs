// `npm run bench:sync`: the sync client's numbers in Debian Chromium against the real server.
// Seeds 100k leads straight into a temp SQLite store, serves the bench page from the server itself
// (same origin, like the web client), and drives it with Playwright.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildApp } from '../src/server/app.ts';
import { hashPassword } from '../src/server/auth/passwords.ts';
import { openSqliteStore } from '../src/server/store/SqliteStore.ts';
import { startCpuProfile } from './bench/cpuProfile.mjs';
import { launchBenchChromium } from './bench/launchBenchChromium.mjs';
import { syncBenchLead } from './bench/syncBenchLead.mjs';

const root = resolve(import.meta.dirname, '..');
/** The numbers of this run, for `npm run bench:all` (which imports this script and reads them). */
export const results = {};
const total = Number(process.env.BENCH_SYNC_LEADS ?? 100_000);
const edits = Number(process.env.BENCH_SYNC_EDITS ?? 5_000);
// Edits per local write, one or more modes ("5000,50"; default: all in one bulk write), each
// pushed `pushRounds` times in a row; the table shows the median round of each mode.
const editModes = (process.env.BENCH_SYNC_EDITS_PER_WRITE ?? String(edits)).split(',').map(Number);
const pushRounds = Number(process.env.BENCH_SYNC_PUSH_ROUNDS ?? 3);
const latencyWrites = 50;
const started = Date.now();
const log = (message) =>
  console.log(`[bench:sync ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

log('building the bench page (production mode)');
await build({ configFile: join(root, 'tests/bench/sync/vite.config.ts') });

const dir = await mkdtemp(join(tmpdir(), 'fieldbook-bench-sync-'));
const store = openSqliteStore({ path: join(dir, 'fieldbook.db') });
await store.migrate();
const at = '2026-11-01T00:00:00.000Z';
await store.createTeam({ id: 'team-bench', name: 'Bench', createdAt: at });
const password = 'bench-password';
const passwordHash = await hashPassword(password, 1024);
for (const id of ['bench-rep', 'latency-rep']) {
  await store.createUser({
    id,
    email: `${id}@bench.fieldbook`,
    name: id,
    role: 'rep',
    teamId: 'team-bench',
    passwordHash,
    active: true,
    createdAt: at,
    updatedAt: at,
  });
}
log(`seeding ${total.toLocaleString('en')} leads into the store`);
for (let done = 0; done < total; done += 5000) {
  await store.write(async (tx) => {
    for (let i = done; i < Math.min(total, done + 5000); i += 1) {
      const data = syncBenchLead(i, 'bench-rep');
      await tx.putDocument({
        collection: 'leads',
        id: data.id,
        ownerId: 'bench-rep',
        teamId: 'team-bench',
        deleted: false,
        data,
      });
    }
  });
}

const writeTimes = [];
if (process.env.BENCH_SYNC_TRACE) {
  const write = store.write.bind(store);
  store.write = async (work) => {
    const t0 = performance.now();
    try {
      return await write(work);
    } finally {
      writeTimes.push(Math.round(performance.now() - t0));
    }
  };
}
const app = await buildApp({
  store,
  webRoot: resolve(process.env.BENCH_SYNC_OUT_DIR ?? join(root, 'out/bench-sync')),
  loginRateLimitPerMinute: 1000,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${app.server.address().port}/`;
const chromiumBench = await launchBenchChromium('fieldbook-bench-sync-profile-');
const { context } = chromiumBench;
const openPage = async () => {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return page;
};
// BENCH_SYNC_PROFILE=initial|push: the page's CPU profile of that phase, top functions by self time.
const startProfile = async (page, phase) =>
  process.env.BENCH_SYNC_PROFILE === phase
    ? startCpuProfile(context, page, log)
    : async () => undefined;
const tracePush = (push) => {
  if (!process.env.BENCH_SYNC_TRACE) return;
  for (const r of push.requests) {
    if (r.ms >= 20 || r.path.startsWith('/'))
      log(`  ${r.path} at +${r.started} ms took ${r.ms} ms`);
  }
  const byOp = new Map();
  for (const r of push.requests) {
    const op = r.path.replace(/\(\d*\)$/, '');
    const sum = byOp.get(op) ?? { n: 0, ms: 0 };
    byOp.set(op, { n: sum.n + 1, ms: sum.ms + r.ms });
  }
  for (const [op, { n, ms }] of byOp) log(`  total ${op}: ${n} calls, ${ms} ms`);
  log(`  server write transactions (ms): ${writeTimes.slice(-20).join(', ')}`);
};
const call = (page, name, ...args) =>
  page.evaluate(([fn, fnArgs]) => window.fieldbookSyncBench[fn](...fnArgs), [name, args]);

try {
  const page = await openPage();
  log('initial sync into a fresh client, then raw IndexedDB with the same pages and indexes');
  const stopInitialProfile = await startProfile(page, 'initial');
  const initial = await call(page, 'initialSync', 'bench-rep@bench.fieldbook', password, total, {
    skipRaw: process.env.BENCH_SYNC_SKIP_RAW === '1',
    traced: Boolean(process.env.BENCH_SYNC_TRACE),
  });
  await stopInitialProfile();
  const syncRate = initial.count / (initial.ms / 1000);
  const rawRate = initial.raw.docs / (initial.raw.ms / 1000);
  log(`  RxDB replication: ${initial.count} docs in ${(initial.ms / 1000).toFixed(1)} s`);
  log(`  raw IndexedDB: ${initial.raw.docs} docs in ${(initial.raw.ms / 1000).toFixed(1)} s`);

  const pushes = [];
  for (const perWrite of editModes) {
    const rounds = [];
    for (let round = 1; round <= pushRounds; round += 1) {
      log(`pushing ${edits.toLocaleString('en')} offline edits, ${perWrite} per write (${round})`);
      const stopPushProfile = await startProfile(page, 'push');
      const push = await call(page, 'pushOfflineEdits', edits, perWrite);
      await stopPushProfile();
      log(
        `  in sync after ${Math.round(push.ms)} ms, acknowledged after ${Math.round(push.ackMs)} ms (the writes took ${Math.round(push.writeMs)} ms)`,
      );
      tracePush(push);
      rounds.push(push);
    }
    rounds.sort((a, b) => a.ms - b.ms);
    pushes.push({
      perWrite,
      all: rounds.map((r) => Math.round(r.ms)),
      median: rounds[rounds.length >> 1],
    });
  }

  log(`write-on-A → visible-on-B latency over ${latencyWrites} writes`);
  const pageA = await openPage();
  const pageB = await openPage();
  await call(pageA, 'openLatency', 'latency-a', 'latency-rep@bench.fieldbook', password);
  await call(pageB, 'openLatency', 'latency-b', 'latency-rep@bench.fieldbook', password);
  const latencies = [];
  const toStream = [];
  for (let i = 0; i < latencyWrites; i += 1) {
    const { id, sent } = await call(pageA, 'write', i);
    const { seen, received } = await call(pageB, 'waitFor', id);
    latencies.push(seen - sent);
    if (received !== undefined) toStream.push(received - sent);
  }
  log(
    `  of which write on A → stream event on B: p50 ${percentile(toStream, 50)} ms, p95 ${percentile(toStream, 95)} ms`,
  );

  Object.assign(results, {
    initialSync: {
      docs: initial.count,
      ms: initial.ms,
      docsPerSecond: syncRate,
      rawDocsPerSecond: rawRate,
    },
    pushes: pushes.map(({ perWrite, median }) => ({
      edits,
      perWrite,
      ms: median.ms,
      ackMs: median.ackMs,
    })),
    latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    latencyToStream: { p50: percentile(toStream, 50), p95: percentile(toStream, 95) },
  });
  const rows = [
    ['initial sync of 100k docs (RxDB replicateRxCollection)', `${Math.round(syncRate)} docs/s`],
    [
      `raw IndexedDB floor, same pages + the leads' ${initial.indexes} indexes`,
      `${Math.round(rawRate)} docs/s`,
    ],
    [
      'ratio sync / raw floor (goal >= 80%)',
      rawRate > 0 ? `${Math.round((syncRate / rawRate) * 100)}%` : 'n/a (BENCH_SYNC_SKIP_RAW)',
    ],
    ...pushes.map(({ perWrite, all, median }) => [
      `push of ${edits} offline edits, ${perWrite} per write (goal <= 2 s)`,
      `${Math.round(median.ms)} ms in sync, ${Math.round(median.ackMs)} ms acknowledged; median of ${all.join('/')} (pending at once/500 ms/after: ${median.pendingAtOnce}/${median.pendingBefore}/${median.pendingAfter}, issues: ${median.issues})`,
    ]),
    ['write on A → visible on B p50 (goal <= 30 ms)', `${percentile(latencies, 50)} ms`],
    ['write on A → visible on B p95 (goal <= 100 ms)', `${percentile(latencies, 95)} ms`],
  ];
  console.log('');
  for (const [what, value] of rows) console.log(`${what.padEnd(60)} ${value}`);
} finally {
  await chromiumBench.close();
  await app.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
