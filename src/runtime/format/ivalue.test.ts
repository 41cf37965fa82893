import { describe, expect, it } from 'vitest';
import { formatIValue } from './ivalue';

// Expected strings printed by `print` inside a torch.jit.script function (PyTorch 1.13).
describe('TorchScript print of values', () => {
  it('prints floats like C++ IValue printing', () => {
    const xs = [1e10, 1.5e10, 9999999999.0, 1e15, -1e16, 1e17, 1e300, 5e-324, 0.5, 1e22, -2.0, 0.1, 1e-4, 12345.678, -0.0];
    expect(formatIValue(xs)).toBe(
      '[10000000000., 15000000000., 9999999999., 1000000000000000., -10000000000000000., 100000000000000000., ' +
        '1.0000000000000001e+300, 4.9406564584124654e-324, 0.5, 1e+22, -2., 0.10000000000000001, 0.0001, 12345.678, 0.]',
    );
    expect([1.0, 0.1 + 0.2, 1e-5, 1e16, 1 / 3, Infinity, NaN].map(formatIValue).join(' ')).toBe(
      '1. 0.30000000000000004 1.0000000000000001e-05 10000000000000000. 0.33333333333333331 inf nan',
    );
  });
  it('prints containers without quotes', () => {
    const v = [[1n, 2n], [true], ['a', 'b'], { kind: 'tuple', items: ['x'] }, [[1.0]], { kind: 'dict', entries: [[1n, 'b']] }, null] as const;
    expect(v.map((x) => formatIValue(x)).join(' ')).toBe('[1, 2] [True] [a, b] (x,) [[1.]] {1: b} None');
  });
});
