import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type ElectronLaunch =
  | { canLaunch: true; executablePath: string }
  | { canLaunch: false; reason: string };

export type DetectElectronLaunchInput = {
  /** Absolute path of electron/package.json, or undefined when the package is not installed. */
  electronPackageJson: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  fileExists?: (path: string) => boolean;
  readText?: (path: string) => string | undefined;
};

// What electron's install script writes into path.txt on each platform.
const defaultExecutable: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * Finds the Electron binary the way the `electron` package does, without requiring it (that
 * starts a download), and tells whether a window can be shown at all.
 */
export function detectElectronLaunch(input: DetectElectronLaunchInput): ElectronLaunch {
  const fileExists = input.fileExists ?? existsSync;
  const readText = input.readText ?? readTextFile;
  const binary = findBinary(input, fileExists, readText);
  if (!binary.found) return { canLaunch: false, reason: binary.reason };
  if (input.platform === 'linux' && !input.env.DISPLAY && !input.env.WAYLAND_DISPLAY) {
    return {
      canLaunch: false,
      reason:
        'there is no display to show a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    };
  }
  return { canLaunch: true, executablePath: binary.path };
}

type BinarySearch = { found: true; path: string } | { found: false; reason: string };

function findBinary(
  input: DetectElectronLaunchInput,
  fileExists: (path: string) => boolean,
  readText: (path: string) => string | undefined,
): BinarySearch {
  const execPath = input.env.ELECTRON_EXEC_PATH;
  if (execPath) {
    return fileExists(execPath)
      ? { found: true, path: execPath }
      : { found: false, reason: `ELECTRON_EXEC_PATH points to ${execPath}, which does not exist` };
  }
  if (!input.electronPackageJson) {
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const packageDir = dirname(input.electronPackageJson);
  const recorded = readText(join(packageDir, 'path.txt'))?.trim() || undefined;
  const overrideDir = input.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideDir) {
    const path = join(overrideDir, recorded ?? defaultExecutable[input.platform] ?? 'electron');
    return fileExists(path)
      ? { found: true, path }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${path}` };
  }
  if (!recorded) {
    return {
      found: false,
      reason:
        'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  const path = join(packageDir, 'dist', recorded);
  return fileExists(path)
    ? { found: true, path }
    : { found: false, reason: `the Electron binary is missing at ${path}` };
}

function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
