import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSchema } from './schema';
import { ListType, TensorType } from './types';

describe('parseSchema', () => {
  test('every schema registered in torch 1.13 round-trips', () => {
    const file = join(__dirname, '../../tests/golden/ir/torch_schemas.txt');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(4000);
    const mismatches = lines.filter((l) => parseSchema(l).toString() !== l);
    expect(mismatches).toEqual([]);
  });
  test('aten::add.Tensor', () => {
    const s = parseSchema('aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor');
    expect([s.name, s.overloadName, s.qualifiedName]).toEqual(['aten::add', 'Tensor', 'aten::add.Tensor']);
    expect(s.arguments.map((a) => [a.name, a.type.str(), a.kwargOnly, a.defaultValue])).toEqual([
      ['self', 'Tensor', false, undefined],
      ['other', 'Tensor', false, undefined],
      ['alpha', 'Scalar', true, 1],
    ]);
    expect(s.returns.map((r) => r.type)).toEqual([TensorType.get()]);
    expect(s.isMutable()).toBe(false);
  });
  test('fake types are ints at runtime but keep their spelling', () => {
    const s = parseSchema('aten::zeros(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor');
    expect(s.arguments.map((a) => a.type.str())).toEqual(['int[]', 'int?', 'int?', 'Device?', 'bool?']);
    expect(s.arguments.map((a) => a.realType.str())).toEqual(['SymInt[]', 'ScalarType?', 'Layout?', 'Device?', 'bool?']);
    expect(s.arguments[1]!.defaultValue).toBeNull();
  });
  test('named returns, alias annotations, fixed lists, varargs', () => {
    const max = parseSchema('aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)');
    expect(max.returns.map((r) => r.name)).toEqual(['values', 'indices']);
    expect(max.arguments[2]!.defaultValue).toBe(false);
    const split = parseSchema('aten::split.Tensor(Tensor(a -> *) self, SymInt split_size, int dim=0) -> Tensor(a)[]');
    expect(split.arguments[0]!.aliasInfo).toEqual({ beforeSets: ['a'], afterSets: ['*'], isWrite: false });
    expect(split.returns[0]!.type).toEqual(new ListType(TensorType.get()));
    expect(split.returns[0]!.aliasInfo?.beforeSets).toEqual(['a']);
    expect(split.toString()).toBe('aten::split.Tensor(Tensor(a -> *) self, SymInt split_size, int dim=0) -> Tensor(a)[]');
    const add_ = parseSchema('aten::add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)');
    expect(add_.isMutable()).toBe(true);
    const conv = parseSchema('aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0) -> Tensor');
    expect(conv.arguments[3]!.fixedSize).toBe(2);
    expect(conv.arguments[3]!.defaultValue).toBe(1);
    const fmt = parseSchema('aten::format(str self, ...) -> str');
    expect(fmt.isVararg).toBe(true);
    expect(parseSchema('prim::NumToTensor.Scalar(Scalar a) -> Tensor').arguments[0]!.type.annotationStr()).toBe('number');
    expect(parseSchema('aten::append.t(t[](a!) self, t(c -> *) el) -> t[](a!)').arguments[0]!.isWrite).toBe(true);
    expect(parseSchema('aten::get.str(Dict(str, t) self, str key) -> t(*)?').returns[0]!.type.str()).toBe('t?');
    expect(parseSchema('aten::mean(Tensor self, int[1]? dim, str reduction="mean") -> Tensor').arguments[2]!.defaultValue).toBe('mean');
  });
  test('malformed schemas throw', () => {
    expect(() => parseSchema('aten::add(Tensor self')).toThrow();
    expect(() => parseSchema('add(Tensor self) -> Tensor')).toThrow();
    expect(() => parseSchema('aten::add(Tensor) -> Tensor')).toThrow(/argument name/);
    expect(() => parseSchema('aten::add(Tensor self) -> Tensor junk junk')).toThrow();
  });
});
