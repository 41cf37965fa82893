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

/** erf with |error| < 1.2e-7 (Numerical Recipes' erfc Chebyshev fit), enough for float32. */
export function erf(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - r : r - 1;
}

/** Round half to even, like torch.round (nearbyint). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

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
  ['sigmoid', float(sigmoid, tf.sigmoid), true],
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
  ['sign', same((x) => (x > 0 ? 1 : x < 0 ? -1 : x), tf.sign), true],
  ['square', same((x) => x * x, tf.square), false],
  ['relu', same((x) => (x > 0 ? x : 0), tf.relu, noBool('relu')), true],
  ['relu6', same((x) => Math.min(Math.max(x, 0), 6), tf.relu6), false],
  ['silu', float((x) => x * sigmoid(x)), true],
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

function gelu(x: Tensor, approximate: string): Tensor {
  if (approximate === 'tanh') {
    const k = Math.sqrt(2 / Math.PI);
    return unaryOp(x, float((v) => 0.5 * v * (1 + Math.tanh(k * (v + 0.044715 * v * v * v)))));
  }
  if (approximate !== 'none') throw new TorchError('RuntimeError', `approximate argument must be either none or tanh.`);
  return unaryOp(x, float((v) => 0.5 * v * (1 + erf(v / Math.SQRT2))));
}
defineOp('aten::gelu(Tensor self, *, str approximate="none") -> Tensor', (args) => gelu(A.tensor(args[0]), A.str(args[1])));

defineOp('aten::round.decimals(Tensor self, *, int decimals) -> Tensor', (args) => {
  const k = 10 ** A.int(args[1]);
  return unaryOp(A.tensor(args[0]), same((x) => roundHalfEven(x * k) / k));
});

function clamp(x: Tensor, lo: A.ScalarArg | Tensor | null, hi: A.ScalarArg | Tensor | null): Tensor {
  if (lo === null && hi === null) throw new TorchError('RuntimeError', 'torch.clamp: At least one of \'min\' or \'max\' must not be None');
  let r = x;
  if (lo !== null) r = binaryOp(r, lo, { host: (a, b) => (a !== a ? a : Math.max(a, b)) });
  if (hi !== null) r = binaryOp(r, hi, { host: (a, b) => (a !== a ? a : Math.min(a, b)) });
  return r;
}

defineWithInplace('aten::clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor', (args) =>
  clamp(A.tensor(args[0]), A.optScalar(args[1]), A.optScalar(args[2])),
);
defineWithInplace('aten::clamp.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor', (args) =>
  clamp(A.tensor(args[0]), A.optTensor(args[1]), A.optTensor(args[2])),
);
defineWithInplace('aten::clamp_min(Tensor self, Scalar min) -> Tensor', (args) => clamp(A.tensor(args[0]), A.scalar(args[1]), null));
defineWithInplace('aten::clamp_max(Tensor self, Scalar max) -> Tensor', (args) => clamp(A.tensor(args[0]), null, A.scalar(args[1])));
