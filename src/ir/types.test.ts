import { describe, expect, test } from 'vitest';
import { TokenStream } from './lexer';
import { parseType } from './type_parser';
import {
  AnyType, BoolType, ClassType, DictType, FloatType, IntType, ListType, NoneType, NumberType, OptionalType,
  StringType, TensorType, TupleType, UnionType,
} from './types';
import { unifyTypes } from './unify';
import type { Type } from './types';

const t = (text: string): Type => parseType(TokenStream.of(text), 'ir');

describe('printing (graph form and annotation form), as torch 1.13 prints them', () => {
  test.each([
    ['int[]', 'List[int]'],
    ['Tensor?', 'Optional[Tensor]'],
    ['(Tensor, Tensor)', 'Tuple[Tensor, Tensor]'],
    ['Dict(str, int)', 'Dict[str, int]'],
    ['Dict(str, Tensor[])', 'Dict[str, List[Tensor]]'],
    ['(int, float)?', 'Optional[Tuple[int, float]]'],
    ['Tensor?[]', 'List[Optional[Tensor]]'],
    ['Scalar', 'number'],
    ['Union(Tensor, float, int, str)', 'Union[Tensor, float, int, str]'],
    ['Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)', 'Tensor'],
    ['Long(device=cpu)', 'Tensor'],
    ['Float(requires_grad=0, device=cpu)', 'Tensor'],
    ['Float(*, 3)', 'Tensor'],
    ['FloatTensor', 'Tensor'],
    ['__torch__.torch.nn.modules.linear.___torch_mangle_1.Linear', '__torch__.torch.nn.modules.linear.___torch_mangle_1.Linear'],
    ['Function', 'Function'],
    ['NoneType', 'NoneType'],
    ['Device', 'Device'],
  ])('%s', (graphForm, annotation) => {
    const type = t(graphForm);
    expect(type.str()).toBe(graphForm);
    expect(type.annotationStr()).toBe(annotation);
  });
  test('unions are canonicalised as PyTorch does', () => {
    expect(t('Union(str, Tensor, float, int)').str()).toBe('Union(Tensor, float, int, str)');
    expect(t('Union(int, Union(str, float))').str()).toBe('Union(float, int, str)');
    expect(t('Union(int, NoneType)').str()).toBe('int?');
    expect(t('Union(int, str, NoneType)').str()).toBe('Union(int, NoneType, str)');
    expect(t('Union(int, float, complex)').str()).toBe('Scalar');
    expect(OptionalType.create(OptionalType.create(IntType)).str()).toBe('int?');
  });
  test('a tensor type built from fields', () => {
    const ty = TensorType.create({ scalarType: 'Float', sizes: [3, 4], strides: [4, 1], requiresGrad: false, device: 'cpu' });
    expect(ty.str()).toBe('Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)');
    expect(TensorType.create({})).toBe(TensorType.get());
  });
  test('named tuples', () => {
    const nt = new TupleType([IntType, TensorType.get()], ['a', 'b'], '__torch__.Point');
    expect(nt.str()).toBe('NamedTuple(a : int, b : Tensor)');
    expect(nt.annotationStr()).toBe('__torch__.Point');
  });
});

describe('subtyping', () => {
  test.each([
    ['int', 'Scalar', true],
    ['bool', 'Scalar', false],
    ['NoneType', 'int?', true],
    ['int', 'int?', true],
    ['int?', 'int', false],
    ['int', 'Union(int, str)', true],
    ['Union(int, str)', 'Any', true],
    ['Float(3, 4)', 'Tensor', true],
    ['Tensor', 'Float(3, 4)', false],
    ['Float(3, 4)', 'Float(*, 4)', true],
    ['int[]', 'int[]', true],
    ['Float(3)[]', 'Tensor[]', false],
    ['(int, NoneType)', '(int, int?)', true],
    ['(int, int)', '(int, int, int)', false],
    ['Dict(str, int)', 'Dict(str, int?)', false],
  ])('%s <: %s is %s', (a, b, expected) => {
    expect(t(a).isSubtypeOf(t(b))).toBe(expected);
  });
});

describe('unification of branch types', () => {
  test.each([
    ['int', 'NoneType', 'int?'],
    ['NoneType', 'Tensor', 'Tensor?'],
    ['int', 'int?', 'int?'],
    ['Float(3, 4)', 'Float(3, 5)', 'Float(3, *)'],
    ['Float(3, 4)', 'Long(3, 4)', 'Tensor(3, 4)'],
    ['(int, NoneType)', '(NoneType, str)', '(int?, str?)'],
    ['Float(2)[]', 'Tensor[]', 'Tensor[]'],
    ['int', 'Scalar', 'Scalar'],
  ])('unify(%s, %s) = %s', (a, b, expected) => {
    expect(unifyTypes(t(a), t(b))?.str()).toBe(expected);
  });
  test('types that do not unify', () => {
    expect(unifyTypes(IntType, StringType)).toBeUndefined();
    expect(unifyTypes(new ListType(IntType), new ListType(FloatType))).toBeUndefined();
    expect(unifyTypes(IntType, StringType, true)?.str()).toBe('Union(int, str)');
  });
  test('a common hint unifies classes', () => {
    const hint = UnionType.create([new ClassType('__torch__.A'), new ClassType('__torch__.B')]);
    expect(unifyTypes(new ClassType('__torch__.A'), new ClassType('__torch__.B'), false, hint)).toBe(hint);
  });
  test('equality is structural', () => {
    expect(new DictType(StringType, IntType).equals(t('Dict(str, int)'))).toBe(true);
    expect(new ListType(BoolType).equals(new ListType(IntType))).toBe(false);
    expect(NumberType.isSubtypeOf(AnyType)).toBe(true);
    expect(NoneType.str()).toBe('NoneType');
  });
});
