// Python's `math` module and divmod() on int/float values, as TorchScript's scalar operators.
import { TupleValue, type IValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';

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
