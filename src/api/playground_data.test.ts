import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { typeAt } from './name_lookup';
import { scriptErrorSite } from './script_error_site';

const loop = `import torch

def f(x: torch.Tensor, n: int) -> torch.Tensor:
    y = x * 2
    for i in range(n):
        if bool(y.sum() > 0):
            y = y - 1
    return y + x
`;

describe('playground data from analyze', () => {
  it('maps each .code line to the source line of the node that printed it', () => {
    const r = analyze({ source: loop, mode: 'script', inputs: '(torch.ones(2), 3)' });
    const code = r.code!.split('\n');
    const lineOf = (text: string): number | null | undefined => r.codeLines![code.findIndex((l) => l.includes(text))];
    expect(lineOf('y = torch.mul(x, 2)')).toBe(4);
    expect(lineOf('for i in range(n)')).toBe(5);
    expect(lineOf('y1 = torch.sub(y0, 1)')).toBe(7);
    expect(lineOf('return torch.add(y0, x)')).toBe(8);
    expect(r.codeLines![0]).toBeNull();
  });

  it('gives the inferred type of a name at a line', () => {
    const r = analyze({ source: loop.replace('y = x * 2', 'y = x * 2\n    k = n + 1').replace('y + x', 'y + x + k'), mode: 'script' });
    expect(typeAt(r.names!, 'k', 5)?.type).toBe('int');
    expect(typeAt(r.names!, 'y', 8)?.type).toBe('Tensor');
    expect(typeAt(r.names!, 'n', 9)?.type).toBe('int');
    expect(typeAt(r.names!, 'nothing', 4)).toBeUndefined();
  });

  it('marks the line a failing torch.jit.script call names, as well as the call', () => {
    const source = `import torch

def f(x: int) -> int:
    return x + "a"

def g(x: torch.Tensor) -> torch.Tensor:
    return x

h = torch.jit.script(f)
`;
    const r = analyze({ source, mode: 'script' });
    const lines = r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.range.startLine, d.range.startCol, d.range.endCol]);
    expect(lines).toEqual([
      [9, 0, 1000],
      [4, 11, 18],
    ]);
  });

  it('reads the first File line of a TorchScript error, not a traceback frame', () => {
    const text = 'Traceback:\n  File "main.py", line 9, in <module>\nRuntimeError:\nbad:\n  File "main.py", line 4\n    return x + "a"\n           ~~~~~~~ <--- HERE\n';
    expect(scriptErrorSite(text, 'main.py')).toEqual({ startLine: 4, startCol: 11, endLine: 4, endCol: 18 });
    expect(scriptErrorSite('no site', 'main.py')).toBeUndefined();
  });

  it('returns the graphs of the methods a scripted module calls, by qualified name', () => {
    const source = `import torch

class Cell(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(4, 4)

    def forward(self, x):
        return torch.tanh(self.linear(x))
`;
    const r = analyze({ source, mode: 'script' });
    const call = /prim::CallMethod\[name="forward"\]\(%(\w+)/.exec(r.graph!)![1]!;
    const type = new RegExp(`%${call} : ([\\w.]+)`).exec(r.graph!)![1]!;
    expect(r.methods![`${type}.forward`]).toContain('aten::linear');
  });
});
