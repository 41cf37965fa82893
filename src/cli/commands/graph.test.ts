import { describe, expect, test } from 'vitest';
import { graphCommand, reportDiagnostics } from './graph';
import { runWith } from './test_io';

const run = (args: string[], files: Record<string, string>) => runWith(graphCommand, args, files);

const program = `import torch
import torch.nn as nn

def f(x: torch.Tensor, n: int):
    for i in range(n):
        x = x * 2
    return x

class M(nn.Module):
    def __init__(self, k: int):
        super().__init__()
        self.lin = nn.Linear(k, k)

    def forward(self, x):
        return self.lin(x).relu()

def bad(x: int):
    return x + "a"
`;

describe('jitscope graph', () => {
  test('prints the graph of a function', () => {
    const r = run(['p.py', '--entry', 'f'], { 'p.py': program });
    expect(r.status).toBe(0);
    expect(r.out.join('\n')).toContain('prim::Loop(%n.1');
  });

  test('compiles a module with constructor arguments, inlined', () => {
    const r = run(['p.py', '--entry', 'M', '--init-args', '[4]', '--inlined'], { 'p.py': program });
    expect(r.err).toEqual([]);
    expect(r.out.join('\n')).toContain('aten::linear');
    expect(r.out.join('\n')).not.toContain('prim::CallMethod');
  });

  test('reports TorchScript errors on the right line with exit status 1', () => {
    const r = run(['p.py', '--entry', 'bad'], { 'p.py': program });
    expect(r.status).toBe(1);
    expect(r.err[0]).toMatch(/^p\.py:18:\d+: error: Arguments for call are not valid/);
    expect(r.err.join('\n')).toContain('<--- HERE');
  });

  test('a diagnostic inside a library file names that file, not FILE', () => {
    const err: string[] = [];
    const at = { line: 40, col: 8, offset: 0 };
    const d = { message: 'boom', range: { start: at, end: at }, severity: 'error' as const, code: 'script/x', torchText: 'boom:', fileName: 'torch/nn/modules/batchnorm.py' };
    reportDiagnostics({ out: () => undefined, err: (l) => err.push(l), readFile: () => '' }, 'p.py', [d]);
    expect(err[0]).toBe('torch/nn/modules/batchnorm.py:40:8: error: boom');
  });

  test('--repeat prints the timing to stderr', () => {
    const r = run(['p.py', '--entry', 'f', '--repeat', '3'], { 'p.py': program });
    expect(r.status).toBe(0);
    expect(r.err[0]).toMatch(/^compiled 3 times in [\d.]+ ms/);
  });

  test("a function's names resolve through the program's globals (NamedTuple, script class, traced function)", () => {
    const globalsProgram = `import torch
from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int

@torch.jit.script
class Acc:
    def __init__(self, v: int):
        self.v = v

def double(t):
    return t * 2

traced = torch.jit.trace(double, torch.ones(2))

def f(t: torch.Tensor) -> int:
    p = Point(1, 2)
    a = Acc(p.x)
    return a.v + p.y + traced(t).size(0)
`;
    const r = run(['g.py', '--entry', 'f'], { 'g.py': globalsProgram });
    expect(r.err).toEqual([]);
    const out = r.out.join('\n');
    expect(out).toContain('%a.1 : __torch__.Acc = prim::CreateObject()');
    expect(out).toMatch(/prim::CallFunction\(%\d+, %t\.1\)/);
  });

  test('usage errors exit with 2', () => {
    expect(run(['p.py'], { 'p.py': program }).status).toBe(2);
    expect(run(['q.py', '--entry', 'f'], {}).status).toBe(2);
  });
});
