// int/float/bool/str operators that TorchScript graphs call on Python values.
import type { IValue } from '../runtime/ivalue';
import { libmPow } from './libm_pow';
import { wrapInt64 } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import { Tensor } from '../runtime/tensor';
import type { DType, Operand } from '../runtime/dtype';
import { SCALAR_TYPE_CODE, promoteTypes, resultType } from '../runtime/dtype';
import * as A from './args';
import { defineOp } from './registry';
import { pyMod } from './pointwise';
import { scriptStr } from './script_str';

type Num = bigint | number;

const isInt = (v: IValue): v is bigint => typeof v === 'bigint';
const asNum = (v: IValue): Num => (typeof v === 'boolean' ? BigInt(v ? 1 : 0) : (v as Num));

function zeroDiv(msg: string): never {
  throw new TorchError('ZeroDivisionError', msg);
}

/** Python arithmetic with int results for int operands and float results otherwise. */
const arith: Record<string, (a: Num, b: Num) => Num> = {
  add: (a, b) => (isInt(a) && isInt(b) ? wrapInt64(a + b) : Number(a) + Number(b)),
  sub: (a, b) => (isInt(a) && isInt(b) ? wrapInt64(a - b) : Number(a) - Number(b)),
  mul: (a, b) => (isInt(a) && isInt(b) ? wrapInt64(a * b) : Number(a) * Number(b)),
  floordiv: (a, b) => {
    if (isInt(a) && isInt(b)) {
      if (b === 0n) zeroDiv('integer division or modulo by zero');
      const q = a / b;
      return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
    }
    if (Number(b) === 0) zeroDiv('float divmod()');
    return Math.floor(Number(a) / Number(b));
  },
  remainder: (a, b) => {
    if (isInt(a) && isInt(b)) {
      if (b === 0n) zeroDiv('integer division or modulo by zero');
      const r = a % b;
      return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
    }
    if (Number(b) === 0) zeroDiv('float modulo');
    return pyMod(Number(a), Number(b));
  },
};

const variants: [string, string][] = [
  ['int', 'int a, int b'],
  ['float', 'float a, float b'],
  ['int_float', 'int a, float b'],
  ['float_int', 'float a, int b'],
];
const retType = (ov: string, name: string): string => (ov === 'int' ? 'int' : name === 'floordiv' || ov !== 'int' ? 'float' : 'int');

for (const [name, f] of Object.entries(arith)) {
  for (const [ov, params] of variants) defineOp(`aten::${name}.${ov}(${params}) -> ${retType(ov, name)}`, (a) => f(asNum(a[0]), asNum(a[1])));
  defineOp(`aten::${name}(Scalar a, Scalar b) -> Scalar`, (a) => f(asNum(a[0]), asNum(a[1])));
}

const trueDiv = (a: IValue[]): number => {
  const b = Number(asNum(a[1]));
  if (b === 0) zeroDiv('float division by zero');
  return Number(asNum(a[0])) / b;
};
defineOp('aten::div.int(int a, int b) -> float', trueDiv);
defineOp('aten::div.float(float a, float b) -> float', trueDiv);
defineOp('aten::div(Scalar a, Scalar b) -> float', trueDiv);

const powF = (a: IValue[]): number => libmPow(Number(asNum(a[0])), Number(asNum(a[1])));
defineOp('aten::pow.int(int a, int b) -> float', powF);
defineOp('aten::pow.float(float a, float b) -> float', powF);
defineOp('aten::pow.int_float(int a, float b) -> float', powF);
defineOp('aten::pow.float_int(float a, int b) -> float', powF);
defineOp('aten::pow.Scalar_Scalar(Scalar a, Scalar b) -> float', powF);
defineOp('aten::pow.int_to_int(int a, int b) -> int', (a) => {
  const [x, y] = [A.int(a[0]), A.int(a[1])];
  if (y < 0) throw new TorchError('RuntimeError', 'Integers to negative integer powers are not allowed.');
  return wrapInt64(BigInt(x) ** BigInt(y));
});

const cmp: [string, (c: number) => boolean][] = [
  ['eq', (c) => c === 0],
  ['ne', (c) => c !== 0],
  ['lt', (c) => c < 0],
  ['le', (c) => c <= 0],
  ['gt', (c) => c > 0],
  ['ge', (c) => c >= 0],
];
function compare(x: IValue, y: IValue): number {
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
  const [a, b] = [asNum(x), asNum(y)];
  if (isInt(a) && isInt(b)) return a < b ? -1 : a > b ? 1 : 0;
  const [p, q] = [Number(a), Number(b)];
  return p < q ? -1 : p > q ? 1 : p === q ? 0 : NaN;
}
for (const [name, ok] of cmp) {
  for (const [ov, params] of [...variants, ['str', 'str a, str b']]) defineOp(`aten::${name}.${ov}(${params}) -> bool`, (a) => ok(compare(a[0], a[1])));
  defineOp(`aten::${name}(Scalar a, Scalar b) -> bool`, (a) => ok(compare(a[0], a[1])));
}
defineOp('aten::eq.bool(bool a, bool b) -> bool', (a) => a[0] === a[1]);
defineOp('aten::ne.bool(bool a, bool b) -> bool', (a) => a[0] !== a[1]);

