// Operators that are other operators under another name (torch.special.*, ger, ...): same arguments, same kernel.
import { defineOp, lookupOp } from './registry';

const ALIASES: [string, string][] = [
  ['aten::special_expit(Tensor self) -> Tensor', 'aten::sigmoid'],
  ['aten::special_erf(Tensor self) -> Tensor', 'aten::erf'],
  ['aten::special_erfc(Tensor self) -> Tensor', 'aten::erfc'],
  ['aten::special_erfinv(Tensor self) -> Tensor', 'aten::erfinv'],
  ['aten::special_expm1(Tensor self) -> Tensor', 'aten::expm1'],
  ['aten::special_exp2(Tensor self) -> Tensor', 'aten::exp2'],
  ['aten::special_log1p(Tensor self) -> Tensor', 'aten::log1p'],
  ['aten::special_logit(Tensor self, float? eps=None) -> Tensor', 'aten::logit'],
  ['aten::special_logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor', 'aten::logsumexp'],
  ['aten::special_xlogy(Tensor self, Tensor other) -> Tensor', 'aten::xlogy.Tensor'],
  ['aten::special_round(Tensor self, *, int decimals=0) -> Tensor', 'aten::round.decimals'],
  ['aten::multiply.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::mul.Tensor'],
  ['aten::multiply.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::mul.Scalar'],
  ['aten::divide.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::div.Tensor'],
  ['aten::divide.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::div.Scalar'],
  ['aten::divide.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor', 'aten::div.Tensor_mode'],
  ['aten::divide.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor', 'aten::div.Scalar_mode'],
  ['aten::subtract.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor', 'aten::sub.Tensor'],
  ['aten::subtract.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor', 'aten::sub.Scalar'],
  ['aten::less.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::lt.Tensor'],
  ['aten::less.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::lt.Scalar'],
  ['aten::less_equal.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::le.Tensor'],
  ['aten::less_equal.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::le.Scalar'],
  ['aten::greater.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::gt.Tensor'],
  ['aten::greater.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::gt.Scalar'],
  ['aten::greater_equal.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::ge.Tensor'],
  ['aten::greater_equal.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::ge.Scalar'],
  ['aten::not_equal.Tensor(Tensor self, Tensor other) -> Tensor', 'aten::ne.Tensor'],
  ['aten::not_equal.Scalar(Tensor self, Scalar other) -> Tensor', 'aten::ne.Scalar'],
  ['aten::negative(Tensor self) -> Tensor', 'aten::neg'],
  ['aten::absolute(Tensor self) -> Tensor', 'aten::abs'],
  ['aten::arccos(Tensor self) -> Tensor', 'aten::acos'],
  ['aten::arcsin(Tensor self) -> Tensor', 'aten::asin'],
  ['aten::arctan(Tensor self) -> Tensor', 'aten::atan'],
  ['aten::fix(Tensor self) -> Tensor', 'aten::trunc'],
];

for (const [schema, target] of ALIASES) {
  const entry = lookupOp(target);
  if (entry?.kernel == null) throw new Error(`alias of a missing operator ${target}`);
  defineOp(schema, entry.kernel);
}
