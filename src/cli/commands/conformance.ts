/**
 * `conformance DIR... [--json OUT] [--baseline FILE]`: runs every case of each DIR/*.json (FORMAT.md)
 * and prints PASS/FAIL lines. With a baseline (one case name a line), the exit status says
 * whether any case of the baseline regressed, so `npm test` can hold the ground won.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCaseResult, runCase, type CaseResult, type ConformanceCase } from '../../api/conformance';
import { EXIT, type CliIO, type Command } from '../io';

export const conformanceCommand: Command = {
  name: 'conformance',
  usage: 'conformance DIR... [--json OUT] [--baseline FILE]',
  summary: 'run the conformance cases of each DIR/*.json; ends with "N passed, M failed"',
  run(args: string[], io: CliIO): number {
    const options = takeOptions(args, ['--json', '--baseline']);
    if (!options || options.positional.length === 0) {
      io.err(`jitscope conformance: usage: ${conformanceCommand.usage}`);
      return EXIT.usage;
    }
    const { positional, values } = options;
    const jsonOut = values.get('--json');
    let baseline: string[] = [];
    const baselineFile = values.get('--baseline');
    if (baselineFile) {
      try {
        baseline = io.readFile(baselineFile).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      } catch {
        io.err(`jitscope conformance: cannot read baseline ${baselineFile}`);
        return EXIT.usage;
      }
    }
    const files: string[] = [];
    for (const dir of positional) {
      try {
        files.push(...readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)));
      } catch {
        io.err(`jitscope conformance: cannot read directory ${dir}`);
        return EXIT.usage;
      }
    }
    const results: CaseResult[] = [];
    for (const file of files) {
      let c: ConformanceCase;
      try {
        c = JSON.parse(io.readFile(file)) as ConformanceCase;
      } catch {
        io.err(`jitscope conformance: cannot read case ${file}`);
        return EXIT.usage;
      }
      const r = runCase(c);
      results.push(r);
      io.out(formatCaseResult(r));
    }
    const passed = results.filter((r) => r.passed).length;
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1) + '\n');
    io.out(`${passed} passed, ${results.length - passed} failed`);
    if (!baselineFile) return passed === results.length ? EXIT.ok : EXIT.diagnostics;
    const passing = new Set(results.filter((r) => r.passed).map((r) => r.name));
    const regressed = baseline.filter((name) => !passing.has(name));
    if (regressed.length > 0) io.err(`conformance: regressed below the baseline: ${regressed.join(', ')}`);
    return regressed.length === 0 ? EXIT.ok : EXIT.diagnostics;
  },
};

/** Splits `--flag VALUE` options from positional arguments; null when a flag lacks its value. */
function takeOptions(
  args: readonly string[],
  flags: readonly string[],
): { positional: string[]; values: Map<string, string> } | null {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!flags.includes(a)) {
      positional.push(a);
      continue;
    }
    const v = args[++i];
    if (v === undefined) return null;
    values.set(a, v);
  }
  return { positional, values };
}
