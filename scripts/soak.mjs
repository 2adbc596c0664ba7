// `npm run soak`: the randomized sync model test (tests/proof/syncModel.test.ts) for nightly use,
// batches of seeded runs until at least FIELDBOOK_SOAK_RUNS runs (default 1,000) and
// FIELDBOOK_SOAK_OPERATIONS operations (default 100,000) have passed. Stops at the first failure
// and prints the seed that reproduces it. Then the long-offline proof with 10,000 edits.
import { spawnSync } from 'node:child_process';

const minRuns = Number(process.env.FIELDBOOK_SOAK_RUNS ?? 1000);
const minOperations = Number(process.env.FIELDBOOK_SOAK_OPERATIONS ?? 100_000);
const runsPerBatch = Number(process.env.FIELDBOOK_SOAK_BATCH ?? 500);
let seed = Number(process.env.FIELDBOOK_PROOF_SEED ?? Date.now() % 2_147_483_647);
let runs = 0;
let operations = 0;
const started = Date.now();

while (runs < minRuns || operations < minOperations) {
  const result = spawnSync('npx', ['vitest', 'run', 'tests/proof/syncModel.test.ts'], {
    env: {
      ...process.env,
      FIELDBOOK_PROOF_RUNS: String(runsPerBatch),
      FIELDBOOK_PROOF_SEED: String(seed),
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  const summary = output.match(/sync model: (\d+) runs, (\d+) operations/);
  if (result.status !== 0 || !summary) {
    process.stdout.write(output);
    console.error(
      `soak FAILED with seed ${seed} after ${runs} passing runs / ${operations} operations`,
    );
    console.error(
      `reproduce: FIELDBOOK_PROOF_SEED=${seed} FIELDBOOK_PROOF_RUNS=${runsPerBatch} npx vitest run tests/proof/syncModel.test.ts`,
    );
    process.exit(1);
  }
  runs += Number(summary[1]);
  operations += Number(summary[2]);
  console.log(`seed ${seed}: ${summary[0]} — total ${runs} runs, ${operations} operations`);
  seed += 1;
}
console.log(
  `soak passed: ${runs} runs, ${operations} operations in ${Math.round((Date.now() - started) / 1000)} s`,
);
