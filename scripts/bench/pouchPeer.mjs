// The peer of `npm run bench:all`: the same leads bench:sync seeds, bulk-loaded into pouchdb-server
// (in memory, its own process), then replicated by PouchDB into IndexedDB in a fresh Chromium.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'vite';
import { launchBenchChromium } from './launchBenchChromium.mjs';
import { serveDirectory } from './serveDirectory.mjs';
import { syncBenchLead } from './syncBenchLead.mjs';

const root = resolve(import.meta.dirname, '../..');

async function startPouchServer(port) {
  // pouchdb-server writes its config.json and log.txt into its working directory.
  const cwd = await mkdtemp(join(tmpdir(), 'fieldbook-bench-pouchdb-'));
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/pouchdb-server/bin/pouchdb-server'),
      '--in-memory',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd, stdio: 'ignore' },
  );
  const exited = new Promise((resolvePromise) => child.on('exit', resolvePromise));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (attempt > 300 || child.exitCode !== null) throw new Error('pouchdb-server did not start');
      await sleep(100);
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(cwd, { recursive: true, force: true });
    },
  };
}

async function bulkLoad(dbUrl, total) {
  const created = await fetch(dbUrl, { method: 'PUT' });
  if (!created.ok) throw new Error(`could not create ${dbUrl}: ${created.status}`);
  for (let done = 0; done < total; done += 5000) {
    const docs = [];
    for (let i = done; i < Math.min(total, done + 5000); i += 1) {
      const lead = syncBenchLead(i, 'bench-rep');
      docs.push({ _id: lead.id, ...lead });
    }
    const response = await fetch(`${dbUrl}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ docs }),
    });
    const answers = await response.json();
    const failed = answers.filter((answer) => answer.error);
    if (!response.ok || failed.length > 0) {
      throw new Error(`bulk load refused ${failed.length} docs: ${JSON.stringify(failed[0])}`);
    }
  }
}

/** Loads `total` leads into pouchdb-server and times PouchDB's initial replication of them. */
export async function runPouchPeer({
  total,
  port = Number(process.env.BENCH_PEER_PORT ?? 5986),
  batchSize = Number(process.env.BENCH_PEER_BATCH ?? 1000),
  outDir = resolve(process.env.BENCH_PEER_OUT_DIR ?? join(root, 'out/bench-peer')),
  log = console.log,
}) {
  await build({ configFile: join(root, 'tests/bench/peer/vite.config.ts'), build: { outDir } });
  const server = await startPouchServer(port);
  let browser;
  const site = await serveDirectory(outDir);
  try {
    const loadStarted = performance.now();
    await bulkLoad(`${server.url}/leads`, total);
    log(
      `  ${total} leads loaded into pouchdb-server in ${Math.round(performance.now() - loadStarted)} ms`,
    );
    browser = await launchBenchChromium('fieldbook-bench-peer-profile-');
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(`http://127.0.0.1:${site.address().port}/`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const result = await page.evaluate(
      ([remote, batch]) => window.pouchPeerBench.initialSync(remote, batch),
      [`${server.url}/leads`, batchSize],
    );
    if (result.count !== total) throw new Error(`PouchDB holds ${result.count} of ${total} docs`);
    return { ...result, batchSize, docsPerSecond: result.count / (result.ms / 1000) };
  } finally {
    await browser?.close();
    site.close();
    await server.stop();
  }
}
