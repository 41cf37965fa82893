import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { exprAt, type ExprAt } from './expr_lookup';
import type { AnalyzeResult } from './types';

const module = `import torch
from typing import List, Optional, Tuple


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(4, 3)
        self.weight = torch.nn.Parameter(torch.rand(3, 3))

    def forward(self, x: torch.Tensor, y: Optional[torch.Tensor] = None):
        h = torch.relu(self.linear(x)) + 1
        s = x.shape
        n = s[0] * 2
        z = h.matmul(self.weight)
        if y is not None:
            z = z + y
        w = y if n > 0 else None
        return z[:, :2], n, w


example_inputs = (torch.rand(2, 4),)
`;

/** The hover at the `nth` occurrence of `needle` on `line` (1-based), `offset` characters into it. */
function hoverAt(r: AnalyzeResult, source: string, line: number, needle: string, offset = 0): ExprAt | undefined {
  const col = source.split('\n')[line - 1]!.indexOf(needle);
  expect(col, `${needle} on line ${line}`).toBeGreaterThanOrEqual(0);
  return exprAt(r.exprs!, line, col + offset);
}

describe('expression index (script)', () => {
  const r = analyze({ source: module, mode: 'script', entry: 'M' });
  const at = (line: number, needle: string, offset = 0) => hoverAt(r, module, line, needle, offset);

  it('compiles cleanly', () => expect(r.diagnostics).toEqual([]));

  it('gives calls their whole range, with the operator schema', () => {
    const relu = at(12, 'torch.relu', 6);
    expect(relu?.types).toEqual(['Tensor']);
    expect(relu?.op).toBe('aten::relu(Tensor self) -> Tensor');
    expect(relu?.range).toEqual({ startLine: 12, startCol: 12, endLine: 12, endCol: 38 });
    // The closing parenthesis of the module call belongs to the call, not to the outer relu.
    expect(at(12, 'x))', 1)?.op).toBe('prim::CallMethod[name="forward"]');
    expect(at(15, 'h.matmul', 3)?.op).toMatch(/^aten::matmul/);
  });

  it('shows binary operators, comparisons and conditional expressions', () => {
    expect(at(12, '+ 1')).toMatchObject({ types: ['Tensor'], op: expect.stringMatching(/^aten::add\.Scalar/) });
    expect(at(14, '* 2')).toMatchObject({ types: ['int'], op: expect.stringMatching(/^aten::mul\.int/) });
    expect(at(16, 'is not')).toMatchObject({ types: ['bool'], op: expect.stringMatching(/^aten::__isnot__/) });
    expect(at(18, ' if ')).toMatchObject({ types: ['Optional[Tensor]'], op: 'prim::If' });
  });

  it('shows attributes of self with their class type, and tensor attributes', () => {
    expect(at(12, 'linear')).toMatchObject({ types: ['__torch__.torch.nn.modules.linear.Linear'], op: 'prim::GetAttr[name="linear"]' });
    expect(at(15, 'weight')?.types).toEqual(['Tensor']);
    expect(at(13, 'shape')).toMatchObject({ types: ['List[int]'], op: expect.stringMatching(/^aten::size/) });
  });

  it('picks the innermost expression: a subscript inside a product, a constant inside it', () => {
    expect(at(14, '[0]')).toMatchObject({ types: ['int'], op: expect.stringMatching(/^aten::__getitem__/) });
    expect(at(14, '0]')).toMatchObject({ types: ['int'], op: 'prim::Constant' });
    expect(at(19, ':2]')?.op).toMatch(/^aten::slice/);
  });

  it('has no span for statements or blank space; an assignment target has its value', () => {
    expect(at(16, 'if y')).toBeUndefined();
    expect(at(12, 'h =', 1)).toBeUndefined();
    expect(at(12, 'h =')).toMatchObject({ types: ['Tensor'], op: '%h.1' });
    expect(exprAt(r.exprs!, 12, 0)).toBeUndefined();
  });
});

