import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../runtime/tensor';
import { callOp } from './call';
import './index';

// Float32 sums and means of PyTorch 1.13 (tests/data/ops/gen_float32_sum.py), compared bit for bit
// (Note [Float32 sums in PyTorch's order]).
interface Case {
  shape: number[];
  dims: number[] | null;
  x: string[];
  sum: string[];
  mean: string[];
}
const cases = JSON.parse(readFileSync('tests/data/ops/float32_sum.json', 'utf8')) as Case[];

describe('float32 sum and mean give PyTorch 1.13 bits', () => {
  for (const c of cases) {
    it(`[${c.shape.join(', ')}] over ${c.dims === null ? 'all' : `[${c.dims.join(', ')}]`}`, () => {
      const x = Tensor.fromValues('float32', c.shape, c.x.map(Number));
      const dims = c.dims === null ? [] : [c.dims.map(BigInt)];
      const s = callOp(c.dims === null ? 'aten::sum' : 'aten::sum.dim_IntList', [x, ...dims]) as Tensor;
      const m = callOp(c.dims === null ? 'aten::mean' : 'aten::mean.dim', [x, ...dims]) as Tensor;
      expect(Array.from(s.values())).toEqual(c.sum.map(Number));
      expect(Array.from(m.values())).toEqual(c.mean.map(Number));
    });
  }
});
