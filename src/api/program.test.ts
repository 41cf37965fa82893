import { describe, expect, it } from 'vitest';
import { PyClass } from '../eager';
import { Tensor } from '../runtime/tensor';
import { instantiate, loadProgram, lookupEntry } from './program';

const source = `import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self, n: int):
        super().__init__()
        self.fc = nn.Linear(n, 2)

    def forward(self, x):
        return self.fc(x)

print("loaded")
`;

describe('program', () => {
  it('runs module-level code once and constructs an entry with its state_dict', () => {
    const program = loadProgram(source, 'main.py');
    expect(program.run.ok).toBe(true);
    expect(program.run.stdout).toBe('loaded\n');
    const cls = lookupEntry(program, 'Net');
    expect(cls).toBeInstanceOf(PyClass);
    const weight = Tensor.fromValues('float32', [2, 3], [1, 2, 3, 4, 5, 6]);
    const net = instantiate(program, cls as PyClass, [3n], new Map([['fc.weight', weight]]));
    const out = program.interpreter.call(net, [Tensor.fromValues('float32', [1, 3], [1, 0, 0])]);
    expect(out).toBeInstanceOf(Tensor);
    const bias = program.interpreter.getAttr(program.interpreter.getAttr(net, 'fc'), 'bias') as Tensor;
    expect(Array.from((out as Tensor).values())).toEqual([1 + Number(bias.values()[0]), 4 + Number(bias.values()[1])].map((v) => Math.fround(v)));
  });

  it('reports a failing program as data', () => {
    const program = loadProgram('x = 1 / 0\n', 'main.py');
    expect(program.run.ok).toBe(false);
    expect(program.run.exception?.type).toBe('ZeroDivisionError');
    expect(program.run.exception?.line).toBe(1);
  });
});
