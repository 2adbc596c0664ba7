// Reads the fuses of a packaged Fieldbook and fails unless each is set as
// src/main/packaging/electronFuses.ts says. Usage: node scripts/check-fuses.mjs <Fieldbook.app|Fieldbook.exe>
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { fieldbookFuses } from '../src/main/packaging/electronFuses.ts';

const binary = process.argv[2];
if (!binary) {
  console.error('usage: node scripts/check-fuses.mjs <path to the packaged app or executable>');
  process.exit(2);
}
const wire = await getCurrentFuseWire(binary);
const wanted = fieldbookFuses({ resetAdHocDarwinSignature: false });
let wrong = 0;
for (const [name, index] of Object.entries(FuseV1Options)) {
  if (typeof index !== 'number') continue;
  const expected = Reflect.get(wanted, index) ? FuseState.ENABLE : FuseState.DISABLE;
  const actual = Reflect.get(wire, index);
  const ok = actual === expected;
  if (!ok) wrong += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${actual === FuseState.ENABLE ? 'on' : 'off'}`);
}
if (wrong > 0) {
  console.error(`${wrong} fuse(s) not as configured in ${binary}`);
  process.exit(1);
}
