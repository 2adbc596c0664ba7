// What a benchmark ran on, printed with its numbers: a figure means little without the machine.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

const run = (file, args) => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
};

/** CPU model and count, memory, Node and Chromium versions. */
export function machineInfo() {
  const lscpuModel = /^Model name:\s*(.+)$/m.exec(run('lscpu', []))?.[1]?.trim();
  const chromium = /Chromium [\d.]+/.exec(
    run(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
  );
  return {
    cpu: lscpuModel ?? cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromium?.[0] ?? 'unknown',
  };
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
export function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
}
