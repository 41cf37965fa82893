// Runtime invariants: promotion, views sharing storage, in-place writes through aliases, memory scopes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { tf } from './tf';
import type { DType, OperandKind } from './dtype';
import { resultType } from './dtype';
import { Tensor } from './tensor';
import { evictToHost, withScope } from './memory';
import { useCpuBackend } from './backend';
import { TorchError } from './errors';
import { broadcastShapes } from './broadcast';
import { callOp, setPreferDevice } from '../ops/index';
import { ScriptObject } from './ivalue';

beforeAll(() => {
  useCpuBackend();
});

const promotion = JSON.parse(readFileSync(new URL('../../tests/data/ops/promotion.json', import.meta.url), 'utf8')) as {
  rows: { a: [DType, OperandKind]; b: [DType, OperandKind]; result: DType }[];
};
const vals = (t: unknown): number[] => Array.from((t as Tensor).values());
const arange = (n: number, shape: number[]): Tensor => Tensor.fromValues('float32', shape, Array.from({ length: n }, (_, i) => i));

describe('type promotion', () => {
  test('torch.result_type for every dtype pair, 0-d tensors and Python scalars', () => {
    const wrong = promotion.rows
      .map((r) => ({ ...r, got: resultType([{ dtype: r.a[0], kind: r.a[1] }, { dtype: r.b[0], kind: r.b[1] }]) }))
      .filter((r) => r.got !== r.result);
    expect(wrong).toEqual([]);
  });
});

describe('broadcasting', () => {
  test('shapes and the PyTorch error', () => {
    expect(broadcastShapes([3, 1], [2, 1, 4])).toEqual([2, 3, 4]);
    expect(() => broadcastShapes([2, 3], [2, 4])).toThrow(
      new TorchError('RuntimeError', 'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1'),
    );
  });
});

describe('views share storage', () => {
  test('x[0] = ones(4) through select + copy_ (the traced fill_row pattern)', () => {
    const x = Tensor.full('float32', [3, 4], 0);
    callOp('aten::copy_', [callOp('aten::select', [x, 0n, 0n]), Tensor.full('float32', [4], 1)]);
    expect(vals(x)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test('x[:, 1] += 2 and strided slices write through to every alias', () => {
    const x = arange(12, [3, 4]);
    const alias = callOp('aten::view', [x, [12n]]) as Tensor;
    const col = callOp('aten::select', [callOp('aten::slice', [x, 0n, null, null, 1n]), 1n, 1n]);
    callOp('aten::add_', [col, 2n]);
    expect(vals(alias)).toEqual([0, 3, 2, 3, 4, 7, 6, 7, 8, 11, 10, 11]);
    callOp('aten::fill_', [callOp('aten::slice', [x, 1n, null, null, 2n]), -1n]);
    expect(vals(x)).toEqual([-1, 3, -1, 3, -1, 7, -1, 7, -1, 11, -1, 11]);
    callOp('aten::zero_', [callOp('aten::t', [x])]);
    expect(vals(alias).every((v) => v === 0)).toBe(true);
  });

  test('views report PyTorch strides and offsets', () => {
    const x = arange(24, [2, 3, 4]);
    const p = callOp('aten::permute', [x, [2n, 0n, 1n]]) as Tensor;
    expect([p.shape, p.strides]).toEqual([[4, 2, 3], [1, 12, 4]]);
    const s = callOp('aten::slice', [x, 2n, 1n, null, 2n]) as Tensor;
    expect([s.shape, s.strides, s.storageOffset]).toEqual([[2, 3, 2], [12, 4, 2], 1]);
    const e = callOp('aten::expand', [callOp('aten::unsqueeze', [x, 0n]), [5n, -1n, -1n, -1n]]) as Tensor;
    expect(e.strides).toEqual([0, 12, 4, 1]);
    expect(() => callOp('aten::view', [p, [24n]])).toThrow(/view size is not compatible/);
    expect((callOp('aten::reshape', [p, [24n]]) as Tensor).storage).not.toBe(x.storage);
    expect((callOp('aten::reshape', [x, [6n, 4n]]) as Tensor).storage).toBe(x.storage);
  });

  test('a write on the host invalidates the device copy of a tfjs result', () => {
    setPreferDevice(true);
    try {
      const a = callOp('aten::relu', [arange(4, [2, 2])]) as Tensor;
      expect(a.storage.hasDevice && !a.storage.hasHost).toBe(true);
      callOp('aten::fill_', [callOp('aten::select', [a, 0n, 1n]), 10n]);
      expect(a.storage.hasDevice).toBe(false);
      expect(vals(callOp('aten::mm', [a, Tensor.fromValues('float32', [2, 1], [1, 1])]))).toEqual([1, 20]);
    } finally {
      setPreferDevice(null);
    }
  });

  test('in-place ops refuse to narrow the dtype, like PyTorch', () => {
    const i = Tensor.fromValues('int64', [2], [1, 2]);
    expect(() => callOp('aten::add_', [i, 0.5])).toThrow(new TorchError('RuntimeError', "result type Float can't be cast to the desired output type Long"));
  });
});

describe('memory scopes', () => {
  test('running a model repeatedly leaves tf.memory().numTensors unchanged', () => {
    setPreferDevice(true);
    try {
      const weight = Tensor.fromValues('float32', [8, 3, 3, 3], Array.from({ length: 216 }, (_, i) => Math.sin(i)));
      const fc = Tensor.fromValues('float32', [4, 8], Array.from({ length: 32 }, (_, i) => Math.cos(i)));
      const model = new ScriptObject('Net');
      const forward = (x: Tensor): Tensor => {
        const y = callOp('aten::conv2d', [x, weight], { padding: 1n }) as Tensor;
        const z = callOp('aten::relu', [callOp('aten::mean', [y, [2n, 3n]])]) as Tensor;
        const out = callOp('aten::linear', [z, fc]) as Tensor;
        model.attributes.set('last', callOp('aten::sigmoid', [out]));
        return callOp('aten::tanh', [out]) as Tensor;
      };
      const input = Tensor.fromValues('float32', [2, 3, 5, 5], Array.from({ length: 150 }, (_, i) => i / 150));
      const run = (): number[] => {
        const out = withScope(() => forward(input), [model]);
        evictToHost([out, model]);
        return vals(out);
      };
      const first = run();
      const before = tf.memory().numTensors;
      let last: number[] = [];
      for (let k = 0; k < 5; k++) last = run();
      expect(tf.memory().numTensors).toBe(before);
      expect(last).toEqual(first);
      expect(vals(model.attributes.get('last'))).toHaveLength(8);
      expect(() => withScope(() => callOp('aten::mm', [input, input]))).toThrow(TorchError);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      setPreferDevice(null);
    }
  });
});
