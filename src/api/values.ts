/**
 * Encoded values of the conformance format (/work/shared/conformance/FORMAT.md): decoding to
 * runtime IValues, encoding back, and comparing a result with an expected encoding under the
 * format's tolerance rules. The conformance runner and the interpreter tests share it.
 */
import type { DType } from '../runtime/dtype';
import { isFloating } from '../runtime/dtype';
import type { DictKey, IValue } from '../runtime/ivalue';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';

/** A number in the format: finite, or NaN as null (in tensors) / "nan", infinities as "inf" / "-inf". */
export type EncodedNumber = number | 'nan' | 'inf' | '-inf' | null;

export type Encoded =
  | null
  | { readonly tensor: { readonly dtype: string; readonly shape: readonly number[]; readonly data: readonly (EncodedNumber | boolean)[] } }
  | { readonly int: number }
  | { readonly float: EncodedNumber }
  | { readonly bool: boolean }
  | { readonly str: string }
  | { readonly list: readonly Encoded[] }
  | { readonly tuple: readonly Encoded[] }
  | { readonly dict: readonly (readonly [Encoded, Encoded])[] };

const DTYPES: Record<string, DType> = {
  float32: 'float32', float64: 'float64', float16: 'float16', int64: 'int64', int32: 'int32', int16: 'int16',
  int8: 'int8', uint8: 'uint8', bool: 'bool',
};

function decodeNumber(n: EncodedNumber | boolean): number {
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (n === null || n === 'nan') return NaN;
  if (n === 'inf') return Infinity;
  if (n === '-inf') return -Infinity;
  return n;
}

function encodeNumber(n: number, nanAs: null | 'nan'): EncodedNumber {
  if (Number.isNaN(n)) return nanAs;
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  return n;
}

/** An encoded value as a runtime IValue. Throws on malformed data (it is reference data). */
export function decodeValue(e: Encoded): IValue {
  if (e === null) return null;
  if ('tensor' in e) {
    const dtype = DTYPES[e.tensor.dtype];
    if (!dtype) throw new Error(`unknown dtype ${e.tensor.dtype}`);
    return Tensor.fromValues(dtype, e.tensor.shape, e.tensor.data.map(decodeNumber));
  }
  if ('int' in e) return BigInt(e.int);
  if ('float' in e) return decodeNumber(e.float);
  if ('bool' in e) return e.bool;
  if ('str' in e) return e.str;
  if ('list' in e) return e.list.map(decodeValue);
  if ('tuple' in e) return new TupleValue(e.tuple.map(decodeValue));
  return new DictValue(e.dict.map(([k, v]) => [decodeValue(k) as DictKey, decodeValue(v)] as const));
}

/** A runtime IValue in the encoded form (objects other than containers become their str). */
export function encodeValue(v: IValue): Encoded {
  if (v === null) return null;
  if (v instanceof Tensor) {
    const bool = v.dtype === 'bool';
    const data = Array.from(v.values(), (x) => (bool ? x !== 0 : encodeNumber(x, null)));
    return { tensor: { dtype: v.dtype, shape: [...v.shape], data } };
  }
  if (typeof v === 'bigint') return { int: Number(v) };
  if (typeof v === 'number') return { float: encodeNumber(v, 'nan') };
  if (typeof v === 'boolean') return { bool: v };
  if (typeof v === 'string') return { str: v };
  if (Array.isArray(v)) return { list: v.map(encodeValue) };
  if (v instanceof TupleValue) return { tuple: v.elements.map(encodeValue) };
  if (v instanceof DictValue) return { dict: [...v.map].map(([k, x]) => [encodeValue(k), encodeValue(x)] as const) };
  return { str: String(v) };
}

type Family = 'floating' | 'integer' | 'bool';
const family = (d: string): Family => (d === 'bool' ? 'bool' : isFloating(d as DType) ? 'floating' : 'integer');

const close = (a: number, b: number, rtol: number, atol: number): boolean =>
  (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) <= atol + rtol * Math.abs(b);

/**
 * Compares a result with the expected encoding (FORMAT.md "Comparing"): floating tensors within
 * rtol=1e-4, atol=1e-5, dtypes by family, Python floats within rtol=1e-9, the rest exactly.
 * Returns null when they match, else a short description of the first difference.
 */
export function compareValues(actual: IValue, expected: Encoded, path = 'output'): string | null {
  const got = encodeValue(actual);
  if (expected === null) return got === null ? null : `${path}: expected None, got ${JSON.stringify(got)}`;
  if (got === null) return `${path}: got None, expected ${JSON.stringify(expected)}`;
  if ('tensor' in expected) {
    if (!(actual instanceof Tensor)) return `${path}: expected a tensor`;
    const e = expected.tensor;
    if (family(e.dtype) !== family(actual.dtype)) return `${path}: dtype ${actual.dtype}, expected ${e.dtype}`;
    if (e.shape.length !== actual.shape.length || e.shape.some((s, i) => s !== actual.shape[i])) {
      return `${path}: shape [${actual.shape.join(', ')}], expected [${e.shape.join(', ')}]`;
    }
    const values = actual.values();
    const floating = family(e.dtype) === 'floating';
    for (let i = 0; i < e.data.length; i++) {
      const want = decodeNumber(e.data[i]!);
      const have = values[i]!;
      if (floating ? !close(have, want, 1e-4, 1e-5) : have !== want) return `${path}: element ${i} is ${have}, expected ${want}`;
    }
    return null;
  }
  if ('float' in expected) {
    if (typeof actual !== 'number') return `${path}: expected a float, got ${JSON.stringify(got)}`;
    return close(actual, decodeNumber(expected.float), 1e-9, 0) ? null : `${path}: ${actual}, expected ${String(expected.float)}`;
  }
  if ('list' in expected || 'tuple' in expected) {
    const items = 'list' in expected ? expected.list : expected.tuple;
    const mine = Array.isArray(actual) ? actual : actual instanceof TupleValue ? actual.elements : undefined;
    if (!mine) return `${path}: expected a ${'list' in expected ? 'list' : 'tuple'}`;
    if (mine.length !== items.length) return `${path}: length ${mine.length}, expected ${items.length}`;
    for (let i = 0; i < items.length; i++) {
      const d = compareValues(mine[i]!, items[i]!, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if ('dict' in expected) {
    if (!(actual instanceof DictValue)) return `${path}: expected a dict`;
    const entries = [...actual.map];
    if (entries.length !== expected.dict.length) return `${path}: ${entries.length} entries, expected ${expected.dict.length}`;
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      const d = compareValues(k, expected.dict[i]![0], `${path}.key${i}`) ?? compareValues(v, expected.dict[i]![1], `${path}[${String(k)}]`);
      if (d) return d;
    }
    return null;
  }
  return JSON.stringify(got) === JSON.stringify(expected) ? null : `${path}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`;
}
