import { describe, expect, test } from 'vitest';
import { runWith } from './test_io';
import { runCommand } from './run';

const run = (args: string[], files: Record<string, string>) => runWith(runCommand, args, files);

const program = `import torch

def f(x, n: int):
    for i in range(n):
        x = x * 2
    return x, n + 1

def g(x):
    return x.sum() > 0
`;

const tensor = { tensor: { dtype: 'float32', shape: [2], data: [1, -3] } };

describe('jitscope run', () => {
  test('prints the script output in the conformance encoding', () => {
    const r = run(['p.py', '--entry', 'f', '--inputs', JSON.stringify([tensor, { int: 3 }])], { 'p.py': program });
    expect(r.err).toEqual([]);
    expect(JSON.parse(r.out[0]!)).toEqual({ tuple: [{ tensor: { dtype: 'float32', shape: [2], data: [8, -24] } }, { int: 4 }] });
    expect(r.status).toBe(0);
  });

  test('bare JSON scalars are ints and floats', () => {
    const r = run(['p.py', '--entry', 'f', '--inputs', JSON.stringify([tensor, 1])], { 'p.py': program });
    expect(JSON.parse(r.out[0]!)).toEqual({ tuple: [{ tensor: { dtype: 'float32', shape: [2], data: [2, -6] } }, { int: 2 }] });
  });

  test('usage errors exit with 2', () => {
    expect(run(['p.py', '--entry', 'f'], { 'p.py': program }).status).toBe(2);
    expect(run(['p.py', '--entry', 'f', '--inputs', '[1]', '--mode', 'fast'], { 'p.py': program }).status).toBe(2);
    expect(run(['p.py', '--entry', 'f', '--inputs', '{'], { 'p.py': program }).status).toBe(2);
  });
});
