// The registry is data: every schema is PyTorch 1.13's, parses, and has a kernel.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSchema } from '../ir/schema';
import { allOps, callOp, lookupOp, overloadsOf } from './index';
import { Tensor } from '../runtime/tensor';
import { TupleValue } from '../runtime/ivalue';

const torchSchemas = new Set(
  (JSON.parse(readFileSync(new URL('../../tests/data/ops/torch_schemas.json', import.meta.url), 'utf8')) as { schemas: string[] }).schemas,
);

describe('operator registry', () => {
  test('every schema is printed exactly as torch 1.13 prints it', () => {
    const unknown = allOps().filter((e) => !torchSchemas.has(e.schema)).map((e) => e.schema);
    expect(unknown).toEqual([]);
  });

  test('every schema parses and names its entry', () => {
    for (const e of allOps()) {
      const s = parseSchema(e.schema);
      expect([s.name, s.overloadName]).toEqual([e.name, e.overload]);
    }
  });

  test('every schema has a kernel unless explicitly unsupported', () => {
    const missing = allOps().filter((e) => e.kernel === null && e.status !== 'unsupported');
    expect(missing.map((e) => `${e.schema} (${e.status})`)).toEqual([]);
  });

  test('the operators the conformance cases use are registered', () => {
    const used = ['aten::add', 'aten::_convolution', 'aten::batch_norm', 'aten::linear', 'aten::select', 'aten::slice', 'aten::size', 'aten::len',
      'aten::__getitem__', 'aten::append', 'aten::format', 'aten::floordiv', 'aten::Int', 'aten::Bool', 'prim::NumToTensor', 'prim::max', 'prim::min',
      'prim::abs', 'aten::_set_item', 'aten::items', 'aten::keys', 'aten::get', 'aten::copy_', 'aten::max_pool2d', 'aten::adaptive_avg_pool2d'];
    for (const name of used) expect(overloadsOf(name).length, name).toBeGreaterThan(0);
  });

  test('multiple returns come back as one tuple', () => {
    const x = Tensor.fromValues('float32', [2, 2], [1, 5, 3, 2]);
    const r = lookupOp('aten::max.dim')?.kernel?.([x, 1n, false]);
    expect(r).toBeInstanceOf(TupleValue);
    expect(((r as TupleValue).elements[1] as Tensor).values()).toEqual(new Float64Array([1, 0]));
  });
});

describe('callOp binding', () => {
  const x = Tensor.fromValues('float32', [2, 3], [1, 2, 3, 4, 5, 6]);

  test('packs varargs ints into the int[] parameter (x.view(3, 2))', () => {
    expect((callOp('aten::view', [x, 3n, 2n]) as Tensor).shape).toEqual([3, 2]);
  });

  test('keywords, defaults and kwarg-only parameters', () => {
    const m = callOp('aten::mean', [x], { dim: [1n], keepdim: true }) as Tensor;
    expect(m.shape).toEqual([2, 1]);
    expect(() => callOp('aten::add', [x, x, 2n])).toThrow(/invalid combination/);
    expect(Array.from((callOp('aten::add', [x, x], { alpha: 2n }) as Tensor).values())).toEqual([3, 6, 9, 12, 15, 18]);
  });

  test('selects overloads by runtime type: int, float, list and str', () => {
    expect(callOp('aten::add', [2n, 3n])).toBe(5n);
    expect(callOp('aten::add', [2n, 0.5])).toBe(2.5);
    expect(callOp('aten::add', ['a', 'b'])).toBe('ab');
    expect(callOp('aten::add', [[1n], [2n]])).toEqual([1n, 2n]);
    expect(callOp('aten::lt', [1n, 2n])).toBe(true);
    expect(callOp('aten::floordiv', [-7n, 2n])).toBe(-4n);
  });

  test('an exact overload name skips resolution', () => {
    expect((callOp('aten::add.Scalar', [x, 1n]) as Tensor).dtype).toBe('float32');
  });
});
