import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { countKinds, diffKinds } from './graph_diff';

const gate = readFileSync('src/ui/examples/decision_gate.py', 'utf8');

describe('diffKinds', () => {
  it('counts kinds in nested blocks', () => {
    const counts = countKinds(readFileSync('tests/golden/api/graphs/foo_loop_if.graph', 'utf8'))!;
    expect(counts['prim::Loop']).toBe(1);
    expect(counts['prim::If']).toBe(1);
    expect(counts['aten::sub']).toBe(1);
    expect(countKinds('not a graph')).toBeUndefined();
  });

  it('shows the branch tracing froze in MyDecisionGate', () => {
    const script = analyze({ source: gate, mode: 'script' });
    const trace = analyze({ source: gate, mode: 'trace' });
    const diff = diffKinds(script, trace)!;
    expect(diff.onlyScript).toEqual(expect.arrayContaining(['prim::If', 'aten::gt', 'aten::sum', 'aten::neg']));
    expect(diff.onlyTrace).toEqual([]);
    expect(diff.summary).toMatch(/^trace: 0 prim::If, 0 prim::Loop, \d+ constants; script: 1 prim::If, 0 prim::Loop, \d+ constants$/);
  });

  it('says which side has no graph', () => {
    const script = analyze({ source: 'def f(n: int):\n    return n + 1\n\nexample_inputs = (3,)\n', mode: 'script' });
    const trace = analyze({ source: 'def f(n: int):\n    return n + 1\n\nexample_inputs = (3,)\n', mode: 'trace' });
    const diff = diffKinds(script, trace)!;
    expect(diff.summary).toMatch(/^trace: no graph; script: 0 prim::If/);
    expect(diff.onlyScript).toEqual([]);
  });
});
