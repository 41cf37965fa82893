import { describe, expect, it } from 'vitest';
import { formatCaseResult, kindSimilarity, runCase } from './conformance';

describe('kindSimilarity', () => {
  it('is 1 for equal multisets and shrinks with the multiset difference', () => {
    expect(kindSimilarity(new Map([['aten::add', 2]]), { 'aten::add': 2 })).toBe(1);
    // A = {add, add}, B = {add, mul}: difference 2, union 3.
    expect(kindSimilarity(new Map([['aten::add', 2]]), { 'aten::add': 1, 'aten::mul': 1 })).toBeCloseTo(1 / 3);
    expect(kindSimilarity(new Map(), {})).toBe(1);
  });
});

const source = `import torch
def f(x: int) -> int:
    return x + 1
`;

describe('runCase', () => {
  it('passes a function case whose outputs match and fails one whose outputs do not', () => {
    const base = { name: 'inc', source, mode: 'script' as const, entry: 'f', node_kinds: { 'aten::add': 1, 'prim::Constant': 1 } };
    const good = runCase({ ...base, runs: [{ inputs: [{ int: 2 }], output: { int: 3 } }] });
    expect(good.passed).toBe(true);
    expect(good.similarity).toBe(1);
    const bad = runCase({ ...base, runs: [{ inputs: [{ int: 2 }], output: { int: 4 } }] });
    expect(bad.passed).toBe(false);
    expect(formatCaseResult(bad)).toMatch(/^FAIL inc: run 0/);
  });

  it('checks that a rejected program is rejected on the expected line', () => {
    const broken = 'import torch\ndef f(x: int) -> int:\n    return y\n';
    const c = { name: 'undef', source: broken, mode: 'script' as const, entry: 'f' };
    expect(runCase({ ...c, error: { line: 3, message: 'undefined value y' } }).passed).toBe(true);
    expect(runCase({ ...c, error: { line: 2, message: 'undefined value y' } }).passed).toBe(false);
  });
});
