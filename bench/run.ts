// `npm run bench`: the registry's cost per operator call against tfjs called directly, memory
// stability of repeated model runs, and ResNet-18's build and forward times (bench/resnet.ts), on
// the cpu and wasm backends. Prints JSON. BENCH_RESNET_SIZE sets the input side (default 64).
import { tf } from '../src/runtime/tf';
import type { BackendName } from '../src/runtime/backend';
import { initBackend, resetBackend } from '../src/runtime/backend';
import { Tensor } from '../src/runtime/tensor';
import { withScope } from '../src/runtime/memory';
import type { IValue } from '../src/runtime/ivalue';
import { callOp, lookupOp, setPreferDevice } from '../src/ops/index';
import { modelMemory } from './model';
import { benchResNet } from './resnet';

interface OpCase {
  /** The registry call (positional arguments) and the exact overload its kernel is. */
  op: string;
  overload: string;
  args: () => IValue[];
  /** Kernel arguments in schema order (defaults filled). */
  kernelArgs: () => IValue[];
  /** The same computation written directly against tfjs. */
  tfjs: (ins: tf.Tensor[]) => tf.Tensor;
  inputs: Tensor[];
}

const seq = (shape: number[], f: (i: number) => number): Tensor =>
  Tensor.fromValues('float32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)));

function cases(): Record<string, OpCase> {
  const a = seq([4, 4], (i) => Math.sin(i));
  const b = seq([4, 4], (i) => Math.cos(i));
  const w = seq([8, 4], (i) => Math.sin(i * 0.3));
  const bias = seq([8], (i) => i / 8);
  return {
    add: { op: 'aten::add', overload: 'aten::add.Tensor', args: () => [a, b], kernelArgs: () => [a, b, 1n], tfjs: ([x, y]) => tf.add(x, y), inputs: [a, b] },
    mul_scalar: { op: 'aten::mul', overload: 'aten::mul.Scalar', args: () => [a, 2.5], kernelArgs: () => [a, 2.5], tfjs: ([x]) => tf.mul(x, 2.5), inputs: [a] },
    relu: { op: 'aten::relu', overload: 'aten::relu', args: () => [a], kernelArgs: () => [a], tfjs: ([x]) => tf.relu(x), inputs: [a] },
    tanh: { op: 'aten::tanh', overload: 'aten::tanh', args: () => [a], kernelArgs: () => [a], tfjs: ([x]) => tf.tanh(x), inputs: [a] },
    matmul: { op: 'aten::matmul', overload: 'aten::matmul', args: () => [a, b], kernelArgs: () => [a, b], tfjs: ([x, y]) => tf.matMul(x, y), inputs: [a, b] },
    linear: {
      op: 'aten::linear',
      overload: 'aten::linear',
      args: () => [a, w, bias],
      kernelArgs: () => [a, w, bias],
      tfjs: ([x, ww, bb]) => tf.add(tf.matMul(x, ww, false, true), bb),
      inputs: [a, w, bias],
    },
    sum_dim: {
      op: 'aten::sum',
      overload: 'aten::sum.dim_IntList',
      args: () => [a, [1n]],
      kernelArgs: () => [a, [1n], false, null],
      tfjs: ([x]) => tf.sum(x, 1),
      inputs: [a],
    },
  };
}

/** Microseconds per call: the fastest of `rounds` rounds (robust on a shared machine) of `n` calls, each round run by `wrap`. */
function timeUs(n: number, rounds: number, body: () => void, wrap: (f: () => void) => void = (f) => f()): number {
  const samples: number[] = [];
  // Round -1 warms the JIT and tfjs' kernel caches and is not counted.
  for (let r = -1; r < rounds; r++) {
    const start = performance.now();
    wrap(() => {
      for (let i = 0; i < n; i++) body();
    });
    if (r >= 0) samples.push(((performance.now() - start) * 1000) / n);
  }
  return Math.min(...samples);
}

const N = Number(process.env.BENCH_N ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const round = (x: number): number => Math.round(x * 100) / 100;

function benchOp(c: OpCase): Record<string, number> {
  const kernel = lookupOp(c.overload)?.kernel;
  if (kernel === null || kernel === undefined) throw new Error(`no kernel for ${c.overload}`);
  const tfIns = c.inputs.map((t) => tf.keep(tf.tensor(t.values(), [...t.shape])));
  // Registry results live until their scope ends: one scope per round, its cleanup is measured too.
  const scope = (f: () => void): void => withScope(f);
  // The baseline frees its results the way a tfjs program would: one tf.tidy per round.
  const tfjsUs = timeUs(N, ROUNDS, () => void c.tfjs(tfIns), (f) => tf.tidy(f));
  const callOpUs = timeUs(N, ROUNDS, () => void callOp(c.op, c.args()), scope);
  const kernelUs = timeUs(N, ROUNDS, () => void kernel(c.kernelArgs()), scope);
  for (const t of tfIns) t.dispose();
  return { tfjsUs: round(tfjsUs), callOpUs: round(callOpUs), kernelUs: round(kernelUs), callOpRatio: round(callOpUs / tfjsUs), kernelRatio: round(kernelUs / tfjsUs) };
}

async function benchBackend(name: BackendName): Promise<Record<string, unknown>> {
  resetBackend();
  const info = await initBackend([name]);
  const out: Record<string, unknown> = { backend: info.name };
  for (const [policy, device] of [
    ['default', null],
    ['tfjs', true],
  ] as const) {
    setPreferDevice(device);
    const ops: Record<string, Record<string, number>> = {};
    for (const [opName, c] of Object.entries(cases())) ops[opName] = benchOp(c);
    out[policy] = ops;
  }
  setPreferDevice(true);
  out.memory = modelMemory(1000);
  setPreferDevice(null);
  // ResNet-18 forward under the default device policy (conv outputs stay on the device).
  out.resnet18 = benchResNet(Number(process.env.BENCH_RESNET_RUNS ?? 5));
  return out;
}

const report: Record<string, unknown> = {
  node: process.version,
  callsPerRound: N,
  rounds: ROUNDS,
  note: 'µs per call, fastest round; ratio = registry / tfjs direct; "default" uses the Note [Device policy] (host loops on cpu), "tfjs" forces tfjs kernels',
};
for (const name of (process.env.BENCH_BACKENDS ?? 'cpu,wasm').split(',') as BackendName[]) report[name] = await benchBackend(name);
console.log(JSON.stringify(report, null, 2));
