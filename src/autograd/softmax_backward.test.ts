import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../runtime/tensor';
import '../ops/index';
import { logSoftmaxBackwardFloat32, softmaxBackwardFloat32 } from './softmax_backward';

// PyTorch 1.13's kernels on the same outputs and gradients (tests/data/autograd/gen_softmax_backward.py),
// compared bit for bit (Note [Softmax backward order]).
interface Case {
  log: boolean;
  shape: number[];
  y: string[];
  g: string[];
  gi: string[];
}
const cases = JSON.parse(readFileSync('tests/data/autograd/softmax_backward.json', 'utf8')) as Case[];

describe('softmax backward gives PyTorch 1.13 bits', () => {
  for (const c of cases) {
    it(`${c.log ? 'log_softmax' : 'softmax'} rows of ${c.shape[1]}`, () => {
      const y = Tensor.fromValues('float32', c.shape, c.y.map(Number));
      const g = Tensor.fromValues('float32', c.shape, c.g.map(Number));
      const got = (c.log ? logSoftmaxBackwardFloat32 : softmaxBackwardFloat32)(g, y, 1)!;
      expect(Array.from(got.values())).toEqual(c.gi.map(Number));
    });
  }
});
