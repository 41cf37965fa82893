// The device paths of eval batch_norm, max_pool2d and global average pooling agree with the host loops.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Tensor } from '../runtime/tensor';
import { useCpuBackend } from '../runtime/backend';
import { callOp, setPreferDevice } from './index';

beforeAll(() => useCpuBackend());
afterAll(() => setPreferDevice(null));

const seq = (shape: number[], f: (i: number) => number): Tensor =>
  Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));

function both(f: () => Tensor): [number[], number[], number[]] {
  setPreferDevice(false);
  const host = f();
  setPreferDevice(true);
  const dev = f();
  expect(dev.storage.hasHost).toBe(false);
  return [Array.from(host.values()), Array.from(dev.values()), [...dev.shape]];
}

test.each([
  ['batch_norm', () => callOp('aten::batch_norm', [seq([2, 3, 4, 5], (i) => Math.sin(i) * 3), seq([3], (i) => i + 0.5), seq([3], (i) => -i), seq([3], (i) => i / 3), seq([3], (i) => 1 + i), false, 0.1, 1e-5, true])],
  ['max_pool2d', () => callOp('aten::max_pool2d', [seq([1, 2, 7, 7], (i) => Math.cos(i * 1.3)), [3n, 3n], [2n, 2n], [1n, 1n]])],
  ['adaptive_avg_pool2d', () => callOp('aten::adaptive_avg_pool2d', [seq([2, 3, 5, 4], (i) => Math.sin(i)), [1n, 1n]])],
])('%s on the device matches the host', (_name, op) => {
  const [host, dev, shape] = both(op as () => Tensor);
  expect(dev.length).toBe(host.length);
  expect(shape.length).toBe(4);
  for (let i = 0; i < host.length; i++) expect(dev[i]).toBeCloseTo(host[i], 5);
});
