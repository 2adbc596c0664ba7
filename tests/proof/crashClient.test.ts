// kill -9 of a client between its local write and its checkpoint write (issue 10, crash tests).
//
// The client is the real data layer and sync client (RxDB on Dexie) in Debian Chromium, on the
// browser's own IndexedDB in a profile directory on disk: fake-indexeddb keeps nothing across a
// process, so only a real browser can be killed and reopened. The test starts Chromium itself
// (its own process group), connects Playwright over CDP, and ends it with SIGKILL: no unload, no
// flush, like a crash of the app.
//
// The moment is made by the server, not by a sleep. The device first pushes some leads and hears
// back (they must never be sent again). Then it writes more while offline - IndexedDB has
// committed them when bulkInsert resolves - and goes online; a test-only hook holds the answer to
// that push once the server committed it and tells the test, which kills the browser there. So
// the device has its local write and the server the batch, but the device never learned it and
// cannot have stored its push checkpoint (RxDB's per-document "assumed master" meta). After
// reopening the same profile the local write is still there, everything converges, and the
// server - counting every row it receives - got no document more than twice, and only those of
// the one batch it never answered.
//
// "Batch" is RxDB's unit of that checkpoint: an upstream task, i.e. what was written before the
// push started, pushed in `pushBatchSize` pieces (1000 in the app) in parallel and recorded only
// once all are answered. A device killed while pushing more than 1000 offline edits at once
// sends all of that task again (measured: 300 edits in pieces of 100 were all sent twice); the
// server answers such a re-sent row as a conflict with an identical copy and writes nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openSqliteStore } from '../../src/server/store/SqliteStore.ts';
import { seedTestTeam } from '../support/testTeam.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Leads written before and after the first push: both fit one push batch of the app (1000).
const half = 150;

type Chromium = { process: ChildProcess; browser: Browser; page: Page };
// Every Chromium this file started, so a failing test leaves none running.
const started: ChildProcess[] = [];

