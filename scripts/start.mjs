// `npm start`: starts the sync server (with the demo company on a new, empty store) serving the
// web client, then opens the desktop app connected to it. Where Electron cannot run (no binary, no
// display), it says why and keeps serving the web client, printing its URL.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { detectElectronLaunch } from '../src/main/launcher/detectElectronLaunch.ts';

const root = resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '4410';
const serverUrl = `http://127.0.0.1:${port}`;

await buildWebClientIfStale();
const server = await startSyncServer();

const launch = detectElectronLaunch({
  electronPackageJson: resolveElectronPackageJson(),
  env: process.env,
  platform: process.platform,
});

if (launch.canLaunch) {
  await openDesktopApp(launch.executablePath);
} else {
  console.log(`Fieldbook cannot open the desktop app here: ${launch.reason}.`);
  console.log(`Fieldbook web client: ${serverUrl}/`);
  console.log('Demo sign-in: rep1@demo.fieldbook / fieldbook-demo (demo data only). Ctrl+C stops.');
}

async function startSyncServer() {
  const child = spawn(process.execPath, [join(root, 'src/server/main.ts'), '--demo'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: port, HOST: process.env.HOST ?? '127.0.0.1' },
  });
  child.on('exit', (code) => {
    console.error(`The sync server stopped (exit code ${code}).`);
    process.exit(code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${serverUrl}/healthz`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  console.error(`The sync server did not answer on ${serverUrl} within 30 s.`);
  child.kill();
  process.exit(1);
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
  const child = spawn(executablePath, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, FIELDBOOK_SERVER_URL: serverUrl },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    server.kill('SIGTERM');
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function buildWebClientIfStale() {
  const configFile = join(root, 'vite.web.config.ts');
  const inputs = [
    'src/renderer',
    'src/shared',
    'scripts/vite',
    'vite.web.config.ts',
    'package.json',
  ];
  if (isStale(['dist/web/index.html'], inputs)) {
    console.log('Building the web client…');
    const { build } = await import('vite');
    await build({ configFile, logLevel: 'warn' });
  }
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
