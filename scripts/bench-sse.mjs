// 5,000 live clients on one server process: the real server (`src/server/main.ts`) runs as a child
// on a temp SQLite store holding one rep and one signed-in device per stream; this process holds
// every stream open and times how long one write (a manager's push of a trade-show event, which
// every user reads) takes to reach all of them, and reads the server's resident memory.
// `node scripts/bench-sse.mjs` alone, or through `npm run bench:all`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword } from '../src/server/auth/passwords.ts';
import { hashToken, newToken } from '../src/server/auth/tokens.ts';
import { openSqliteStore } from '../src/server/store/SqliteStore.ts';
import { exampleRecords } from '../src/shared/domain/exampleRecords.ts';
import { newId } from '../src/shared/ids/newId.ts';
import { ensureFileLimit, fileLimits } from './bench/fileLimit.mjs';
import { openStreams } from './bench/sseStreams.mjs';

const root = resolve(import.meta.dirname, '..');
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Resident and peak memory of a process, in MiB, from /proc. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks of 10 ms). */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function seedStore(path, clients) {
  const store = openSqliteStore({ path });
  await store.migrate();
  const at = new Date();
  const createdAt = at.toISOString();
  const expiresAt = new Date(at.getTime() + 86_400_000).toISOString();
  await store.createTeam({ id: 'team-sse', name: 'SSE', createdAt });
  // Nobody signs in with a password here; one hash serves every account.
  const passwordHash = await hashPassword('bench-password', 1024);
  const tokens = [];
  const signIn = async (id, role) => {
    await store.createUser({
      id,
      email: `${id}@bench.fieldbook`,
      name: id,
      role,
      teamId: 'team-sse',
      passwordHash,
      active: true,
      createdAt,
      updatedAt: createdAt,
    });
    const token = newToken();
    // Seen just now, so that opening the stream does not also write the session's last use.
    await store.createSession({
      tokenHash: hashToken(token),
      userId: id,
      deviceId: `device-${id}`,
      deviceName: id,
      createdAt,
      expiresAt,
      revokedAt: null,
      lastSeenAt: createdAt,
    });
    return token;
  };
  const writer = await signIn('sse-manager', 'manager');
  for (let i = 0; i < clients; i += 1) tokens.push(await signIn(`sse-rep-${i}`, 'rep'));
  await store.close();
  return { writer, tokens };
}

