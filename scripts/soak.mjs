// `npm run soak`: the randomized sync model test (tests/proof/syncModel.test.ts and its second
// half, syncModelSecondHalf.test.ts, in two processes) for nightly use,
// in batches of seeded runs with longer sequences than CI's (up to FIELDBOOK_PROOF_STEPS steps,
// default 200) until at least FIELDBOOK_SOAK_RUNS runs (default 1,000) and
// FIELDBOOK_SOAK_OPERATIONS operations (default 100,000) have passed. Each batch takes the next
// unused seeds. Stops at the first failure and prints how to replay the failing run.
import { spawnSync } from 'node:child_process';

const minRuns = Number(process.env.FIELDBOOK_SOAK_RUNS ?? 1000);
const minOperations = Number(process.env.FIELDBOOK_SOAK_OPERATIONS ?? 100_000);
const runsPerBatch = Number(process.env.FIELDBOOK_SOAK_BATCH ?? 250);
const steps = process.env.FIELDBOOK_PROOF_STEPS ?? '200';
let seed = Number(process.env.FIELDBOOK_PROOF_SEED ?? Date.now() % 1_000_000_000);
let runs = 0;
let operations = 0;
const started = Date.now();

while (runs < minRuns || operations < minOperations) {
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      'tests/proof/syncModel.test.ts',
      'tests/proof/syncModelSecondHalf.test.ts',
    ],
    {
      env: {
        ...process.env,
        FIELDBOOK_PROOF_RUNS: String(runsPerBatch),
        FIELDBOOK_PROOF_SEED: String(seed),
        FIELDBOOK_PROOF_STEPS: steps,
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const output = `${result.stdout}${result.stderr}`;
  // One summary line per share.
  const summaries = [
    ...output.matchAll(/sync model: (\d+) runs \([^)]*\), (\d+) operations[^\n]*/g),
  ];
  if (result.status !== 0 || summaries.length === 0) {
    process.stdout.write(output);
    console.error(`soak FAILED in the batch from seed ${seed} after ${runs} passing runs`);
    console.error(`(FIELDBOOK_PROOF_STEPS=${steps} with the replay command printed above)`);
    process.exit(1);
  }
  for (const summary of summaries) {
    runs += Number(summary[1]);
    operations += Number(summary[2]);
  }
  console.log(`seeds ${seed}..${seed + runsPerBatch - 1}:`);
  for (const summary of summaries) console.log(`  ${summary[0]}`);
  console.log(`total ${runs} runs, ${operations} operations`);
  seed += runsPerBatch;
}
console.log(
  `soak passed: ${runs} runs, ${operations} operations in ${Math.round((Date.now() - started) / 1000)} s`,
);

// Then the long-offline proof at full size: 1,000 leads x 10 passes = 10,000 offline edits (CI
// runs 3,000). It took 117-173 s on the busy 2-core machine, too long to add to every CI run.
const offlineStarted = Date.now();
const offline = spawnSync('npx', ['vitest', 'run', 'tests/proof/longOffline.test.ts'], {
  env: { ...process.env, FIELDBOOK_PROOF_OFFLINE_LEADS: '1000' },
  stdio: 'inherit',
});
if (offline.status !== 0) {
  console.error('soak FAILED: the long-offline proof with 10,000 edits');
  process.exit(1);
}
console.log(
  `long offline with 10,000 edits passed in ${Math.round((Date.now() - offlineStarted) / 1000)} s`,
);
