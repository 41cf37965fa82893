// More unary elementwise operators: special functions, sign helpers, shrinkage and other activations.
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import type { UnarySpec } from './elementwise';
import { toBool, toFloat, unaryOp } from './elementwise';
import { defineWithInplace } from './pointwise';
import { erf, erfc } from './unary';

const float = (host: (x: number) => number): UnarySpec => ({ compute: toFloat, host });
const same = (host: (x: number) => number): UnarySpec => ({ host });

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;
const softplus = (x: number): number => (x > 20 ? x : Math.log1p(Math.exp(x)));

/** erfinv in double: a starting guess refined by Newton steps on the accurate erf. */
export function erfinv(y: number): number {
  if (y !== y || y < -1 || y > 1) return NaN;
  if (y === 1) return Infinity;
  if (y === -1) return -Infinity;
  // Giles' single-precision approximation as the starting point.
  const w = -Math.log((1 - y) * (1 + y));
  let x: number;
  if (w < 5) {
    const t = w - 2.5;
    let p = 2.81022636e-8;
    for (const c of [3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941]) p = c + p * t;
    x = p * y;
  } else {
    const t = Math.sqrt(w) - 3;
    let p = -0.000200214257;
    for (const c of [0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682]) p = c + p * t;
    x = p * y;
  }
  for (let i = 0; i < 3; i++) x -= (erf(x) - y) / ((2 / Math.sqrt(Math.PI)) * Math.exp(-x * x));
  return x;
}

const unaries: [string, UnarySpec, boolean][] = [
  ['erfinv', float(erfinv), true],
  ['exp2', float((x) => 2 ** x), true],
  ['erfc', float(erfc), true],
  ['asinh', float(Math.asinh), true],
  ['acosh', float(Math.acosh), true],
  ['atanh', float(Math.atanh), true],
  ['deg2rad', float((x) => (x * Math.PI) / 180), true],
  ['rad2deg', float((x) => (x * 180) / Math.PI), true],
  ['sgn', same((x) => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x)), true],
  ['signbit', { out: toBool, host: (x) => (x < 0 || Object.is(x, -0) ? 1 : 0) }, false],
  ['log_sigmoid', float((x) => Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)))), false],
  ['selu', float((x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x))), true],
  ['mish', float((x) => x * Math.tanh(softplus(x))), true],
];

for (const [name, spec, inplace] of unaries) {
  defineWithInplace(`aten::${name}(Tensor self) -> Tensor`, (args) => unaryOp(A.tensor(args[0]), spec), inplace);
}

/** An activation with Scalar parameters. */
function paramUnary(schema: string, make: (p: number[]) => UnarySpec, inplace: boolean): void {
  defineWithInplace(schema, (args: IValue[]): Tensor => unaryOp(A.tensor(args[0]), make(args.slice(1).map((a) => A.scalar(a).value))), inplace);
}

paramUnary('aten::celu(Tensor self, Scalar alpha=1.) -> Tensor', ([alpha]) => float((x) => Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha))), true);
paramUnary('aten::softshrink(Tensor self, Scalar lambd=0.5) -> Tensor', ([l]) => same((x) => (x > l ? x - l : x < -l ? x + l : 0)), false);
paramUnary('aten::hardshrink(Tensor self, Scalar lambd=0.5) -> Tensor', ([l]) => same((x) => (x >= -l && x <= l ? 0 : x)), false);
paramUnary('aten::threshold(Tensor self, Scalar threshold, Scalar value) -> Tensor', ([th, v]) => same((x) => (x <= th ? v : x)), true);

defineWithInplace('aten::nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor', (args) => {
  const t = A.tensor(args[0]);
  const big = t.dtype === 'float64' ? Number.MAX_VALUE : t.dtype === 'float16' ? 65504 : 3.4028234663852886e38;
  const nan = A.optFloat(args[1]) ?? 0;
  const pos = A.optFloat(args[2]) ?? big;
  const neg = A.optFloat(args[3]) ?? -big;
  return unaryOp(t, same((x) => (x !== x ? nan : x === Infinity ? pos : x === -Infinity ? neg : x)));
});

defineWithInplace('aten::logit(Tensor self, float? eps=None) -> Tensor', (args) => {
  const eps = A.optFloat(args[1]);
  return unaryOp(A.tensor(args[0]), float((x) => {
    const z = eps === null ? x : Math.min(Math.max(x, eps), 1 - eps);
    return Math.log(z / (1 - z));
  }));
});

defineWithInplace('aten::rrelu(Tensor self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor', (args) => {
  if (A.bool(args[3])) throw new TorchError('RuntimeError', 'rrelu with training=True is not supported');
  const slope = (A.scalar(args[1]).value + A.scalar(args[2]).value) / 2;
  return unaryOp(A.tensor(args[0]), float((x) => (x >= 0 ? x : x * slope)));
});