describe('expression index (trace)', () => {
  // A trace returns tensors only.
  const traced = module.replace('return z[:, :2], n, w', 'return z[:, :2]');
  const r = analyze({ source: traced, mode: 'trace', entry: 'M' });
  const at = (line: number, needle: string, offset = 0) => hoverAt(r, traced, line, needle, offset);
  const f23 = 'Float(2, 3, strides=[3, 1], requires_grad=1, device=cpu)';

  it('shows traced tensor types with their shapes', () => {
    expect(at(12, 'torch.relu')).toMatchObject({ types: [f23], op: 'aten::relu(Tensor self) -> Tensor' });
    expect(at(12, '+ 1')?.types).toEqual([f23]);
    expect(at(15, 'matmul')?.types).toEqual([f23]);
  });

  it('gives a traced module call the shape its method returned', () => {
    expect(at(12, 'x))', 1)).toMatchObject({ types: [f23], op: 'prim::CallMethod[name="forward"]' });
    expect(at(12, 'linear')?.types).toEqual(['__torch__.torch.nn.modules.linear.Linear']);
  });

  it('takes the last node of a subscript that records several', () => {
    expect(at(19, ':2]')).toMatchObject({ types: ['Float(2, 2, strides=[3, 1], requires_grad=1, device=cpu)'], op: expect.stringMatching(/^aten::slice/) });
  });
});

const blocks = `import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, n: int):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(n))

    def forward(self, x):
        return torch.relu(x * self.scale)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Block(4)
        self.b = Block(2)

    def forward(self, x):
        y = self.a(x)
        for i in range(2):
            y = y + 1
        return self.b(y[:, :2])


example_inputs = (torch.rand(3, 4),)
`;

describe('expression index across instances', () => {
  it('keeps each shape of a line traced for two modules, and one for a loop', () => {
    const r = analyze({ source: blocks, mode: 'trace', entry: 'Net' });
    const at = (line: number, needle: string) => hoverAt(r, blocks, line, needle);
    expect(at(11, '* self')?.types).toEqual([
      'Float(3, 4, strides=[4, 1], requires_grad=1, device=cpu)',
      'Float(3, 2, strides=[2, 1], requires_grad=1, device=cpu)',
    ]);
    expect(at(23, '+ 1')?.types).toEqual(['Float(3, 4, strides=[4, 1], requires_grad=1, device=cpu)']);
    // A traced method's parameter, by position: what each call passed.
    expect(at(11, 'x *')?.types).toEqual([
      'Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)',
      'Float(3, 2, strides=[4, 1], requires_grad=1, device=cpu)',
    ]);
  });

  it('covers the methods the entry calls in script mode', () => {
    const r = analyze({ source: blocks, mode: 'script', entry: 'Net' });
    expect(hoverAt(r, blocks, 11, '* self')?.types).toEqual(['Tensor']);
    expect(hoverAt(r, blocks, 11, 'scale')?.op).toBe('prim::GetAttr[name="scale"]');
  });
});

