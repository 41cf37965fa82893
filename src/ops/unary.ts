// Unary elementwise operators: math functions and activations.
import { tf } from '../runtime/tf';
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import type { DType } from '../runtime/dtype';
import { isFloating } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import type { UnarySpec } from './elementwise';
import { binaryOp, toBool, toFloat, unaryOp } from './elementwise';
import { defineWithInplace } from './pointwise';
import { defineOp } from './registry';
import { expf } from './sleef';
import { fmaf } from '../runtime/random/fma';

/** erf in double, accurate to ~1e-15: Maclaurin series near 0, a continued fraction for erfc in the tails. */
export function erf(x: number): number {
  if (x !== x) return x;
  const z = Math.abs(x);
  if (z < 2.5) {
    // erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 80; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  const r = 1 - erfcTail(z);
  return x < 0 ? -r : r;
}

/** erfc(z) for z >= 2.5 by the Laplace continued fraction (modified Lentz). */
function erfcTail(z: number): number {
  if (z > 27) return 0;
  // erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + 1/2/(z + 1/(z + 3/2/(z + ...))))
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const a = n / 2;
    d = z + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = z + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
}

/** erfc in double; keeps its precision for large positive x. */
export function erfc(x: number): number {
  if (x !== x) return x;
  if (x >= 2.5) return erfcTail(x);
  if (x <= -2.5) return 2 - erfcTail(-x);
  return 1 - erf(x);
}

/** Round half to even, like torch.round (nearbyint). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
// Note [Float32 math]: PyTorch's vectorised float32 sigmoid and silu round each step to float32
// (exp is Sleef's expf), so exp(-x) overflows to inf and sigmoid(-100) is exactly 0.
const sigmoid32 = (x: number): number => Math.fround(1 / Math.fround(1 + expf(-x)));
const silu32 = (x: number): number => Math.fround(x / Math.fround(1 + expf(-x)));

const float = (host: (x: number) => number, device?: (x: tf.Tensor) => tf.Tensor): UnarySpec => ({ compute: toFloat, host, device });
const same = (host: (x: number) => number, device?: (x: tf.Tensor) => tf.Tensor, check?: (d: DType) => void): UnarySpec => ({ host, device, check });

/** PyTorch keeps integer dtypes for these; bool inputs are rejected. */
function noBool(op: string): (d: DType) => void {
  return (d) => {
    if (d === 'bool') throw new TorchError('RuntimeError', `"${op}" "_vml_cpu" not implemented for 'Bool'`);
  };
}

const unaries: [string, UnarySpec, boolean][] = [
  ['exp', { ...float(Math.exp, tf.exp), host32: expf }, true],
  ['log', float(Math.log, tf.log), true],
  ['log2', float(Math.log2), true],
  ['log10', float(Math.log10), true],
  ['log1p', float(Math.log1p, tf.log1p), true],
  ['expm1', float(Math.expm1, tf.expm1), true],
  ['sqrt', float(Math.sqrt, tf.sqrt), true],
  ['rsqrt', float((x) => 1 / Math.sqrt(x), tf.rsqrt), true],
  ['sin', float(Math.sin, tf.sin), true],
  ['cos', float(Math.cos, tf.cos), true],
  ['tan', float(Math.tan, tf.tan), true],
  ['asin', float(Math.asin, tf.asin), true],
  ['acos', float(Math.acos, tf.acos), true],
  ['atan', float(Math.atan, tf.atan), true],
  ['sinh', float(Math.sinh, tf.sinh), true],
  ['cosh', float(Math.cosh, tf.cosh), true],
  ['tanh', float(Math.tanh, tf.tanh), true],
  ['sigmoid', { ...float(sigmoid, tf.sigmoid), host32: sigmoid32 }, true],
  ['erf', float(erf), true],
  ['reciprocal', float((x) => 1 / x, tf.reciprocal), true],
  ['abs', same(Math.abs, tf.abs, noBool('abs')), true],
  ['neg', same((x) => -x, tf.neg, (d) => {
    if (d === 'bool') {
      throw new TorchError(
        'RuntimeError',
        'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
      );
    }
  }), true],
  ['floor', same(Math.floor, tf.floor), true],
  ['ceil', same(Math.ceil, tf.ceil), true],
  ['round', same(roundHalfEven, tf.round), true],
  ['trunc', same(Math.trunc), true],
  ['frac', same((x) => x - Math.trunc(x)), true],
  ['sign', same((x) => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x), tf.sign), true],
  ['square', same((x) => x * x, tf.square), false],
  ['relu', same((x) => (x > 0 ? x : 0), tf.relu, noBool('relu')), true],
  ['relu6', same((x) => Math.min(Math.max(x, 0), 6), tf.relu6), false],
  ['silu', { ...float((x) => x * sigmoid(x)), host32: silu32 }, true],
  ['hardsigmoid', float((x) => Math.min(Math.max(x / 6 + 0.5, 0), 1)), true],
  ['hardswish', float((x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6), true],
  ['isnan', { out: toBool, host: (x) => (x !== x ? 1 : 0) }, false],
  ['isinf', { out: toBool, host: (x) => (x === Infinity || x === -Infinity ? 1 : 0) }, false],
  ['isfinite', { out: toBool, host: (x) => (Number.isFinite(x) ? 1 : 0) }, false],
  ['isposinf', { out: toBool, host: (x) => (x === Infinity ? 1 : 0) }, false],
  ['isneginf', { out: toBool, host: (x) => (x === -Infinity ? 1 : 0) }, false],
  ['logical_not', { out: toBool, host: (x) => (x === 0 ? 1 : 0), device: tf.logicalNot }, false],
  [
    'bitwise_not',
    {
      host: (x) => x,
      check: (d) => {
        if (isFloating(d)) throw new TorchError('RuntimeError', `"bitwise_not_cpu" not implemented for '${d === 'float64' ? 'Double' : 'Float'}'`);
      },
    },
    false,
  ],
];

for (const [name, spec, inplace] of unaries) {
  const kernel = (args: IValue[]): Tensor => {
    const x = A.tensor(args[0]);
    if (name === 'bitwise_not') return unaryOp(x, { ...spec, host: x.dtype === 'bool' ? (v) => (v === 0 ? 1 : 0) : (v) => -v - 1 });
    return unaryOp(x, spec);
  };
  defineWithInplace(`aten::${name}(Tensor self) -> Tensor`, kernel, inplace);
}
defineOp('prim::abs(Tensor x) -> Tensor', (args) => unaryOp(A.tensor(args[0]), same(Math.abs, tf.abs)));

/** An activation with Scalar parameters, e.g. leaky_relu(x, negative_slope). */
function paramActivation(schema: string, make: (p: number[]) => UnarySpec, inplace = true): void {
  const kernel = (args: IValue[]): Tensor =>
    unaryOp(
      A.tensor(args[0]),
      make(args.slice(1).map((a) => A.scalar(a).value)),
    );
  defineWithInplace(schema, kernel, inplace);
}

paramActivation('aten::leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor', ([s]) => float((x) => (x > 0 ? x : x * s)));
paramActivation('aten::elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor', ([alpha, scale, inScale]) =>
  float((x) => (x > 0 ? scale * x : scale * alpha * (Math.exp(x * inScale) - 1))),
);
paramActivation('aten::hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor', ([lo, hi]) =>
  same((x) => Math.min(Math.max(x, lo), hi)),
);
paramActivation(
  'aten::softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor',
  ([beta, threshold]) => float((x) => (x * beta > threshold ? x : Math.log1p(Math.exp(x * beta)) / beta)),
  false,
);

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const bits = (h: number): number => {
  u32[0] = h;
  return f32[0]!;
};
// oneDNN's eltwise injector constants (exp polynomial, its range, ln 2, log2 e).
const EXP_POL = [0x3f7ffffb, 0x3efffee3, 0x3e2aad40, 0x3d2b9d0d, 0x3c07cfce].map(bits);
const [LN_MAX, LN_MIN, LN2, LOG2E] = [0x42b17218, 0xc2aeac50, 0x3f317218, 0x3fb8aa3b].map(bits) as [number, number, number, number];

/** oneDNN's float32 exp: 2^n * p(r) with a degree-5 polynomial, each step in float32. */
function dnnlExp(v: number): number {
  const f = Math.fround;
  const x0 = Math.max(Math.min(v, LN_MAX), LN_MIN);
  const fx = Math.floor(f(f(x0 * LOG2E) + 0.5));
  const r = fmaf(-fx, LN2, x0);
  const pow2 = x0 < LN_MIN ? 0 : 2 ** (fx - 1);
  let y = EXP_POL[4]!;
  for (const c of [EXP_POL[3]!, EXP_POL[2]!, EXP_POL[1]!, EXP_POL[0]!, 1]) y = fmaf(y, r, c);
  return f(f(y * pow2) * 2);
}

/**
 * Note [oneDNN GELU]: PyTorch 1.13 computes float32 GELU (approximate='none') with oneDNN's
 * eltwise_gelu_erf: the Abramowitz-Stegun erf with oneDNN's exp, FMAs, and 0.5x + 0.5x * erf fused.
 */
function gelu32(s: number): number {
  const f = Math.fround;
  const x = f(s * f(Math.SQRT1_2));
  const t = f(1 / fmaf(f(0.3275911), Math.abs(x), 1));
  const m = f(-dnnlExp(-f(x * x)) * t);
  let r = f(1.061405429);
  for (const c of [-1.453152027, 1.421413741, -0.284496736, 0.254829592]) r = fmaf(r, t, f(c));
  const e = fmaf(m, r, 1);
  const erf = s < 0 || Object.is(s, -0) ? -e : e;
  const half = f(s * 0.5);
  return fmaf(erf, half, half);
}

/** GELU's tanh approximation as GeluKernel's vectorised float32 code orders its steps. */
function geluTanh32(x: number): number {
  const f = Math.fround;
  const cube = f(f(x * x) * x);
  const inner = f(f(Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5) * f(x + f(f(0.044715) * cube)));
  return f(f(0.5 * x) * f(1 + f(Math.tanh(inner))));
}

function gelu(x: Tensor, approximate: string): Tensor {
  if (approximate === 'tanh') {
    const k = Math.sqrt(2 / Math.PI);
    return unaryOp(x, { ...float((v) => 0.5 * v * (1 + Math.tanh(k * (v + 0.044715 * v * v * v)))), host32: geluTanh32 });
  }
  if (approximate !== 'none') throw new TorchError('RuntimeError', `approximate argument must be either none or tanh.`);
  return unaryOp(x, { ...float((v) => 0.5 * v * (1 + erf(v / Math.SQRT2))), host32: gelu32 });
}
defineOp('aten::gelu(Tensor self, *, str approximate="none") -> Tensor', (args) => gelu(A.tensor(args[0]), A.str(args[1])));

defineOp('aten::round.decimals(Tensor self, *, int decimals) -> Tensor', (args) => {
  const k = 10 ** A.int(args[1]);
  return unaryOp(A.tensor(args[0]), same((x) => roundHalfEven(x * k) / k));
});

function clamp(x: Tensor, lo: A.ScalarArg | Tensor | null, hi: A.ScalarArg | Tensor | null): Tensor {
  if (lo === null && hi === null) throw new TorchError('RuntimeError', 'torch.clamp: At least one of \'min\' or \'max\' must not be None');
  let r = x;
  // std::max / std::min: a NaN input and a zero of either sign come back unchanged.
  if (lo !== null) r = binaryOp(r, lo, { host: (a, b) => (a < b ? b : a) });
  if (hi !== null) r = binaryOp(r, hi, { host: (a, b) => (b < a ? b : a) });
  return r;
}

defineWithInplace('aten::clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor', (args) =>
  clamp(A.tensor(args[0]), A.optScalar(args[1]), A.optScalar(args[2])),
);
defineWithInplace('aten::clamp.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor', (args) =>
  clamp(A.tensor(args[0]), A.optTensor(args[1]), A.optTensor(args[2])),
);
defineWithInplace('aten::clip(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor', (args) =>
  clamp(A.tensor(args[0]), A.optScalar(args[1]), A.optScalar(args[2])),
);
defineWithInplace('aten::clip.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor', (args) =>
  clamp(A.tensor(args[0]), A.optTensor(args[1]), A.optTensor(args[2])),
);
defineWithInplace('aten::clamp_min(Tensor self, Scalar min) -> Tensor', (args) => clamp(A.tensor(args[0]), A.scalar(args[1]), null));
defineWithInplace('aten::clamp_max(Tensor self, Scalar max) -> Tensor', (args) => clamp(A.tensor(args[0]), null, A.scalar(args[1])));
