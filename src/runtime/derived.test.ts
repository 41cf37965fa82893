// Note [Derived device copies]: cached per-storage device tensors follow the data they came from.
import { beforeAll, describe, expect, test } from 'vitest';
import { tf } from './tf';
import { Tensor } from './tensor';
import { withScope } from './memory';
import { useCpuBackend } from './backend';
import { callOp } from '../ops/index';

beforeAll(() => {
  useCpuBackend();
});

const seq = (shape: number[], f: (i: number) => number): Tensor =>
  Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));

describe('derived device copies', () => {
  test('a cached filter is reused, then recomputed after the weight is written', () => {
    const x = seq([1, 2, 4, 4], (i) => Math.sin(i));
    const w = seq([3, 2, 3, 3], (i) => Math.cos(i));
    let made = 0;
    const key = (d: tf.Tensor): tf.Tensor => (made++, tf.transpose(d, [2, 3, 1, 0]));
    const a = w.deviceDerived('k', key);
    expect(w.deviceDerived('k', key)).toBe(a);
    expect(made).toBe(1);
    const before = Array.from((callOp('aten::conv2d', [x, w]) as Tensor).values());
    w.fill_(0.5);
    expect(a?.isDisposed).toBe(true);
    const after = Array.from((callOp('aten::conv2d', [x, w]) as Tensor).values());
    expect(after).not.toEqual(before);
    // conv of all-0.5 filters: 0.5 times the sum of the window.
    const xv = x.values();
    let s = 0;
    for (let c = 0; c < 2; c++) for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += xv[c * 16 + i * 4 + j];
    expect(after[0]).toBeCloseTo(0.5 * s, 5);
  });

  test('a scope frees the derived copies of the storages it frees', () => {
    const x = seq([1, 2, 5, 5], (i) => (i % 7) / 7);
    void x.storage.device(x.shape);
    const before = tf.memory().numTensors;
    const sum = withScope(() => {
      const w = seq([4, 2, 3, 3], (i) => Math.sin(i));
      callOp('aten::conv2d', [x, w]);
      callOp('aten::conv2d', [x, w]);
      return 1;
    });
    expect(sum).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });
});