defineOp('aten::__and__.bool(bool a, bool b) -> bool', (a) => A.bool(a[0]) && A.bool(a[1]));
defineOp('aten::__or__.bool(bool a, bool b) -> bool', (a) => A.bool(a[0]) || A.bool(a[1]));
defineOp('aten::__xor__.bool(bool a, bool b) -> bool', (a) => A.bool(a[0]) !== A.bool(a[1]));
defineOp('aten::__and__.int(int a, int b) -> int', (a) => (a[0] as bigint) & (a[1] as bigint));
defineOp('aten::__or__.int(int a, int b) -> int', (a) => (a[0] as bigint) | (a[1] as bigint));
defineOp('aten::__xor__.int(int a, int b) -> int', (a) => (a[0] as bigint) ^ (a[1] as bigint));
defineOp('aten::__not__(bool self) -> bool', (a) => !A.bool(a[0]));

defineOp('aten::neg.int(int a) -> int', (a) => wrapInt64(-(a[0] as bigint)));
defineOp('aten::neg.float(float a) -> float', (a) => -A.float(a[0]));
defineOp('aten::neg.Scalar(Scalar a) -> Scalar', (a) => (isInt(a[0]) ? wrapInt64(-a[0]) : -A.float(a[0])));
defineOp('prim::abs.int(int a) -> int', (a) => ((a[0] as bigint) < 0n ? -(a[0] as bigint) : (a[0] as bigint)));
defineOp('prim::abs.float(float a) -> float', (a) => Math.abs(A.float(a[0])));
defineOp('prim::abs.Scalar(Scalar a) -> Scalar', (a) => (isInt(a[0]) ? (a[0] < 0n ? -a[0] : a[0]) : Math.abs(A.float(a[0]))));

function minMax(max: boolean): (a: IValue[]) => IValue {
  return (a) => {
    // register_prim_ops: min is `a < b ? a : b`, max `a > b ? a : b`, so a NaN first gives the second.
    const c = compare(a[0], a[1]);
    const r = (max ? c > 0 : c < 0) ? a[0] : a[1];
    return isInt(a[0]) && isInt(a[1]) ? r : Number(r);
  };
}
function listMinMax(max: boolean): (a: IValue[]) => IValue {
  return (a) => {
    const l = A.list(a[0]);
    if (l.length === 0) throw new TorchError('ValueError', `${max ? 'max' : 'min'}() arg is an empty sequence`);
    return l.reduce((x, y) => (max ? (compare(y, x) > 0 ? y : x) : compare(y, x) < 0 ? y : x));
  };
}
for (const [name, max] of [['max', true], ['min', false]] as const) {
  for (const [ov, params] of variants) defineOp(`prim::${name}.${ov}(${params}) -> ${ov === 'int' ? 'int' : 'float'}`, minMax(max));
  defineOp(`prim::${name}(Scalar a, Scalar b) -> Scalar`, minMax(max));
  defineOp(`prim::${name}.self_int(int[] self) -> int`, listMinMax(max));
  defineOp(`prim::${name}.self_float(float[] self) -> float`, listMinMax(max));
  defineOp(`prim::${name}.self_bool(bool[] self) -> bool`, listMinMax(max));
}

const mathUnary: [string, (x: number) => number][] = [
  ['exp', Math.exp],
  ['log', Math.log],
  ['sqrt', Math.sqrt],
  ['tanh', Math.tanh],
  ['sin', Math.sin],
  ['cos', Math.cos],
];
for (const [name, f] of mathUnary) {
  defineOp(`aten::${name}.int(int a) -> float`, (a) => f(A.float(a[0])));
  defineOp(`aten::${name}.float(float a) -> float`, (a) => f(A.float(a[0])));
  defineOp(`aten::${name}.Scalar(Scalar a) -> Scalar`, (a) => f(A.float(a[0])));
}
defineOp('aten::floor.float(float a) -> int', (a) => BigInt(Math.floor(A.float(a[0]))));
defineOp('aten::ceil.float(float a) -> int', (a) => BigInt(Math.ceil(A.float(a[0]))));
defineOp('aten::floor.int(int a) -> int', (a) => a[0]);
defineOp('aten::ceil.int(int a) -> int', (a) => a[0]);

