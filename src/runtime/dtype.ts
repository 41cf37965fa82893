// PyTorch dtypes, their ScalarType codes, host arrays and promotion rules.
import { TorchError } from './errors';

/** A PyTorch dtype by its short name (`torch.float32` is `'float32'`). */
export type DType = 'uint8' | 'int8' | 'int16' | 'int32' | 'int64' | 'float16' | 'float32' | 'float64' | 'bool';

/** Host arrays; int64 lives in a Float64Array (exact below 2^53, see Note [int64 storage]). */
export type HostArray = Float32Array | Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array;

// Note [int64 storage]: int64 values are kept as exact integers in a Float64Array. Values beyond
// +-2^53 lose precision; TorchScript programs that rely on 64-bit wrap-around are out of scope.

/** c10::ScalarType codes, as TorchScript graphs carry dtypes as ints (`prim::Constant[value=6]`). */
export const SCALAR_TYPE_CODE: Record<DType, number> = {
  uint8: 0, int8: 1, int16: 2, int32: 3, int64: 4, float16: 5, float32: 6, float64: 7, bool: 11,
};

const CODE_TO_DTYPE = new Map<number, DType>(Object.entries(SCALAR_TYPE_CODE).map(([k, v]) => [v, k as DType]));

export function dtypeFromCode(code: number): DType {
  const d = CODE_TO_DTYPE.get(code);
  if (d === undefined) throw new TorchError('RuntimeError', `Unsupported ScalarType code ${code}`);
  return d;
}

/** PyTorch's printed names (`torch.float32` is printed as `torch.float32`, Long as `torch.int64`). */
export const ALL_DTYPES: readonly DType[] = ['uint8', 'int8', 'int16', 'int32', 'int64', 'float16', 'float32', 'float64', 'bool'];

/** The ScalarType name used in error messages (`Float`, `Long`, ...). */
export const SCALAR_TYPE_NAME: Record<DType, string> = {
  uint8: 'Byte', int8: 'Char', int16: 'Short', int32: 'Int', int64: 'Long', float16: 'Half', float32: 'Float', float64: 'Double', bool: 'Bool',
};

export const DEFAULT_FLOAT: DType = 'float32';

export function isFloating(d: DType): boolean {
  return d === 'float16' || d === 'float32' || d === 'float64';
}

export function isIntegral(d: DType, includeBool: boolean): boolean {
  return d === 'bool' ? includeBool : !isFloating(d);
}

export function newHostArray(d: DType, n: number): HostArray {
  switch (d) {
    case 'float32':
    case 'float16':
      return new Float32Array(n);
    case 'float64':
    case 'int64':
      return new Float64Array(n);
    case 'int32':
      return new Int32Array(n);
    case 'int16':
      return new Int16Array(n);
    case 'int8':
      return new Int8Array(n);
    case 'uint8':
    case 'bool':
      return new Uint8Array(n);
  }
}

/** Converts a JS number to the value a `d` element stores (C++ casts: truncation toward zero). */
/** Rounds to the nearest float16 value (ties to even), overflowing to infinity past 65504. */
export function roundHalf(v: number): number {
  const a = Math.abs(v);
  if (!Number.isFinite(a) || a === 0) return v;
  let e = Math.max(Math.floor(Math.log2(a)), -14);
  if (2 ** e > a && e > -14) e--;
  if (2 ** (e + 1) <= a) e++;
  const ulp = 2 ** (e - 10);
  const q = a / ulp;
  const r = Math.round(q);
  const even = q - Math.floor(q) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  const out = even * ulp;
  return Math.sign(v) * (out > 65504 ? Infinity : out);
}

export function castValue(d: DType, v: number): number {
  switch (d) {
    case 'bool':
      return v !== 0 ? 1 : 0;
    case 'int64':
      // C++'s cast on x86: NaN, infinities and out-of-range values become INT64_MIN.
      return Math.abs(v) < 2 ** 63 ? Math.trunc(v) + 0 : -(2 ** 63);
    case 'float32':
      return Math.fround(v);
    case 'float16':
      return roundHalf(v);
    default:
      return v;
  }
}

/**
 * Copies `src` into a fresh array of dtype `d`, converting each element. From a floating dtype,
 * narrow integers go through int32 as on x86 (out of range is INT32_MIN, then the low bits).
 */
export function castArray(src: ArrayLike<number>, d: DType, fromFloat = false): HostArray {
  const out = newHostArray(d, src.length);
  if (d === 'bool' || d === 'int64' || d === 'float16') for (let i = 0; i < src.length; i++) out[i] = castValue(d, src[i]);
  else if (isFloating(d)) out.set(src as ArrayLike<number>);
  else if (fromFloat) for (let i = 0; i < src.length; i++) out[i] = Math.abs(src[i]) < 2 ** 31 ? Math.trunc(src[i]) : -(2 ** 31);
  else for (let i = 0; i < src.length; i++) out[i] = Math.trunc(src[i]);
  return out;
}

const INT_RANK: Partial<Record<DType, number>> = { bool: 0, uint8: 1, int8: 1, int16: 2, int32: 3, int64: 4 };
const FLOAT_RANK: Partial<Record<DType, number>> = { float16: 1, float32: 2, float64: 3 };

/** torch.promote_types for the supported dtypes. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  if (a === 'bool') return b;
  if (b === 'bool') return a;
  const fa = FLOAT_RANK[a];
  const fb = FLOAT_RANK[b];
  if (fa !== undefined && fb !== undefined) return fa >= fb ? a : b;
  if (fa !== undefined) return a;
  if (fb !== undefined) return b;
  if ((a === 'uint8' && b === 'int8') || (a === 'int8' && b === 'uint8')) return 'int16';
  return (INT_RANK[a] ?? 0) >= (INT_RANK[b] ?? 0) ? a : b;
}

/** Operand kinds of torch.result_type: dimensioned tensors beat 0-d tensors beat Python scalars. */
export type OperandKind = 'dim' | 'zero' | 'wrapped';

export interface Operand {
  dtype: DType;
  kind: OperandKind;
}

function category(d: DType | undefined): number {
  if (d === undefined) return -1;
  return d === 'bool' ? 0 : isFloating(d) ? 2 : 1;
}

function combineCategories(higher: DType | undefined, lower: DType | undefined): DType | undefined {
  if (higher === undefined) return lower;
  if (lower === undefined) return higher;
  if (category(higher) === 2) return higher;
  if (higher === 'bool' || category(lower) === 2) return promoteTypes(higher, lower);
  return higher;
}

/** torch.result_type over tensors and scalars (ResultTypeState in PyTorch). */
export function resultType(operands: readonly Operand[]): DType {
  let dim: DType | undefined;
  let zero: DType | undefined;
  let wrapped: DType | undefined;
  for (const o of operands) {
    if (o.kind === 'dim') dim = dim === undefined ? o.dtype : promoteTypes(dim, o.dtype);
    else if (o.kind === 'zero') zero = zero === undefined ? o.dtype : promoteTypes(zero, o.dtype);
    else {
      // A Python float participates as the default dtype, a Python int as int64.
      const d = isFloating(o.dtype) ? DEFAULT_FLOAT : o.dtype;
      wrapped = wrapped === undefined ? d : promoteTypes(wrapped, d);
    }
  }
  return combineCategories(dim, combineCategories(zero, wrapped)) ?? DEFAULT_FLOAT;
}