/** Starts Chromium on `profile` in a process group of its own and opens the test page. */
async function startChromium(profile: string, url: string): Promise<Chromium> {
  const child = spawn(
    chromiumPath,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  started.push(child);
  const endpoint = await new Promise<string>((done, fail) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match?.[1]) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const [context] = browser.contexts();
  if (!context) throw new Error('Chromium has no default context');
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return { process: child, browser, page };
}

/** SIGKILL to Chromium's whole process group (browser, renderers, GPU and network services). */
async function killChromium(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}

describe('kill -9 of a client mid-sync', { timeout: 180_000 }, () => {
  let dir: string;
  let url: string;
  let close: () => Promise<void>;
  let rep: { email: string; password: string };
  let leadIdsOnServer: () => Promise<string[]>;
  /** Push rows the server received, per document id. */
  const received = new Map<string, number>();
  let pushes = 0;
  const log: string[] = [];
  let holdPush = 0;
  const holding = new WeakSet<object>();
  const heldBatch = new Set<string>();
  let held: (() => void) | undefined;
  let release: () => void = () => undefined;
  const released = new Promise<void>((done) => {
    release = done;
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fieldbook-crash-client-'));
    const webRoot = join(dir, 'web');
    // A production build, as shipped (Vitest's NODE_ENV=test would make Vite build dev mode).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: resolve(import.meta.dirname, 'crashClient'),
        base: './',
        mode: 'production',
        logLevel: 'warn',
        build: { outDir: webRoot, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const store = openSqliteStore({ path: join(dir, 'fieldbook.db') });
    await store.migrate();
    const people = await seedTestTeam(store);
    rep = people.rep1;
    const app = await buildApp({ store, webRoot, loginRateLimitPerMinute: 1000 });
    const isPush = (method: string, url: string) =>
      method === 'POST' && url.startsWith('/api/sync/leads/push');
    // Test-only: count what every push carries, and hold one answer once its write committed.
    app.addHook('preHandler', async (request) => {
      if (!isPush(request.method, request.url)) return;
      pushes += 1;
      if (pushes === holdPush) holding.add(request);
      const rows = request.body as Array<{ newDocumentState: { id: string } }>;
      if (pushes === holdPush) for (const row of rows) heldBatch.add(row.newDocumentState.id);
      log.push(`push${pushes}:${(request.body as unknown[]).length}`);
      for (const row of request.body as Array<{ newDocumentState: { id: string } }>) {
        const id = row.newDocumentState.id;
        received.set(id, (received.get(id) ?? 0) + 1);
      }
    });
    app.addHook('onSend', async (request, _reply, payload) => {
      if (holding.has(request) && held) {
        held();
        held = undefined;
        await released;
      }
      return payload;
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    leadIdsOnServer = async () =>
      (
        await store.pull({ collection: 'leads', afterSeq: 0, limit: 5000, access: { kind: 'all' } })
      ).documents
        .filter((doc) => !doc.deleted)
        .map((doc) => doc.id)
        .sort();
    close = async () => {
      release();
      await app.close();
      await store.close();
    };
  }, 180_000);

  afterAll(async () => {
    for (const child of started) await killChromium(child);
    await close?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('converges after a SIGKILL once the server took a batch the device never heard back about', async () => {
    expect(existsSync(chromiumPath), `Chromium is needed at ${chromiumPath}`).toBe(true);
    const profile = join(dir, 'profile');
    const first = await startChromium(profile, url);
    const call = <T>(page: Page, script: string) => page.evaluate(script) as Promise<T>;
    const signIn = `window.fieldbookCrash.signIn(${JSON.stringify(rep.email)}, ${JSON.stringify(rep.password)})`;
    await call(first.page, 'window.fieldbookCrash.openData()');
    const userId = await call<string>(first.page, signIn);
    await call(first.page, 'window.fieldbookCrash.awaitInSync()');
    const insert = (page: Page, at: string) =>
      call<number>(
        page,
        `window.fieldbookCrash.insertLeads(${JSON.stringify(userId)}, ${half}, ${JSON.stringify(at)})`,
      );
    expect(await insert(first.page, '2026-11-02T08:00:00.000Z')).toBe(0);
    await call(first.page, 'window.fieldbookCrash.awaitInSync()');
    const acknowledged = await leadIdsOnServer();
    expect(acknowledged).toHaveLength(half);

    await call(first.page, 'window.fieldbookCrash.setOnline(false)');
    expect(await insert(first.page, '2026-11-02T09:00:00.000Z')).toBe(0);
    // The next push is held once committed; the browser dies while it waits for the answer.
    holdPush = pushes + 1;
    const reached = new Promise<void>((done) => {
      held = done;
    });
    await call(first.page, 'window.fieldbookCrash.setOnline(true)');
    await reached;
    const onServerAtKill = (await leadIdsOnServer()).length;
    await killChromium(first.process);
    release();
    expect(onServerAtKill, log.join(' ')).toBe(2 * half);
    const pushesBeforeKill = pushes;

    const second = await startChromium(profile, url);
    try {
      await call(second.page, 'window.fieldbookCrash.openData()');
      // The local write survived the kill: every lead is there before any sync.
      const survived = await call<string[]>(second.page, 'window.fieldbookCrash.leadIds()');
      expect(survived).toHaveLength(2 * half);
      await call(second.page, signIn);
      await expect
        .poll(
          () =>
            call<{ state: string; pendingChanges: number }>(
              second.page,
              'window.fieldbookCrash.status()',
            ),
          { timeout: 60_000, interval: 250 },
        )
        .toMatchObject({ state: 'synced', pendingChanges: 0 });
      const onDevice = await call<string[]>(second.page, 'window.fieldbookCrash.leadIds()');
      expect(onDevice).toEqual(survived);
      expect(await leadIdsOnServer()).toEqual(onDevice);

      const twice = [...received].filter(([, n]) => n === 2).map(([id]) => id);
      console.log(
        `client crash: pushes ${log.join(' ')} (${pushesBeforeKill} before the kill); ` +
          `${received.size} documents received, ${twice.length} of them twice`,
      );
      expect(received.size).toBe(2 * half);
      expect(Math.max(...received.values())).toBeLessThanOrEqual(2);
      // Only the unanswered batch came again; what the device had heard back about never did.
      expect(twice.every((id) => heldBatch.has(id))).toBe(true);
      expect(acknowledged.every((id) => received.get(id) === 1)).toBe(true);
    } finally {
      await second.browser.close();
    }
  });
});
