// `npm start`: opens the desktop app; where Electron cannot run (no binary, no display), says why
// and serves the web build on http://127.0.0.1:5173 instead.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { detectElectronLaunch } from '../src/main/launcher/detectElectronLaunch.ts';

const root = resolve(import.meta.dirname, '..');
const webUrl = 'http://127.0.0.1:5173';

const launch = detectElectronLaunch({
  electronPackageJson: resolveElectronPackageJson(),
  env: process.env,
  platform: process.platform,
});

if (launch.canLaunch) {
  await openDesktopApp(launch.executablePath);
} else {
  console.log(`Fieldbook cannot open the desktop app here: ${launch.reason}.`);
  console.log('Serving the web client in your browser instead.');
  await serveWebClient();
}

async function openDesktopApp(executablePath) {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  const inputs = ['src', 'resources', 'scripts/vite', 'electron.vite.config.ts', 'package.json'];
  if (isStale(outputs, inputs)) {
    console.log('Building the desktop app…');
    const { build } = await import('electron-vite');
    await build({ root });
  }
  // Chromium refuses to run as root unless its own sandbox is switched off.
  const args = process.getuid?.() === 0 ? [root, '--no-sandbox'] : [root];
  if (args.includes('--no-sandbox')) {
    console.log('Running as root: starting Electron with --no-sandbox.');
  }
  const child = spawn(executablePath, args, { stdio: 'inherit', cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveWebClient() {
  const configFile = join(root, 'vite.web.config.ts');
  const inputs = [
    'src/renderer',
    'src/shared',
    'scripts/vite',
    'vite.web.config.ts',
    'package.json',
  ];
  const { build, preview } = await import('vite');
  if (isStale(['dist/web/index.html'], inputs)) {
    console.log('Building the web client…');
    await build({ configFile, logLevel: 'warn' });
  }
  try {
    await preview({ configFile, logLevel: 'warn' });
  } catch (error) {
    console.error(`Could not serve the web client on ${webUrl}: ${messageOf(error)}`);
    console.error('Is another copy already running? Stop it, or open the URL above.');
    process.exit(1);
  }
  console.log(`Fieldbook web client: ${webUrl}`);
  console.log('Press Ctrl+C to stop.');
}

function resolveElectronPackageJson() {
  try {
    // Resolving package.json runs none of electron's code (requiring it would start a download).
    return createRequire(join(root, 'package.json')).resolve('electron/package.json');
  } catch {
    return undefined;
  }
}

/** True when an output is missing or older than the newest file among the inputs. */
function isStale(outputs, inputs) {
  const outputTimes = outputs.map((path) => mtimeOf(join(root, path)));
  if (outputTimes.some((time) => time === undefined)) return true;
  const oldestOutput = Math.min(...outputTimes);
  return inputs.some((path) => newestMtime(join(root, path)) > oldestOutput);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function mtimeOf(path) {
  return existsSync(path) ? statSync(path).mtimeMs : undefined;
}

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
