// `npm test`: every check the project has, in order, with a summary line at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const cases = process.env.CONFORMANCE_DIR ?? '../shared/conformance/cases';
// Our own cases in the same format, made with PyTorch 1.13 (tests/conformance/<kind>/*.json).
const ownCases = existsSync('tests/conformance')
  ? readdirSync('tests/conformance', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `tests/conformance/${d.name}`)
  : [];

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit and golden tests', 'npx', ['vitest', 'run']],
  existsSync(cases)
    ? ['conformance (no regression below tests/conformance-baseline.txt)', 'npm', ['run', '-s', 'cli', '--', 'conformance', cases, ...ownCases, '--baseline', 'tests/conformance-baseline.txt']]
    : null,
  ['browser tests', 'npm', ['run', '-s', 'test:browser']],
];

let passed = 0;
let failed = 0;
if (!existsSync(cases)) console.log(`conformance cases not found at ${cases}: that step is skipped (set CONFORMANCE_DIR)`);
for (const [name, cmd, args] of steps.filter(Boolean)) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`=== ${name}: ok (${seconds} s)`);
  } else {
    failed++;
    console.log(`=== ${name}: FAILED (exit ${result.status}, ${seconds} s)`);
  }
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