function startServer({ dataDir, port, files }) {
  // Through sh only to raise the child's open-file limit; `exec` keeps the pid the server's.
  const child = spawn(
    'sh',
    ['-c', `ulimit -n ${files} && exec "$0" "$@"`, process.execPath, 'src/server/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        // Errors only: the server warns that no web client is built, which this bench never needs.
        LOG_LEVEL: 'error',
        FIELDBOOK_WEB_ROOT: join(dataDir, 'no-web-client'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise((resolvePromise) => child.on('exit', resolvePromise));
  return { child, exited };
}

async function waitForServer(url, exited) {
  let stopped = false;
  void exited.then(() => {
    stopped = true;
  });
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (stopped) throw new Error('the server exited before it answered');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error('the server did not answer /healthz within 60 s');
}

async function pushEvent(url, token, index) {
  const { id: _id, ...template } = exampleRecords.events;
  const now = new Date().toISOString();
  const id = newId(Date.now());
  const response = await fetch(`${url}/api/sync/events/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify([
      {
        assumedMasterState: null,
        newDocumentState: {
          ...template,
          id,
          ownerId: 'sse-manager',
          teamId: 'team-sse',
          name: `Bench event ${index}`,
          createdAt: now,
          updatedAt: now,
          _deleted: false,
        },
      },
    ]),
  });
  const conflicts = await response.json();
  if (!response.ok || conflicts.length > 0) {
    throw new Error(`push refused (${response.status}): ${JSON.stringify(conflicts)}`);
  }
  return id;
}

/** Runs the bench and returns its numbers (times in ms, memory in MiB). */
export async function runSseBench({
  clients = Number(process.env.BENCH_SSE_CLIENTS ?? 5000),
  writes = Number(process.env.BENCH_SSE_WRITES ?? 10),
  port = Number(process.env.BENCH_SSE_PORT ?? 4506),
  log = console.log,
} = {}) {
  const files = clients + 512;
  if (fileLimits().soft < files) throw new Error(`raise ulimit -n to at least ${files}`);
  const dir = await mkdtemp(join(tmpdir(), 'fieldbook-bench-sse-'));
  const url = `http://127.0.0.1:${port}`;
  let server;
  let streams;
  try {
    const seedStarted = performance.now();
    // Seeded in memory (each account write is its own fsync'd transaction), served from disk.
    const seedDir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'fb-sse-'));
    const { writer, tokens } = await seedStore(join(seedDir, 'fieldbook.db'), clients);
    await copyFile(join(seedDir, 'fieldbook.db'), join(dir, 'fieldbook.db'));
    await rm(seedDir, { recursive: true, force: true });
    log(`${clients} users and devices in ${Math.round(performance.now() - seedStarted)} ms`);
    server = startServer({ dataDir: dir, port, files });
    await waitForServer(url, server.exited);
    const idle = memoryOf(server.child.pid);
    const openStarted = performance.now();
    streams = await openStreams({ url, tokens });
    const openMs = performance.now() - openStarted;
    log(`${streams.count} streams open in ${Math.round(openMs)} ms`);
    const connected = memoryOf(server.child.pid);
    const cpuBefore = cpuMsOf(server.child.pid);
    const reachedAll = [];
    const perStream = [];
    for (let i = 0; i < writes; i += 1) {
      const sent = performance.now();
      const id = await pushEvent(url, writer, i);
      const deadline = sent + 120_000;
      while (streams.arrivals(id).length < clients && performance.now() < deadline) {
        await sleep(2);
      }
      const times = streams.arrivals(id).map((at) => at - sent);
      if (times.length < clients) throw new Error(`write ${i} reached ${times.length}/${clients}`);
      reachedAll.push(Math.max(...times));
      perStream.push(...times);
      log(
        `  write ${i + 1}/${writes} reached all ${clients} streams in ${Math.round(Math.max(...times))} ms`,
      );
      await sleep(500);
    }
    const after = memoryOf(server.child.pid);
    const serverCpuMsPerWrite = (cpuMsOf(server.child.pid) - cpuBefore) / writes;
    if (streams.closed() > 0) throw new Error(`${streams.closed()} streams closed during the run`);
    return {
      clients,
      writes,
      openMs,
      reachAllP50: percentile(reachedAll, 50),
      reachAllP95: percentile(reachedAll, 95),
      deliveryP50: percentile(perStream, 50),
      deliveryP95: percentile(perStream, 95),
      rssIdleMiB: idle.rssMiB,
      rssConnectedMiB: connected.rssMiB,
      rssAfterMiB: after.rssMiB,
      rssPeakMiB: after.peakMiB,
      serverCpuMsPerWrite,
    };
  } finally {
    streams?.close();
    if (server) {
      server.child.kill('SIGTERM');
      const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
      await server.exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  ensureFileLimit(Number(process.env.BENCH_SSE_CLIENTS ?? 5000) + 512);
  const r = await runSseBench();
  const ms = (value) => `${Math.round(value)} ms`;
  console.log(`\n${r.clients} concurrent SSE clients on one server process, ${r.writes} writes`);
  console.log(`write → all streams p50 / p95   ${ms(r.reachAllP50)} / ${ms(r.reachAllP95)}`);
  console.log(`write → one stream p50 / p95    ${ms(r.deliveryP50)} / ${ms(r.deliveryP95)}`);
  console.log(`opening all streams             ${ms(r.openMs)}`);
  console.log(`server CPU per write            ${ms(r.serverCpuMsPerWrite)}`);
  console.log(
    `server RSS idle / connected / after writes (peak)   ${r.rssIdleMiB.toFixed(0)} / ${r.rssConnectedMiB.toFixed(0)} / ${r.rssAfterMiB.toFixed(0)} (${r.rssPeakMiB.toFixed(0)}) MiB`,
  );
}
