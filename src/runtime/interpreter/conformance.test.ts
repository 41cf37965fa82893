import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIR } from '../../ir/parser';
import type { Encoded } from '../../api/values';
import { compareValues, decodeValue } from '../../api/values';
import type { IValue } from '../ivalue';
import { compileGraph } from '.';
import { moduleObject } from './module';

// Conformance cases (graph, runs, params) copied from /work/shared/conformance/cases.
interface Case {
  name: string;
  graph: string;
  params: Record<string, Encoded> | null;
  runs: { inputs: Encoded[]; output?: Encoded; raises?: string }[];
}

const dir = join(__dirname, '../../../tests/golden/interpreter');
const cases = JSON.parse(readFileSync(join(dir, 'conformance_cases.json'), 'utf8')) as Case[];
const mustPass = JSON.parse(readFileSync(join(dir, 'must_pass.json'), 'utf8')) as string[];

/** Runs every run of a case; null when all match, else the first problem. */
function check(c: Case): string | null {
  const graph = parseIR(c.graph);
  const exe = compileGraph(graph);
  const isModule = graph.inputs[0]?.type.kind === 'Class';
  for (const [i, run] of c.runs.entries()) {
    const inputs: IValue[] = run.inputs.map(decodeValue);
    if (isModule) {
      const state = Object.fromEntries(Object.entries(c.params ?? {}).map(([k, v]) => [k, decodeValue(v)]));
      inputs.unshift(moduleObject(graph.inputs[0]!.type.str(), state));
    }
    let out: IValue;
    try {
      const outs = exe.run(inputs);
      out = outs[0]!;
    } catch (e) {
      if (run.raises !== undefined) continue;
      return `run ${i}: ${(e as Error).message.split('\n')[0]}`;
    }
    if (run.raises !== undefined) return `run ${i}: expected ${run.raises}`;
    const d = compareValues(out, run.output ?? null);
    if (d) return `run ${i}: ${d}`;
  }
  return null;
}

describe('interpreter on the conformance graphs', () => {
  test('cases in the must-pass list give PyTorch results', () => {
    const results = cases.map((c) => [c.name, check(c)] as const);
    for (const [name, problem] of results) if (problem) console.log(`${name}: ${problem}`);
    const passed = results.filter(([, p]) => p === null).map(([n]) => n);
    console.log(`${passed.length} of ${cases.length} pass`);
    expect(mustPass.filter((n) => !passed.includes(n))).toEqual([]);
  });
});
