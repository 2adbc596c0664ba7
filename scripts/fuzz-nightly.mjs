// `npm run fuzz:nightly`: the HTTP fuzzing suite (tests/integration/fuzzHttp.test.ts) with
// 100,000 requests instead of the 10,000 CI sends. FIELDBOOK_FUZZ_REQUESTS / _SEED override.
import { spawnSync } from 'node:child_process';

const requests = process.env.FIELDBOOK_FUZZ_REQUESTS ?? '100000';
const seed = process.env.FIELDBOOK_FUZZ_SEED ?? String(Date.now() % 2_147_483_647);
console.log(`fuzz:nightly: ${requests} requests, seed ${seed}`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/integration/fuzzHttp.test.ts'], {
  env: { ...process.env, FIELDBOOK_FUZZ_REQUESTS: requests, FIELDBOOK_FUZZ_SEED: seed },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
