// ResNet-18 forward written in the language (eager interpreter, scripted IR interpreter) against the
// same network written directly against tfjs with the same weights; and the model-building time.
import { readFileSync } from 'node:fs';
import { tf } from '../src/runtime/tf';
import { Tensor } from '../src/runtime/tensor';
import { withScope } from '../src/runtime/memory';
import { rand } from '../src/runtime/random';
import { Interpreter, PyInstance, stateDict, type PyValue } from '../src/eager/index';
import { installJitHooks } from '../src/api/jit_hooks';

// The playground's ResNet-18 example, up to its module-level code (the class definitions only),
// so the bench measures the network users see.
const EXAMPLE = readFileSync(new URL('../src/ui/examples/resnet.py', import.meta.url), 'utf8');
const DEFINITIONS_END = EXAMPLE.indexOf('\nmodel = ');
if (DEFINITIONS_END < 0) throw new Error('src/ui/examples/resnet.py no longer builds `model = ...`: update bench/resnet.ts');
const SOURCE = EXAMPLE.slice(0, DEFINITIONS_END + 1);
/** Input side (3 x SIZE x SIZE, batch 1); 224 is ImageNet's, the default keeps the cpu backend's run short. */
export const SIZE = Number(process.env.BENCH_RESNET_SIZE ?? 64);

const round = (x: number): number => Math.round(x * 100) / 100;

/** A program whose module-level code is `torch.manual_seed(0); model = ResNet18()`, and its build time. */
export function buildResNet(): { it: Interpreter; model: PyInstance; buildMs: number } {
  installJitHooks();
  const it = new Interpreter();
  const start = performance.now();
  const run = it.run(`${SOURCE}\ntorch.manual_seed(0)\nmodel = ResNet18()\n`, 'resnet.py');
  const buildMs = performance.now() - start;
  const model = run.globals.get('model');
  if (!(model instanceof PyInstance)) throw new Error(`ResNet18() failed: ${it.stderr.join('')}${JSON.stringify(run).slice(0, 500)}`);
  return { it, model, buildMs };
}

type Weights = Map<string, tf.Tensor>;

function tfWeights(model: PyInstance): Weights {
  const out: Weights = new Map();
  for (const [name, v] of stateDict(model).map) {
    if (!(v instanceof Tensor) || v.dtype !== 'float32') continue;
    let t = tf.tensor(v.values(), [...v.shape], 'float32');
    // Convolution filters as tfjs wants them ([kh, kw, in, out]), once, as a tfjs program would store them.
    if (v.ndim === 4) t = tf.transpose(t, [2, 3, 1, 0]);
    out.set(String(name), tf.keep(t));
  }
  return out;
}

/** The same network directly on tfjs (NHWC activations, weights prepared once). */
function tfForward(w: Weights, x: tf.Tensor4D): tf.Tensor {
  const g = (k: string): tf.Tensor => w.get(k) as tf.Tensor;
  const conv = (k: string, t: tf.Tensor4D, stride: number, pad: number): tf.Tensor4D =>
    tf.conv2d(t, g(k) as tf.Tensor4D, stride, [[0, 0], [pad, pad], [pad, pad], [0, 0]]);
  const bn = (k: string, t: tf.Tensor4D): tf.Tensor4D =>
    tf.batchNorm(t, g(`${k}.running_mean`) as tf.Tensor1D, g(`${k}.running_var`) as tf.Tensor1D, g(`${k}.bias`) as tf.Tensor1D, g(`${k}.weight`) as tf.Tensor1D, 1e-5);
  const block = (p: string, t: tf.Tensor4D, stride: number, down: boolean): tf.Tensor4D => {
    const o = tf.relu(bn(`${p}.bn1`, conv(`${p}.conv1.weight`, t, stride, 1)));
    const o2 = bn(`${p}.bn2`, conv(`${p}.conv2.weight`, o, 1, 1));
    const s = down ? bn(`${p}.shortcut.1`, conv(`${p}.shortcut.0.weight`, t, stride, 0)) : t;
    return tf.relu(tf.add(o2, s)) as tf.Tensor4D;
  };
  return tf.tidy(() => {
    let h = tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D;
    h = tf.maxPool(tf.relu(bn('stem.1', conv('stem.0.weight', h, 2, 3))), 3, 2, [[0, 0], [1, 1], [1, 1], [0, 0]]);
    for (const [layer, stride] of [[1, 1], [2, 2], [3, 2], [4, 2]] as const) {
      h = block(`layer${layer}.0`, h, stride, stride !== 1);
      h = block(`layer${layer}.1`, h, 1, false);
    }
    const pooled = tf.mean(h, [1, 2]);
    return tf.add(tf.matMul(pooled, g('fc.weight'), false, true), g('fc.bias'));
  });
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Wall and process CPU milliseconds per call, each the fastest of `runs` (after one warm-up run).
 * CPU time is the steadier figure on a shared machine (tfjs' cpu and wasm backends are single-threaded here).
 */
function fastest(runs: number, body: () => void): { wall: number; cpu: number } {
  const best = { wall: Infinity, cpu: Infinity };
  for (let r = -1; r < runs; r++) {
    const [w0, c0] = [performance.now(), cpuMs()];
    body();
    if (r >= 0) {
      best.wall = Math.min(best.wall, performance.now() - w0);
      best.cpu = Math.min(best.cpu, cpuMs() - c0);
    }
  }
  return best;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Forward times on the active backend: eager interpreter, scripted module, tfjs directly. */
export function benchResNet(runs: number): Record<string, number> {
  const { it, model, buildMs } = buildResNet();
  it.call(it.getAttr(model, 'eval'), []);
  const jit = it.modules.get('torch.jit')?.dict.get('script') as PyValue;
  const scripted = it.call(jit, [model]);
  const input = Tensor.fromArray('float32', [1, 3, SIZE, SIZE], rand([1, 3, SIZE, SIZE]));
  const weights = tfWeights(model);
  const xTf = tf.keep(tf.tensor(input.values(), [1, 3, SIZE, SIZE], 'float32')) as tf.Tensor4D;
  const forward = (f: PyValue) => (): Float32Array => withScope(() => Float32Array.from((it.call(f, [input]) as Tensor).values()), [model]);
  const direct = (): Float32Array => {
    const y = tfForward(weights, xTf);
    const v = y.dataSync() as Float32Array;
    y.dispose();
    return v;
  };
  const ref = direct();
  const diffs = [maxAbsDiff(forward(model)(), ref), maxAbsDiff(forward(scripted)(), ref)];
  const tfjsMs = fastest(runs, () => void direct());
  const eagerMs = fastest(runs, () => void forward(model)());
  const scriptMs = fastest(runs, () => void forward(scripted)());
  for (const t of weights.values()) t.dispose();
  xTf.dispose();
  return {
    size: SIZE,
    buildMs: round(buildMs),
    tfjsMs: round(tfjsMs.wall),
    eagerMs: round(eagerMs.wall),
    scriptMs: round(scriptMs.wall),
    eagerRatio: round(eagerMs.wall / tfjsMs.wall),
    scriptRatio: round(scriptMs.wall / tfjsMs.wall),
    tfjsCpuMs: round(tfjsMs.cpu),
    eagerCpuMs: round(eagerMs.cpu),
    scriptCpuMs: round(scriptMs.cpu),
    eagerCpuRatio: round(eagerMs.cpu / tfjsMs.cpu),
    scriptCpuRatio: round(scriptMs.cpu / tfjsMs.cpu),
    maxAbsDiff: Math.max(...diffs),
  };
}
