import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { detectElectronLaunch } from '../../src/main/launcher/detectElectronLaunch.ts';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function electronPackageJson(): string | undefined {
  try {
    return createRequire(join(root, 'package.json')).resolve('electron/package.json');
  } catch {
    return undefined;
  }
}

const launch = detectElectronLaunch({
  electronPackageJson: electronPackageJson(),
  env: process.env,
  platform: process.platform,
});
const skipReason = launch.canLaunch ? '' : `Electron launch test skipped: ${launch.reason}`;
if (!launch.canLaunch) console.log(skipReason);

test.describe('desktop app', () => {
  test.skip(!launch.canLaunch, skipReason);

  test('opens one isolated, sandboxed window on the Leads screen', async () => {
    if (!launch.canLaunch) return;
    const app = await electron.launch({
      executablePath: launch.executablePath,
      args: [root, '--lang=en-US', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('Fieldbook');
      await expect(page.getByRole('button', { name: 'New lead' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Search leads' })).toBeVisible();

      const renderer = await page.evaluate(() => {
        const exposed: unknown = Reflect.get(window, 'fieldbook');
        return {
          require: typeof Reflect.get(window, 'require'),
          process: typeof Reflect.get(globalThis, 'process'),
          module: typeof Reflect.get(window, 'module'),
          fieldbookKeys: exposed && typeof exposed === 'object' ? Object.keys(exposed).sort() : [],
          kind: exposed && typeof exposed === 'object' ? Reflect.get(exposed, 'kind') : undefined,
        };
      });
      expect(renderer).toEqual({
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        fieldbookKeys: ['getAppVersion', 'kind', 'notify', 'openExternal'],
        kind: 'electron',
      });
      const appVersion: unknown = await page.evaluate(() =>
        Reflect.apply(
          Reflect.get(Reflect.get(window, 'fieldbook'), 'getAppVersion'),
          undefined,
          [],
        ),
      );
      expect(appVersion).toBe(version);

      // New windows are refused, and an unsafe link is not handed to the system either.
      const opened = await page.evaluate(() => window.open('file:///etc/passwd') === null);
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