describe('expression index of a function', () => {
  const fn = `import torch
from typing import List, Tuple


def f(x: torch.Tensor, n: int) -> Tuple[torch.Tensor, List[int]]:
    sizes = [n, n + 1]
    return (x * n).t(), sizes
`;
  it('shows scalar and tensor results of a scripted function', () => {
    const r = analyze({ source: fn, mode: 'script', entry: 'f' });
    expect(hoverAt(r, fn, 6, '+ 1')?.types).toEqual(['int']);
    expect(hoverAt(r, fn, 7, '* n')?.types).toEqual(['Tensor']);
    expect(hoverAt(r, fn, 7, '.t()', 1)?.op).toMatch(/^aten::t\(/);
  });
});

describe('expression index of library calls in a trace', () => {
  const source = `import torch
import torch.nn as nn
import torch.nn.functional as F


class N(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)

    def forward(self, x):
        y = F.softmax(x * 2, dim=1)
        return F.relu(self.lin(y)) - 1


example_inputs = (torch.rand(2, 4),)
`;
  it('matches the nodes of F.relu and F.softmax (recorded at the library line) to their calls', () => {
    const r = analyze({ source, mode: 'trace', entry: 'N' });
    expect(hoverAt(r, source, 12, 'softmax')).toMatchObject({
      types: ['Float(2, 4, strides=[4, 1], requires_grad=0, device=cpu)'],
      op: expect.stringMatching(/^aten::softmax/),
    });
    expect(hoverAt(r, source, 13, 'relu')).toMatchObject({
      types: ['Float(2, 3, strides=[3, 1], requires_grad=1, device=cpu)'],
      op: 'aten::relu(Tensor self) -> Tensor',
    });
    expect(hoverAt(r, source, 13, '- 1')?.op).toMatch(/^aten::sub/);
  });

  it('names the function a scripted call of F.relu calls', () => {
    const r = analyze({ source, mode: 'script', entry: 'N' });
    expect(hoverAt(r, source, 13, 'relu')).toMatchObject({ types: ['Tensor'], op: 'prim::CallFunction(relu)' });
  });
});

describe('expression index of variables', () => {
  const source = `import torch
from typing import Optional


def f(x: torch.Tensor, y: Optional[torch.Tensor], n: int):
    sizes = [n, n + 1]
    z = x * 2
    if y is not None:
        z = z + y
    for i in range(n):
        z = z - i
    return z, sizes
`;
  const r = analyze({ source, mode: 'script', entry: 'f' });
  const at = (line: number, needle: string) => hoverAt(r, source, line, needle);

  it('gives each read the value its line sees, with its IR name', () => {
    expect(at(6, 'n,')).toEqual({ range: { startLine: 6, startCol: 13, endLine: 6, endCol: 14 }, types: ['int'], op: '%n.1' });
    expect(at(9, 'z +')?.op).toBe('%z.1');
    expect(at(12, 'z,')?.types).toEqual(['Tensor']);
    expect(at(12, 'sizes')?.types).toEqual(['List[int]']);
  });

  it('gives an assignment target the value the statement made', () => {
    expect(at(7, 'z =')).toMatchObject({ types: ['Tensor'], op: expect.stringMatching(/^%z/) });
    expect(at(6, 'sizes')?.types).toEqual(['List[int]']);
    expect(at(10, 'i in')).toMatchObject({ types: ['int'], op: expect.stringMatching(/^%i\b/) });
    expect(at(11, 'z =')?.op).not.toBe(at(7, 'z =')?.op);
  });

  it('shows a variable refined by `is not None` with its refined type', () => {
    expect(at(8, 'y is')?.types).toEqual(['Optional[Tensor]']);
    expect(at(9, 'y')?.types).toEqual(['Tensor']);
  });

  it('sees loop-carried values inside the loop and the loop result after it', () => {
    const inside = at(11, 'z -');
    const after = at(12, 'z,');
    expect(inside?.types).toEqual(['Tensor']);
    expect(after?.op).not.toBe(inside?.op);
    expect(after?.op).not.toBe(at(9, 'z +')?.op);
  });

  it('offers a trace only its parameters, and not once reassigned (Note [Traced names])', () => {
    const traced = `import torch


def g(x):
    y = x + 1
    x = y * 2
    return x - y


example_inputs = (torch.rand(2),)
`;
    const t = analyze({ source: traced, mode: 'trace', entry: 'g' });
    expect(hoverAt(t, traced, 5, 'x +')?.types).toEqual(['Float(2, strides=[1], requires_grad=0, device=cpu)']);
    expect(hoverAt(t, traced, 7, 'x -')?.op).toMatch(/^aten::sub/);
  });
});

describe('expression index of parameters', () => {
  const source = `import torch


def g(x, y: torch.Tensor):
    return x * y


example_inputs = (torch.rand(2, 3), torch.rand(3))
`;
  it('shows a parameter on the def line, with its traced shape in a trace', () => {
    const t = analyze({ source, mode: 'trace', entry: 'g' });
    expect(hoverAt(t, source, 4, 'x,')).toMatchObject({ types: ['Float(2, 3, strides=[3, 1], requires_grad=0, device=cpu)'], op: '%x' });
    expect(hoverAt(t, source, 4, 'y:')?.types).toEqual(['Float(3, strides=[1], requires_grad=0, device=cpu)']);
  });

  it('covers the name only, not its annotation', () => {
    const s = analyze({ source, mode: 'script', entry: 'g' });
    expect(hoverAt(s, source, 4, 'y:')).toEqual({ range: { startLine: 4, startCol: 9, endLine: 4, endCol: 10 }, types: ['Tensor'], op: '%y.1' });
    expect(hoverAt(s, source, 4, 'torch.Tensor')).toBeUndefined();
  });
});
