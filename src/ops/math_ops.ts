// Python's `math` module and divmod() on int/float values, as TorchScript's scalar operators.
import { TupleValue, type IValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';
import { erf, erfc } from './unary';

// Lanczos approximation (g = 7, n = 9): about 15 significant digits, as C's tgamma/lgamma for finite arguments.
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
function lanczosLog(x: number): number {
  // log(Gamma(x)) for x >= 0.5.
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function gamma(x: number): number {
  if (Number.isInteger(x)) {
    if (x <= 0) return NaN;
    if (x <= 171) {
      let r = 1;
      for (let i = 2; i < x; i++) r *= i;
      return r;
    }
    return Infinity;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  return Math.exp(lanczosLog(x));
}
function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  return lanczosLog(x);
}

const pairs: [string, string][] = [
  ['int', 'int a, int b'],
  ['float', 'float a, float b'],
  ['int_float', 'int a, float b'],
  ['float_int', 'float a, int b'],
];

const unary: [string, (x: number) => number][] = [
  ['log10', Math.log10],
  ['log1p', Math.log1p],
  ['expm1', Math.expm1],
  ['asin', Math.asin],
  ['acos', Math.acos],
  ['atan', Math.atan],
  ['sinh', Math.sinh],
  ['cosh', Math.cosh],
  ['tan', Math.tan],
  ['degrees', (x) => (x * 180) / Math.PI],
  ['radians', (x) => (x * Math.PI) / 180],
  ['erf', erf],
  ['erfc', erfc],
  ['asinh', Math.asinh],
  ['acosh', Math.acosh],
  ['atanh', Math.atanh],
  ['angle', (x) => (x < 0 ? Math.PI : x !== x ? x : 0)],
  ['gamma', gamma],
  ['lgamma', lgamma],
];
for (const [name, f] of unary) {
  defineOp(`aten::${name}.int(int a) -> float`, (a) => f(A.float(a[0])));
  defineOp(`aten::${name}.float(float a) -> float`, (a) => f(A.float(a[0])));
  defineOp(`aten::${name}.Scalar(Scalar a) -> Scalar`, (a) => f(A.float(a[0])));
}
defineOp('aten::fabs.int(int a) -> float', (a) => Math.abs(A.float(a[0])));
defineOp('aten::fabs.float(float a) -> float', (a) => Math.abs(A.float(a[0])));
defineOp('aten::fabs.Scalar(Scalar a) -> Scalar', (a) => Math.abs(A.float(a[0])));
defineOp('aten::isnan.float(float a) -> bool', (a) => Number.isNaN(A.float(a[0])));
defineOp('aten::isinf.float(float a) -> bool', (a) => Math.abs(A.float(a[0])) === Infinity);
defineOp('aten::isfinite.float(float a) -> bool', (a) => Number.isFinite(A.float(a[0])));

const copysign = (a: IValue[]): number => {
  const [x, y] = [Math.abs(A.float(a[0])), A.float(a[1])];
  return y < 0 || Object.is(y, -0) ? -x : x;
};
const atan2 = (a: IValue[]): number => Math.atan2(A.float(a[0]), A.float(a[1]));
// C's fmod: the remainder takes the dividend's sign, as JavaScript's `%` on numbers.
const fmod = (a: IValue[]): number => A.float(a[0]) % A.float(a[1]);
for (const [ov, params] of pairs) {
  defineOp(`aten::copysign.${ov}(${params}) -> float`, copysign);
  defineOp(`aten::atan2.${ov}(${params}) -> float`, atan2);
  defineOp(`aten::fmod.${ov}(${params}) -> float`, fmod);
  const xy = params.replace(/ a,/, ' x,').replace(/ b$/, ' y');
  defineOp(`aten::divmod.${ov}(${xy}) -> (${ov === 'int' ? 'int, int' : 'float, float'})`, divmod);
}
defineOp('aten::copysign(Scalar a, Scalar b) -> float', copysign);
defineOp('aten::atan2.Scalar_Scalar(Scalar a, Scalar b) -> float', atan2);
defineOp('aten::fmod(Scalar a, Scalar b) -> float', fmod);

defineOp('aten::factorial.int(int a) -> int', (a) => {
  const n = a[0] as bigint;
  if (n < 0n) throw new TorchError('RuntimeError', 'factorial() not defined for negative values');
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return BigInt.asIntN(64, r);
});
// math.remainder: x - n * y with n the integer nearest x / y (ties to even).
const mathRemainder = (a: IValue[]): number => {
  const [x, y] = [A.float(a[0]), A.float(a[1])];
  const q = x / y;
  const r = Math.round(q);
  const n = Math.abs(q % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  return x - n * y;
};
for (const [ov, params] of pairs) defineOp(`aten::mathremainder.${ov}(${params}) -> float`, mathRemainder);
defineOp('aten::mathremainder(Scalar a, Scalar b) -> float', mathRemainder);

defineOp('aten::gcd.int(int a, int b) -> int', (a) => {
  const abs = (v: IValue | undefined): bigint => ((v as bigint) < 0n ? -(v as bigint) : (v as bigint));
  let [x, y] = [abs(a[0]), abs(a[1])];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
});

/** Python's divmod: the floor quotient and a remainder with the divisor's sign. */
function divmod(a: IValue[]): IValue {
  const [x, y] = [a[0]!, a[1]!];
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    if (y === 0n) throw new TorchError('ZeroDivisionError', 'integer division or modulo by zero');
    let [q, r] = [x / y, x % y];
    if (r !== 0n && (r < 0n) !== (y < 0n)) [q, r] = [q - 1n, r + y];
    return new TupleValue([q, r]);
  }
  const [fx, fy] = [A.float(x), A.float(y)];
  if (fy === 0) throw new TorchError('ZeroDivisionError', 'float divmod()');
  let mod = fx % fy;
  let div = (fx - mod) / fy;
  if (mod !== 0 && (fy < 0) !== (mod < 0)) {
    mod += fy;
    div -= 1;
  }
  return new TupleValue([div, mod]);
}
