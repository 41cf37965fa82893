// Operator calls checked against PyTorch 1.13 (tests/data/ops/reference.json, made by gen_reference.py).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { callOp, setPreferDevice } from './index';
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { isFloating } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import { useCpuBackend } from '../runtime/backend';

type Enc = null | { [k: string]: unknown };
interface Case {
  name: string;
  op: string;
  args: Enc[];
  kwargs: Record<string, Enc>;
  output?: Enc;
  raises?: { kind: string; message: string };
}

const num = (x: unknown): number => (x === null ? NaN : x === 'inf' ? Infinity : x === '-inf' ? -Infinity : (x as number));

function decode(e: Enc): IValue {
  if (e === null) return null;
  const [k, v] = Object.entries(e)[0];
  switch (k) {
    case 'tensor': {
      const t = v as { dtype: DType; shape: number[]; data: unknown[] };
      return Tensor.fromValues(t.dtype, t.shape, t.data.map((x) => (typeof x === 'boolean' ? (x ? 1 : 0) : num(x))));
    }
    case 'int':
      return BigInt(v as number);
    case 'float':
      return num(v);
    case 'bool':
    case 'str':
      return v as IValue;
    case 'list':
      return (v as Enc[]).map(decode);
    case 'tuple':
      return new TupleValue((v as Enc[]).map(decode));
  }
  throw new Error(`cannot decode ${k}`);
}

function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-5 + 1e-4 * Math.abs(b);
}

/** Compares an actual IValue with the expected one; returns a description of the first difference. */
function diff(actual: IValue, expected: IValue, path = 'out'): string | null {
  if (expected instanceof Tensor) {
    if (!(actual instanceof Tensor)) return `${path}: expected a Tensor`;
    if (actual.dtype !== expected.dtype) return `${path}: dtype ${actual.dtype} != ${expected.dtype}`;
    if (actual.shape.join() !== expected.shape.join()) return `${path}: shape [${actual.shape}] != [${expected.shape}]`;
    const [av, ev] = [actual.values(), expected.values()];
    for (let i = 0; i < ev.length; i++) {
      const ok = isFloating(expected.dtype) ? close(av[i], ev[i]) : av[i] === ev[i];
      if (!ok) return `${path}[${i}]: ${av[i]} != ${ev[i]}`;
    }
    return null;
  }
  if (expected instanceof TupleValue || Array.isArray(expected)) {
    const ae = actual instanceof TupleValue ? actual.elements : actual;
    const ee = expected instanceof TupleValue ? expected.elements : expected;
    if (!Array.isArray(ae) || ae.length !== ee.length) return `${path}: length differs`;
    for (let i = 0; i < ee.length; i++) {
      const d = diff(ae[i], ee[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (typeof expected === 'number') return typeof actual === 'number' && close(actual, expected) ? null : `${path}: ${String(actual)} != ${expected}`;
  return actual === expected ? null : `${path}: ${String(actual)} != ${String(expected)}`;
}

const data = JSON.parse(readFileSync(new URL('../../tests/data/ops/reference.json', import.meta.url), 'utf8')) as { cases: Case[] };

function run(c: Case): void {
  const args = c.args.map(decode);
  const kwargs = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, decode(v)]));
  if (c.raises !== undefined) {
    let err: unknown = null;
    try {
      callOp(c.op, args, kwargs);
    } catch (e) {
      err = e;
    }
    expect(err, 'expected an error').toBeInstanceOf(TorchError);
    expect({ kind: (err as TorchError).kind, message: (err as TorchError).message }).toEqual(c.raises);
    return;
  }
  const out = callOp(c.op, args, kwargs);
  expect(diff(out, decode(c.output ?? null))).toBeNull();
}

beforeAll(() => {
  useCpuBackend();
});

describe.each([
  ['host kernels', false],
  ['tfjs kernels', true],
])('PyTorch reference, %s', (_label, device) => {
  beforeAll(() => setPreferDevice(device));
  test.each(data.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => run(c));
});
