import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

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
