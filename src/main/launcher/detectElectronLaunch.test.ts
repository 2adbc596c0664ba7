import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectElectronLaunch } from './detectElectronLaunch.ts';

let root: string;
let packageJson: string;
const withDisplay = { DISPLAY: ':0' };

// A real folder shaped like node_modules/electron, so the real file checks run.
function installElectron(options: { pathTxt?: string; binary?: string }): void {
  const dir = join(root, 'electron');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(packageJson, '{"name":"electron"}');
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(join(dir, 'dist', options.binary), '');
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fieldbook-electron-'));
  packageJson = join(root, 'electron', 'package.json');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('detectElectronLaunch', () => {
  it('finds the binary that path.txt names', () => {
    installElectron({ pathTxt: 'electron', binary: 'electron' });
    expect(
      detectElectronLaunch({
        electronPackageJson: packageJson,
        env: withDisplay,
        platform: 'linux',
      }),
    ).toEqual({ canLaunch: true, executablePath: join(root, 'electron', 'dist', 'electron') });
  });

  it('says the binary was never downloaded when path.txt is missing (the lazy-download case)', () => {
    installElectron({});
    const launch = detectElectronLaunch({
      electronPackageJson: packageJson,
      env: withDisplay,
      platform: 'linux',
    });
    expect(launch).toEqual({
      canLaunch: false,
      reason: expect.stringMatching(/not been downloaded/),
    });
  });

  it('says the binary is missing when path.txt points at nothing', () => {
    installElectron({ pathTxt: 'electron' });
    const launch = detectElectronLaunch({
      electronPackageJson: packageJson,
      env: withDisplay,
      platform: 'linux',
    });
    expect(launch).toEqual({
      canLaunch: false,
      reason: expect.stringMatching(/binary is missing at/),
    });
  });

  it('says so when the electron package is not installed', () => {
    expect(
      detectElectronLaunch({ electronPackageJson: undefined, env: withDisplay, platform: 'linux' }),
    ).toEqual({ canLaunch: false, reason: expect.stringMatching(/not installed/) });
  });

  it('prefers ELECTRON_EXEC_PATH and checks that it exists', () => {
    installElectron({});
    const custom = join(root, 'my-electron');
    writeFileSync(custom, '');
    expect(
      detectElectronLaunch({
        electronPackageJson: packageJson,
        env: { ...withDisplay, ELECTRON_EXEC_PATH: custom },
        platform: 'linux',
      }),
    ).toEqual({ canLaunch: true, executablePath: custom });
    expect(
      detectElectronLaunch({
        electronPackageJson: packageJson,
        env: { ...withDisplay, ELECTRON_EXEC_PATH: join(root, 'nope') },
        platform: 'linux',
      }),
    ).toEqual({ canLaunch: false, reason: expect.stringMatching(/ELECTRON_EXEC_PATH/) });
  });

  it('looks in ELECTRON_OVERRIDE_DIST_PATH with the platform binary name when path.txt is absent', () => {
    installElectron({});
    const dist = join(root, 'override');
    mkdirSync(join(dist, 'Electron.app/Contents/MacOS'), { recursive: true });
    writeFileSync(join(dist, 'Electron.app/Contents/MacOS/Electron'), '');
    expect(
      detectElectronLaunch({
        electronPackageJson: packageJson,
        env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
        platform: 'darwin',
      }),
    ).toEqual({
      canLaunch: true,
      executablePath: join(dist, 'Electron.app/Contents/MacOS/Electron'),
    });
    expect(
      detectElectronLaunch({
        electronPackageJson: packageJson,
        env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
        platform: 'win32',
      }),
    ).toEqual({ canLaunch: false, reason: expect.stringMatching(/ELECTRON_OVERRIDE_DIST_PATH/) });
  });

  it('needs a display on Linux, X11 or Wayland', () => {
    installElectron({ pathTxt: 'electron', binary: 'electron' });
    const on = (env: Record<string, string>) =>
      detectElectronLaunch({ electronPackageJson: packageJson, env, platform: 'linux' }).canLaunch;
    expect(on({})).toBe(false);
    expect(on({ DISPLAY: '' })).toBe(false);
    expect(on({ DISPLAY: ':99' })).toBe(true);
    expect(on({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(
      detectElectronLaunch({ electronPackageJson: packageJson, env: {}, platform: 'linux' }),
    ).toEqual({ canLaunch: false, reason: expect.stringMatching(/no display/) });
  });

  it('does not ask for DISPLAY on Windows or macOS', () => {
    installElectron({ pathTxt: 'electron.exe', binary: 'electron.exe' });
    expect(
      detectElectronLaunch({ electronPackageJson: packageJson, env: {}, platform: 'win32' })
        .canLaunch,
    ).toBe(true);
  });
});
