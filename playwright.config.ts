import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const isCi = Boolean(process.env.CI);
// The port and the built web client's directory can be moved (FIELDBOOK_E2E_SYNC_PORT,
// FIELDBOOK_WEB_OUT_DIR) so two runs can share a machine.
// Every browser test loads the web client as users get it: served by the sync server (with demo
// data and its headers, the Content-Security-Policy among them), not by a development server.
// The web project's tests never sign in, so they work on the device alone; the sync project's
// sign in to the demo company.
const syncPort = Number(process.env.FIELDBOOK_E2E_SYNC_PORT ?? 4411);
const syncUrl = `http://127.0.0.1:${syncPort}`;
// A fresh store per run: made once in the runner process; workers inherit the variable.
process.env.FIELDBOOK_E2E_SYNC_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'fieldbook-e2e-sync-'));
const syncDataDir = process.env.FIELDBOOK_E2E_SYNC_DATA_DIR;

// Debian's Chromium, quiet: no update checks, sync or first-run pages. Chromium's own sandbox
// cannot start as root (CI runs as root), so only then is it switched off.
const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.FIELDBOOK_E2E_OUTPUT_DIR ?? 'test-results',
  forbidOnly: isCi,
  retries: 0,
  // One at a time in CI: the tests are bound by the two cores (two at once took twice as long
  // each), and the sync test times the manager's screen against a 2 s goal.
  workers: isCi ? 1 : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: syncUrl,
    // Recording a trace snapshots the page's DOM on every action, which took about a fifth of
    // the page's main thread in a CPU profile of the sync test; CI keeps the failure's screenshot
    // and error context, and a local run keeps the trace of a failure.
    trace: isCi ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore:
        /(electron|sync|quotes|admin|webToLead|orders|invoices|screens|encryptedAtRest|accounts)\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    {
      name: 'sync',
      testMatch:
        /(sync|quotes|admin|webToLead|orders|invoices|screens|encryptedAtRest|accounts)\.spec\.ts$/,
      // One demo company for all of them: one test at a time, also where workers run in parallel.
      workers: 1,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      // Builds nothing: `npm run test:e2e` has already built dist/web, which the server serves.
      command: 'node src/server/main.ts --demo',
      url: `${syncUrl}/healthz`,
      env: {
        PORT: String(syncPort),
        HOST: '127.0.0.1',
        DATA_DIR: syncDataDir,
        ...(process.env.FIELDBOOK_WEB_OUT_DIR
          ? { FIELDBOOK_WEB_ROOT: process.env.FIELDBOOK_WEB_OUT_DIR }
          : {}),
      },
      // Never reuse: the test counts on a fresh demo store.
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