function toInt(v: IValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TorchError(Number.isNaN(v) ? 'ValueError' : 'OverflowError', `cannot convert float ${v} to integer`);
    return BigInt(Math.trunc(v));
  }
  const s = A.str(v).trim();
  if (!/^[-+]?\d+$/.test(s)) throw new TorchError('ValueError', `invalid literal for int() with base 10: '${v}'`);
  return BigInt(s);
}
function toFloat(v: IValue): number {
  if (typeof v === 'string') {
    const n = Number(v.trim());
    if (v.trim() === '' || Number.isNaN(n)) {
      if (/^[-+]?(nan|inf|infinity)$/i.test(v.trim())) return Number(v.trim().replace(/inf(inity)?/i, 'Infinity').replace(/nan/i, 'NaN'));
      throw new TorchError('ValueError', `could not convert string to float: '${v}'`);
    }
    return n;
  }
  return A.float(v);
}
defineOp('aten::Int.bool(bool a) -> int', (a) => toInt(a[0]));
/** aten::Int of a float is C++'s static_cast<int64_t>: NaN, infinities and overflow give INT64_MIN (x86). */
function castInt(v: IValue): bigint {
  if (typeof v === 'number' && !(Math.abs(v) < 2 ** 63)) return -(2n ** 63n);
  return toInt(v);
}
defineOp('aten::Int.float(float a) -> int', (a) => castInt(a[0]));
defineOp('aten::Int.Scalar(Scalar a) -> int', (a) => castInt(a[0]));
defineOp('aten::Int.str(str a) -> int', (a) => toInt(a[0]));
defineOp('aten::Float.Scalar(Scalar a) -> float', (a) => toFloat(a[0]));
defineOp('aten::Float.int(int a) -> float', (a) => toFloat(a[0]));
defineOp('aten::Float.bool(bool a) -> float', (a) => toFloat(a[0]));
defineOp('aten::Float.str(str a) -> float', (a) => toFloat(a[0]));
defineOp('aten::Bool.int(int a) -> bool', (a) => a[0] !== 0n);
defineOp('aten::Bool.float(float a) -> bool', (a) => A.float(a[0]) !== 0);

defineOp('aten::str(t elem) -> str', (a) => scriptStr(a[0]));

defineOp('aten::__lshift__.int(int a, int b) -> int', (a) => wrapInt64((a[0] as bigint) << (a[1] as bigint)));
defineOp('aten::__rshift__.int(int a, int b) -> int', (a) => (a[0] as bigint) >> (a[1] as bigint));

// range(lo, hi, step) in scripted loops: the trip count, and the i-th value.
defineOp('aten::__range_length(int lo, int hi, int step) -> int', (a) => {
  const [lo, hi, step] = [a[0] as bigint, a[1] as bigint, a[2] as bigint];
  if (step === 0n) throw new TorchError('RuntimeError', 'range() arg 3 must not be zero');
  if (step > 0n && lo < hi) return 1n + (hi - 1n - lo) / step;
  if (step < 0n && lo > hi) return 1n + (lo - 1n - hi) / -step;
  return 0n;
});
defineOp('aten::__derive_index(int index, int start, int step) -> int', (a) => (a[1] as bigint) + (a[0] as bigint) * (a[2] as bigint));

// round() in TorchScript returns a float and rounds halves to even (std::nearbyint).
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : Object.is(r, 0) && x < 0 ? -0 : r;
}
defineOp('aten::round.int(int a) -> float', (a) => Number(a[0] as bigint));
defineOp('aten::round.float(float a) -> float', (a) => roundHalfEven(A.float(a[0])));
defineOp('aten::round.Scalar(Scalar a) -> Scalar', (a) => (isInt(a[0]) ? Number(a[0]) : roundHalfEven(A.float(a[0]))));

// torch.promote_types / torch.result_type: ScalarTypes are ints in TorchScript (eager shows them as dtypes).
const code = (d: DType): bigint => BigInt(SCALAR_TYPE_CODE[d]);
const operand = (v: IValue): Operand => (v instanceof Tensor ? A.operandOf(v) : A.scalar(v).operand);
const resultTypeOf = (a: IValue[]): bigint => code(resultType([operand(a[0]), operand(a[1])]));
defineOp('aten::promote_types(ScalarType type1, ScalarType type2) -> ScalarType', (a) => code(promoteTypes(A.dtype(a[0]), A.dtype(a[1]))));
defineOp('aten::result_type.Tensor(Tensor tensor, Tensor other) -> ScalarType', resultTypeOf);
defineOp('aten::result_type.Scalar(Tensor tensor, Scalar other) -> ScalarType', resultTypeOf);
defineOp('aten::result_type.Scalar_Tensor(Scalar scalar, Tensor tensor) -> ScalarType', resultTypeOf);
defineOp('aten::result_type.Scalar_Scalar(Scalar scalar1, Scalar scalar2) -> ScalarType', resultTypeOf);
