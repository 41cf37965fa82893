import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileGraph } from '.';
import type { GraphCase } from './cases';
import { checkCase } from './cases';

// Conformance cases (graph, runs, params) copied from /work/shared/conformance/cases.
const dir = join(__dirname, '../../../tests/golden/interpreter');
const cases = JSON.parse(readFileSync(join(dir, 'conformance_cases.json'), 'utf8')) as GraphCase[];
const mustPass = JSON.parse(readFileSync(join(dir, 'must_pass.json'), 'utf8')) as string[];

const check = (c: GraphCase): Promise<string | null> =>
  checkCase(c, (g) => {
    const exe = compileGraph(g);
    return (inputs) => exe.run(inputs)[0]!;
  });

describe('interpreter on the conformance graphs', () => {
  test('cases in the must-pass list give PyTorch results', async () => {
    const results: (readonly [string, string | null])[] = [];
    for (const c of cases) results.push([c.name, await check(c)]);
    for (const [name, problem] of results) if (problem) console.log(`${name}: ${problem}`);
    const passed = results.filter(([, p]) => p === null).map(([n]) => n);
    console.log(`${passed.length} of ${cases.length} pass`);
    expect(mustPass.filter((n) => !passed.includes(n))).toEqual([]);
  });
});
