// Debian's Chromium with a fresh on-disk profile: IndexedDB in `newContext()` lives in memory and
// would flatter every storage number.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** Launches headless Chromium on a new profile; `close()` also deletes the profile. */
export async function launchBenchChromium(prefix) {
  const profile = await mkdtemp(join(tmpdir(), prefix));
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
  return {
    context,
    version: context.browser()?.version() ?? '',
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
