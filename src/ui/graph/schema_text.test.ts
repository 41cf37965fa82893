import { expect, it } from 'vitest';
import { argumentNames } from './schema_text';

it('reads argument names from a schema, past defaults, alias annotations and the keyword-only star', () => {
  expect(argumentNames('aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor')).toEqual(['self', 'other', 'alpha']);
  expect(argumentNames('aten::add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)')).toEqual(['self', 'other', 'alpha']);
  expect(argumentNames('aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor')).toEqual([
    'self', 'kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode',
  ]);
  expect(argumentNames('aten::tanh(Tensor self) -> Tensor')).toEqual(['self']);
  expect(argumentNames('aten::zeros(SymInt[] size, *, ScalarType? dtype=None) -> Tensor')).toEqual(['size', 'dtype']);
});
