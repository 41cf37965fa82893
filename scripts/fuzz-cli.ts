/**
 * Smoke test of `jitscope parse` on broken input: writes a few hundred mutated
 * programs (golden programs of the front end, seeded mutations) to a temp dir,
 * runs the CLI once on all of them, and checks the exit status is 0 or 1 and that
 * stderr holds diagnostics only: no stack trace, no internal error.
 * Run: npx tsx scripts/fuzz-cli.ts [COUNT]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutate, prng } from '../src/lang/mutate';

const root = join(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 300);
const goldenDir = join(root, 'tests/golden/lang');
const seeds = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => readFileSync(join(goldenDir, f), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'jitscope-fuzz-cli-'));
const rnd = prng(20240601);
const files: string[] = [];
for (let i = 0; i < count; i++) {
  const file = join(dir, `m${i}.py`);
  writeFileSync(file, mutate(seeds[i % seeds.length] ?? '', rnd));
  files.push(file);
}

const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'parse', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const problems: string[] = [];
if (r.status !== 0 && r.status !== 1)
  problems.push(`exit status ${String(r.status)} (signal ${String(r.signal)})`);
const diagnosticLine = /^.+\.py:\d+:\d+: (error|warning|info): .+$/;
for (const line of r.stderr.split('\n').filter((l) => l !== '')) {
  if (!diagnosticLine.test(line)) problems.push(`unexpected stderr line: ${line}`);
}
if (/^\s+at .+:\d+:\d+\)?$/m.test(r.stderr)) problems.push('a stack trace in stderr');
if (r.stderr.includes('internal error')) problems.push('an internal error in stderr');

if (problems.length > 0) {
  console.error(`fuzz-cli: FAILED on ${count} programs in ${dir}\n  ${problems.slice(0, 20).join('\n  ')}`);
  process.exitCode = 1;
} else {
  const broken = new Set(r.stderr.split('\n').map((l) => l.split(':')[0])).size - 1;
  console.log(`fuzz-cli: ok, ${count} programs, ${broken} with diagnostics, exit status ${String(r.status)}`);
  rmSync(dir, { recursive: true, force: true });
}
