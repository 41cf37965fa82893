// Runs a few operators synchronously on the backend initBackend() made active (its syncName) and
// again on tfjs' cpu backend.
import type { BackendInfo, BackendName } from '../../src/runtime/backend';
import { initBackend } from '../../src/runtime/backend';
import { tf } from '../../src/runtime/tf';
import { Tensor } from '../../src/runtime/tensor';
import { withScope } from '../../src/runtime/memory';
import { callOp, setPreferDevice } from '../../src/ops/index';

export interface CheckResult {
  backend: BackendInfo;
  /** What tfjs itself reports as the active backend. */
  tfBackend: string;
  /** Per op: the largest |backend - cpu| difference, and the values on the backend. */
  ops: Record<string, { maxDiff: number; values: number[]; reference: number[] }>;
  /** Wall time of the first run (shader compilation included) and of a warm run, in ms. */
  firstRunMs: number;
  warmRunMs: number;
  /** tf.memory().numTensors before and after 20 scoped runs. */
  numTensors: [number, number];
}

const seq = (shape: number[], f: (i: number) => number): Tensor =>
  Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));

const t = (v: unknown): Tensor => v as Tensor;

/**
 * The checked computations; each returns one tensor. The inputs are built once, outside any scope,
 * like module parameters: their device copies are cached for the next runs.
 */
function cases(): Record<string, () => Tensor> {
  const a = seq([3, 4], (i) => Math.sin(i));
  const b = seq([4, 5], (i) => Math.cos(i * 0.7));
  const img = seq([1, 2, 5, 5], (i) => Math.sin(i * 0.3));
  const w = seq([3, 2, 3, 3], (i) => Math.cos(i * 0.11));
  const bias = seq([3], (i) => i - 1);
  return {
    matmul: () => t(callOp('aten::matmul', [a, b])),
    conv2d: () => t(callOp('aten::conv2d', [img, w, bias], { stride: 1n, padding: 1n })),
    add: () => t(callOp('aten::add', [a, seq([4], (i) => i / 4)], { alpha: 2n })),
    tanh: () => t(callOp('aten::tanh', [callOp('aten::mul', [a, 3.0])])),
    sum: () => t(callOp('aten::sum', [callOp('aten::relu', [a]), [1n]])),
    stridedWrite: () => {
      // A device result written through strided views (x[:, ::2] = 0.5; x[1] += 1) and used again.
      const x = t(callOp('aten::tanh', [callOp('aten::matmul', [a, b])]));
      callOp('aten::fill_', [callOp('aten::slice', [x, 1n, 0n, null, 2n]), 0.5]);
      callOp('aten::add_', [callOp('aten::select', [x, 0n, 1n]), 1n]);
      return t(callOp('aten::mul', [x, 2.0]));
    },
  };
}

function runAll(fns: Record<string, () => Tensor>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, f] of Object.entries(fns)) out[name] = Array.from(withScope(() => f().contiguous().values().slice()));
  return out;
}

export async function runtimeCheck(order?: BackendName[]): Promise<CheckResult> {
  const backend = await initBackend(order);
  const tfBackend = tf.getBackend();
  const fns = cases();
  let start = performance.now();
  const values = runAll(fns);
  const firstRunMs = performance.now() - start;
  start = performance.now();
  runAll(fns);
  const warmRunMs = performance.now() - start;
  const before = tf.memory().numTensors;
  for (let i = 0; i < 20; i++) runAll(fns);
  const after = tf.memory().numTensors;
  // The reference: host kernels for elementwise work, tfjs' cpu backend for matmul and conv.
  await tf.setBackend('cpu');
  setPreferDevice(false);
  const reference = runAll(fns);
  setPreferDevice(null);
  await tf.setBackend(backend.syncName);
  const ops: CheckResult['ops'] = {};
  for (const [name, v] of Object.entries(values)) {
    const r = reference[name];
    const maxDiff = v.length !== r.length ? Infinity : Math.max(...v.map((x, i) => Math.abs(x - r[i])));
    ops[name] = { maxDiff, values: v, reference: r };
  }
  return { backend, tfBackend, ops, firstRunMs, warmRunMs, numTensors: [before, after] };
}
