// Operators that are other operators under another name (torch.special.*, ger, ...): same arguments, same kernel.
import { defineOp, lookupOp } from './registry';

const ALIASES: [string, string][] = [
  ['aten::special_expit(Tensor self) -> Tensor', 'aten::sigmoid'],
  ['aten::special_erf(Tensor self) -> Tensor', 'aten::erf'],
  ['aten::special_erfc(Tensor self) -> Tensor', 'aten::erfc'],
  ['aten::special_expm1(Tensor self) -> Tensor', 'aten::expm1'],
  ['aten::special_exp2(Tensor self) -> Tensor', 'aten::exp2'],
  ['aten::special_log1p(Tensor self) -> Tensor', 'aten::log1p'],
  ['aten::special_logit(Tensor self, float? eps=None) -> Tensor', 'aten::logit'],
  ['aten::special_logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor', 'aten::logsumexp'],
  ['aten::special_xlogy(Tensor self, Tensor other) -> Tensor', 'aten::xlogy.Tensor'],
  ['aten::special_round(Tensor self, *, int decimals=0) -> Tensor', 'aten::round.decimals'],
];

for (const [schema, target] of ALIASES) {
  const entry = lookupOp(target);
  if (entry?.kernel == null) throw new Error(`alias of a missing operator ${target}`);
  defineOp(schema, entry.kernel);
}
