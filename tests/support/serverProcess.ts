import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const processAdmin = { email: 'admin@crash.fieldbook', password: 'crash-admin-password' };

/** A free loopback port (the OS picks it; released before the server takes it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The real server as its own process (`node src/server/main.ts`) on a temporary data folder, so
 * tests can `kill -9` it and start it again on the same data and port.
 */
export async function startServerProcess() {
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldbook-crash-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let starts = 0;

  const start = async () => {
    starts += 1;
    const proc = spawn(process.execPath, ['src/server/main.ts'], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        FIELDBOOK_ADMIN_EMAIL: processAdmin.email,
        FIELDBOOK_ADMIN_PASSWORD: processAdmin.password,
        FIELDBOOK_LOGIN_RATE_LIMIT: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child = proc;
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
      try {
        const response = await fetch(`${baseUrl}/healthz`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error('server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  /** SIGKILL: no graceful shutdown, no flush, like a power cut of the process. */
  const kill = async () => {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    baseUrl,
    start,
    kill,
    starts: () => starts,
    /** Reads a counter of the running process's Prometheus metrics (0 when absent). */
    async metric(name: string, labels: string): Promise<number> {
      const text = await (await fetch(`${baseUrl}/metrics`)).text();
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`${name}{`) && l.includes(labels) && !l.startsWith('#'));
      return line ? Number(line.split(' ').at(-1)) : 0;
    },
    async close() {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
