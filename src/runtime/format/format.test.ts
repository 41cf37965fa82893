import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExponent, formatFixed, formatTensor, pyFloatRepr, pyRepr, pyStr, type DTypeName, type PrintableTensor, type PyValue } from './index';

interface TensorCase {
  name: string;
  dtype: DTypeName;
  shape: number[];
  values: (number | string | boolean)[];
  requiresGrad: boolean;
  isParameter: boolean;
  gradFn: string | null;
  expected: string;
}

const load = <T>(name: string): T => JSON.parse(readFileSync(`tests/data/format/${name}.json`, 'utf8')) as T;

function decodeFloat(v: number | string): number {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return v as number;
}

/** Int64 values beyond 2^53 come from JSON as imprecise numbers; read them as bigints from the text. */
function toPrintable(c: TensorCase): PrintableTensor {
  let values: PrintableTensor['values'];
  if (c.dtype === 'bool') values = c.values as boolean[];
  else if (c.dtype.startsWith('float')) values = c.values.map((v) => decodeFloat(v as number | string));
  else values = c.values.map((v) => (Number.isSafeInteger(v) ? (v as number) : bigintFromExpected(c, v as number)));
  return { dtype: c.dtype, shape: c.shape, values, requiresGrad: c.requiresGrad, isParameter: c.isParameter, gradFn: c.gradFn };
}

function bigintFromExpected(c: TensorCase, approx: number): bigint {
  const found = c.expected.match(/-?\d{16,}/g)?.map(BigInt).find((b) => Number(b) === approx);
  if (found === undefined) throw new Error(`cannot recover ${approx} in ${c.name}`);
  return found;
}

describe('formatTensor matches PyTorch 1.13 repr', () => {
  it.each(load<TensorCase[]>('tensors').map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(formatTensor(toPrintable(c))).toBe(c.expected);
  });
});

type Tagged = { kind: 'int'; value: string } | { kind: 'float'; value: number | string } | { kind: string; [k: string]: unknown };

function decodePy(v: unknown): PyValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(decodePy);
  const t = v as Tagged;
  switch (t.kind) {
    case 'int':
      return BigInt(t.value as string);
    case 'float':
      return decodeFloat(t.value as number | string);
    case 'tuple':
      return { kind: 'tuple', items: (t.items as unknown[]).map(decodePy) };
    case 'dict':
      return { kind: 'dict', entries: (t.entries as [unknown, unknown][]).map(([k, x]) => [decodePy(k), decodePy(x)] as const) };
    case 'tensor':
      return { kind: 'tensor', tensor: toPrintable(t.tensor as TensorCase) };
    default:
      return t as PyValue;
  }
}

describe('Python values match CPython repr and str', () => {
  const cases = load<{ value: unknown; repr: string; str: string }[]>('python');
  it.each(cases.map((c) => [c.repr, c] as const))('%s', (_name, c) => {
    const v = decodePy(c.value);
    expect(pyRepr(v)).toBe(c.repr);
    expect(pyStr(v)).toBe(c.str);
  });
});

describe('float formatting primitives', () => {
  it('rounds exact ties to even like Python', () => {
    expect(formatFixed(0.03125, 4)).toBe('0.0312');
    expect(formatFixed(2.5, 0)).toBe('2');
    expect(formatFixed(-0.00001, 4)).toBe('-0.0000');
    expect(formatExponent(0.15625, 3)).toBe('1.562e-01');
    expect(formatExponent(9.99995, 4)).toBe('1.0000e+01');
    expect(formatExponent(0, 4)).toBe('0.0000e+00');
  });
  it('prints float repr in Python layout', () => {
    expect([1e-5, 1e16, 1e15, 0.1 + 0.2, 1, -0, Infinity, NaN, 123.0, 5e-324].map(pyFloatRepr)).toEqual([
      '1e-05', '1e+16', '1000000000000000.0', '0.30000000000000004', '1.0', '-0.0', 'inf', 'nan', '123.0', '5e-324',
    ]);
  });
});
