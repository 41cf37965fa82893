import { expect, it } from 'vitest';
import { BoolType, FloatType, IntType, ListType, NoneType, TensorType } from '../ir/types';
import '../ops';
import { schemaFor } from './node_schema';

it('picks the overload the inputs fit and names its arguments, past alias annotations and the keyword-only star', () => {
  const tensor = TensorType.get();
  expect(schemaFor('aten::add', [tensor, tensor, IntType])).toEqual({
    text: 'aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor',
    args: ['self', 'other', 'alpha'],
  });
  expect(schemaFor('aten::add', [tensor, FloatType, IntType])?.text).toBe('aten::add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor');
  expect(schemaFor('aten::add_', [tensor, tensor, IntType])?.args).toEqual(['self', 'other', 'alpha']);
  const ints = new ListType(IntType);
  expect(schemaFor('aten::max_pool2d', [tensor, ints, ints, ints, ints, BoolType])?.args).toEqual(['self', 'kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode']);
  expect(schemaFor('aten::zeros', [ints, NoneType, NoneType, NoneType, NoneType])?.args).toEqual(['size', 'dtype', 'layout', 'device', 'pin_memory']);
  expect(schemaFor('aten::tanh', [tensor])?.args).toEqual(['self']);
});
