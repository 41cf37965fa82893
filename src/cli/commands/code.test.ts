import { describe, expect, test } from 'vitest';
import { runWith } from './test_io';
import { codeCommand } from './code';

const run = (args: string[], files: Record<string, string>) => runWith(codeCommand, args, files);

const fooLoopIf = `import torch

def foo(len: int):
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
`;

describe('jitscope code', () => {
  test('prints .code as PyTorch does for the foo_loop_if example', () => {
    const r = run(['foo.py', '--entry', 'foo'], { 'foo.py': fooLoopIf });
    expect(r.err).toEqual([]);
    expect(r.out.join('\n')).toBe(`def foo(len: int) -> Tensor:
  rv = torch.zeros([3, 4])
  rv0 = rv
  for i in range(len):
    if torch.lt(i, 10):
      rv1 = torch.sub(rv0, 1.)
    else:
      rv1 = torch.add(rv0, 1.)
    rv0 = rv1
  return rv0`);
    expect(r.status).toBe(0);
  });

  test('prints a module method with its self parameter', () => {
    const src = `import torch
import torch.nn as nn

class Cell(nn.Module):
    def __init__(self, n: int):
        super().__init__()
        self.linear = nn.Linear(n, n)

    def forward(self, x, h):
        new_h = torch.tanh(self.linear(x) + h)
        return new_h, new_h
`;
    const r = run(['m.py', '--entry', 'Cell', '--init-args', '[4]'], { 'm.py': src });
    expect(r.err).toEqual([]);
    expect(r.out.join('\n')).toBe(`def forward(self,
    x: Tensor,
    h: Tensor) -> Tuple[Tensor, Tensor]:
  linear = self.linear
  new_h = torch.tanh(torch.add((linear).forward(x, ), h))
  return (new_h, new_h)`);
  });

  test('usage errors and unreadable files', () => {
    expect(run([], {}).status).toBe(2);
    expect(run(['foo.py', 'foo'], { 'foo.py': fooLoopIf }).status).toBe(2);
    expect(run(['nope.py', '--entry', 'f'], {}).status).toBe(2);
  });
});
