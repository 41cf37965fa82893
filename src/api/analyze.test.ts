import { describe, expect, it } from 'vitest';
import { analyze, analyzeAsync, analyzeStaged, compileOnly } from './analyze';

const program = `import torch
import torch.nn as nn

def helper(x, n: int):
    return x * n

class Base(nn.Module):
    def forward(self, x):
        return x

class Child(Base):
    def forward(self, x, h):
        return x + h

class NotAModule:
    pass
`;

describe('analyze', () => {
  it('lists functions and module classes and defaults to the last entry', () => {
    const r = analyze({ source: program, mode: 'script' });
    expect(r.entries.map((e) => [e.name, e.kind, e.params])).toEqual([
      ['helper', 'function', ['x', 'n']],
      ['Base', 'module', ['x']],
      ['Child', 'module', ['x', 'h']],
    ]);
    expect(r.entry).toBe('Child');
    expect(r.diagnostics).toEqual([]);
  });

  it('honours a requested entry and reports an unknown one as no entry', () => {
    expect(analyze({ source: program, mode: 'trace', entry: 'helper' }).entry).toBe('helper');
    expect(analyze({ source: program, mode: 'trace', entry: 'missing' }).entry).toBeNull();
  });

  it('returns parse errors as data with Python positions', () => {
    const r = analyze({ source: 'def f(x):\n    return (x +\n', mode: 'script' });
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics[0]?.stage).toBe('parse');
    expect(r.diagnostics[0]?.range.startLine).toBeGreaterThanOrEqual(2);
  });
});

const foo = `import torch

def foo(len: int) -> torch.Tensor:
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv

print("module-level code runs")
example_inputs = (2,)
`;

describe('analyze runs the pipeline', () => {
  it('scripts the entry, prints its graph and code, and runs it on example_inputs', () => {
    const r = analyze({ source: foo, mode: 'script' });
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('module-level code runs\n');
    expect(r.graph).toContain('prim::Loop');
    expect(r.graph).toContain('prim::If');
    expect(r.code).toContain('def foo(len: int) -> Tensor:');
    expect(r.outputs).toBe('tensor([[-2., -2., -2., -2.],\n        [-2., -2., -2., -2.],\n        [-2., -2., -2., -2.]])');
    expect(r.timings.compile).toBeGreaterThan(0);
  });

  it('runs the entry eagerly in eager mode and takes typed inputs over example_inputs', () => {
    const r = analyze({ source: foo, mode: 'eager', inputs: '12' });
    expect(r.graph).toBeUndefined();
    expect(r.outputs).toContain('[-8., -8., -8., -8.]');
  });

  it('reports a module-level error on its line and still compiles the entry', () => {
    const r = analyze({ source: foo.replace('example_inputs = (2,)', 'example_inputs = (2,)\nboom = 1 / 0'), mode: 'script' });
    const run = r.diagnostics.find((d) => d.stage === 'run');
    expect(run?.message).toBe('ZeroDivisionError: division by zero');
    expect(run?.range.startLine).toBe(14);
    expect(r.graph).toContain('prim::Loop');
  });

  it('reports a compile error with TorchScript text on the line PyTorch reports', () => {
    const source = 'import torch\ndef f(x: int):\n    y = 1\n    for i in range(x):\n        y = "one"\n    return y\n';
    const r = analyze({ source, mode: 'script' });
    const d = r.diagnostics.find((x) => x.stage === 'compile');
    expect(d?.message).toContain("Variable 'y' previously had type int");
    expect(d?.range.startLine).toBe(5);
    expect(d?.detail).toContain('<--- HERE');
  });
});

const gate = `import torch

class MyDecisionGate(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x
        else:
            return -x

example_inputs = (torch.ones(2, 2),)
`;

describe('analyze switches between trace and script', () => {
  it('traces away the if with a TracerWarning on its line, and scripting keeps it', () => {
    const traced = analyze({ source: gate, mode: 'trace' });
    expect(traced.graph).toBeDefined();
    expect(traced.graph).not.toContain('prim::If');
    const warning = traced.diagnostics.find((d) => d.severity === 'warning');
    expect(warning?.message).toContain('Converting a tensor to a Python boolean');
    expect(warning?.range.startLine).toBe(5);
    const scripted = analyze({ source: gate, mode: 'script' });
    expect(scripted.graph).toContain('prim::If');
    expect(scripted.outputs).toBe('tensor([[1., 1.],\n        [1., 1.]])');
  });
});

describe('analyzeAsync', () => {
  it('gives the same result as analyze (in Node the compute backend reads back synchronously)', async () => {
    const sync = analyze({ source: foo, mode: 'script' });
    const async = await analyzeAsync({ source: foo, mode: 'script' });
    expect(async.outputs).toBe(sync.outputs);
    expect(async.graph).toBe(sync.graph);
    expect(async.backend).toBe('cpu');
  });
});

describe('analyzeStaged', () => {
  it('has the graph and code before the run, and the outputs after it (Note [Compile before run])', async () => {
    const staged = analyzeStaged({ source: foo, mode: 'script' });
    expect(staged.compiled.graph).toContain('graph(');
    expect(staged.compiled.outputs).toBeUndefined();
    const ran = await staged.run();
    expect(ran.graph).toBe(staged.compiled.graph);
    expect(ran.outputs).toBe(analyze({ source: foo, mode: 'script' }).outputs);
  });

  it('compileOnly compiles without running the entry', () => {
    const compiled = compileOnly({ source: foo, mode: 'script' });
    expect(compiled.graph).toContain('graph(');
    expect(compiled.outputs).toBeUndefined();
    expect(compiled.timings.execute).toBeUndefined();
  });
});
