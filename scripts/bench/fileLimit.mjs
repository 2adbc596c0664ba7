// Thousands of open streams need as many file descriptors, on both ends. Node cannot raise its own
// limit (no setrlimit), so a script that needs more re-runs itself under `ulimit -n`.
import { execFileSync, spawnSync } from 'node:child_process';

const readLimit = (flag) => {
  const value = execFileSync('sh', ['-c', `ulimit ${flag}`], { encoding: 'utf8' }).trim();
  return value === 'unlimited' ? Number.POSITIVE_INFINITY : Number(value);
};

/** The soft and hard limits on open files of this process (a child shell inherits them). */
export function fileLimits() {
  return { soft: readLimit('-Sn'), hard: readLimit('-Hn') };
}

/**
 * Makes sure this process may open `needed` files: when the soft limit is lower but the hard one
 * allows it, re-runs the same script under `ulimit -n` and exits with its status (never returns).
 * Throws when even the hard limit is too low.
 */
export function ensureFileLimit(needed) {
  const { soft, hard } = fileLimits();
  if (soft >= needed) return soft;
  if (hard < needed || process.env.FIELDBOOK_BENCH_RAISED_LIMIT) {
    throw new Error(
      `needs ${needed} open files but the limit is ${soft} (hard ${hard}); raise it with ulimit -n`,
    );
  }
  const command = [process.execPath, ...process.execArgv, ...process.argv.slice(1)]
    .map((arg) => `'${arg.replaceAll("'", "'\\''")}'`)
    .join(' ');
  const result = spawnSync('sh', ['-c', `ulimit -n ${needed} && exec ${command}`], {
    stdio: 'inherit',
    env: { ...process.env, FIELDBOOK_BENCH_RAISED_LIMIT: '1' },
  });
  process.exit(result.status ?? 1);
}
