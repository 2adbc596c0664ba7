import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ModelServer, openModelServer } from './modelServer.ts';
import { type ModelRunResult, planModelRun, runModel } from './syncModelHarness.ts';

// Run i uses seed base+i; FIELDBOOK_MODEL_SEED replays one run alone, with its trace printed.
// `npm run soak` (scripts/soak.mjs) runs more and longer runs with other base seeds.
const single = process.env.FIELDBOOK_MODEL_SEED;
// The whole window's runs; each share runs its part of them.
const windowRuns = single ? 1 : Number(process.env.FIELDBOOK_PROOF_RUNS ?? 1000);
// CI runs one fixed window of 1,000 seeds, so main is red only when a change breaks one of them.
// New windows (FIELDBOOK_PROOF_SEED=random, and `npm run soak`) look for rare bugs. Timing varies
// with load, so a seed can pass alone and fail in its window: seed 1775141724 (in CI's window) lost
// acknowledged edits when the device applied a stream change older than its own accepted merge;
// fixed with the server's version numbers (versionGuardStorage, replicationOwnWrites.test.ts).
const ciBaseSeed = 1_775_141_529;
const seedSetting = process.env.FIELDBOOK_PROOF_SEED || undefined;
const windowBase = Number(
  single ?? (seedSetting === 'random' ? Date.now() % 2_000_000_000 : (seedSetting ?? ciBaseSeed)),
);
const maxSteps = Number(process.env.FIELDBOOK_PROOF_STEPS ?? 20);
// Every run keeps its trace and a failing one prints it: a seed that fails only in its window
// (seed 1775142386 did once in CI, 'acknowledged firstName= … was lost', and passed every replay
// alone) is then diagnosable from the CI log. It costs ~3% of the window's time;
// FIELDBOOK_PROOF_TRACE=0 turns it off.
const trace = single !== undefined || process.env.FIELDBOOK_PROOF_TRACE !== '0';
// Runs wait on the network most of the time, so a few go on at once (each in its own company),
// as many as RxDB's limit of open collections per process allows (one per device).
const lanes = single ? 1 : Number(process.env.FIELDBOOK_PROOF_LANES ?? 3);
const collectionSlots = 12;

/**
 * One share of the window: CI's 1,000 runs are split over two test files so that Vitest runs
 * them in two processes at once (each process has its own RxDB collection limit, and one process
 * keeps one core busy); `file` is the share's own file, named in the replay commands.
 */
export function describeSyncModelShare({
  file,
  share,
  shares,
}: {
  file: string;
  share: number;
  shares: number;
}) {
  const perShare = Math.ceil(windowRuns / shares);
  const first = single ? 0 : share * perShare;
  const runs = single ? 1 : Math.max(0, Math.min(windowRuns, first + perShare) - first);
  const base = windowBase + first;
  describe(`randomized sync model: 3-5 RxDB clients, the real server, faults (share ${share + 1} of ${shares})`, () => {
    let server: ModelServer;
    beforeAll(async () => {
      // The storage users run (no dev-mode checks, no schema validator wrapper): faster, and the
      // sync under test is the shipped one.
      vi.stubEnv('DEV', false);
      server = await openModelServer();
    });
    afterAll(async () => {
      await server.close();
      vi.unstubAllEnvs();
    });

    it(`converges and loses no write over ${runs} seeded runs`, async () => {
      console.log(
        `sync model: base seed ${base}, ${runs} runs (run i has seed ${base}+i; replay one: ` +
          `FIELDBOOK_MODEL_SEED=<seed> npx vitest run ${file})`,
      );
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const totals = { operations: 0, acks: 0, inbox: 0, restarts: 0, clients: 0 };
      const phases = { open: 0, steps: 0, converge: 0, check: 0, close: 0 };
      let failed: { seed: number; result: ModelRunResult } | undefined;
      let free = collectionSlots;
      const waiting: Array<() => void> = [];
      const release = (n: number) => {
        free += n;
        for (const wake of waiting.splice(0)) wake();
      };
      let next = 0;
      let done = 0;
      const lane = async () => {
        while (!failed && next < runs) {
          const plan = planModelRun(base + next, { minSteps: 10, maxSteps, restartChance: 0.01 });
          next += 1;
          while (free < plan.clients) await new Promise<void>((resolve) => waiting.push(resolve));
          free -= plan.clients;
          const result = await runModel(server, plan, { trace }).finally(() =>
            release(plan.clients),
          );
          done += 1;
          totals.operations += result.operations;
          totals.acks += result.acknowledgedRows;
          totals.inbox += result.inboxEntries;
          totals.restarts += result.restarts;
          totals.clients += plan.clients;
          for (const key of Object.keys(phases) as Array<keyof typeof phases>) {
            phases[key] += result.phases[key];
          }
          if (result.problems.length > 0 && !failed) {
            failed = { seed: plan.seed, result };
            if (trace) console.log(`plan ${JSON.stringify(plan)}\n${result.trace.join('\n')}`);
          }
        }
      };
      await Promise.all(Array.from({ length: lanes }, lane));
      const ms = Math.round(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      const cpuPerRun = ((cpu.user + cpu.system) / 1000 / Math.max(1, done)).toFixed(0);
      const perRun = Object.entries(phases)
        .map(([phase, total]) => `${phase} ${(total / Math.max(1, done)).toFixed(1)}`)
        .join(', ');
      console.log(
        `sync model: ${done} runs (${lanes} at a time), ${totals.operations} operations, ${totals.clients} clients, ` +
          `${totals.acks} acknowledged rows, ${totals.inbox} inbox entries, ${totals.restarts} ` +
          `server restarts in ${ms} ms, ${cpuPerRun} ms CPU per run (ms per run: ${perRun})`,
      );
      if (failed) {
        throw new Error(
          `sync model run with seed ${failed.seed} failed: ${failed.result.problems.slice(0, 10).join('; ')}\n` +
            `replay it alone, with its trace: FIELDBOOK_MODEL_SEED=${failed.seed} npx vitest run ${file}\n` +
            `or with the runs around it (both shares): FIELDBOOK_PROOF_SEED=${Math.max(windowBase, failed.seed - 2 * lanes)} ` +
            `FIELDBOOK_PROOF_RUNS=${4 * lanes} npx vitest run tests/proof/syncModel`,
        );
      }
      expect(done).toBe(runs);
      expect(totals.operations).toBeGreaterThanOrEqual(runs * 10);
    }, 3_600_000);
  });
}
