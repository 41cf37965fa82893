// Backward formulas of more math and activation ops (derivatives.yaml of torch 1.13), and the
// aliases that share a formula (subtract, divide, clip, arccos, ...).
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { callOp } from '../ops/index';
import { defineFormula } from './record';
import { add, div, mul, neg, op, sub } from './ops';

const T = (v: IValue | undefined): Tensor => v as Tensor;
const x0 = (args: readonly IValue[]): Tensor => T(args[0]);
const where = (keep: Tensor, g: Tensor): Tensor => op('aten::where.ScalarOther', keep, g, 0);
const sq = (t: Tensor): Tensor => mul(t, t);
const exp = (t: Tensor): Tensor => op('aten::exp', t);
const sigmoid = (t: Tensor): Tensor => op('aten::sigmoid', t);
const rsub1 = (t: Tensor): Tensor => op('aten::rsub.Scalar', t, 1);
const plus = (t: Tensor, s: number): Tensor => op('aten::add.Scalar', t, s);
const cmp = (name: string, t: Tensor, s: IValue): Tensor => op(`aten::${name}.Scalar`, t, s);
const and = (a: Tensor, b: Tensor): Tensor => op('aten::logical_and', a, b);

/** A unary op whose gradient is `grad * d(self, result)`. */
function unary(names: string | readonly string[], d: (x: Tensor, y: Tensor, args: readonly IValue[]) => Tensor, reads: readonly (number | 'out')[] = [0]): void {
  defineFormula(names, ([g], { args, outputs }) => [mul(g!, d(x0(args), outputs[0]!, args))], { reads });
}

unary('aten::log2', (x) => op('aten::reciprocal', mul(x, Math.LN2)));
unary('aten::log10', (x) => op('aten::reciprocal', mul(x, Math.LN10)));
unary('aten::log1p', (x) => op('aten::reciprocal', plus(x, 1)));
unary('aten::expm1', (_, y) => plus(y, 1), ['out']);
unary('aten::exp2', (_, y) => mul(y, Math.LN2), ['out']);
unary('aten::tan', (_, y) => plus(sq(y), 1), ['out']);
unary(['aten::asin', 'aten::arcsin'], (x) => op('aten::rsqrt', rsub1(sq(x))));
unary(['aten::acos', 'aten::arccos'], (x) => neg(op('aten::rsqrt', rsub1(sq(x)))));
unary(['aten::atan', 'aten::arctan'], (x) => op('aten::reciprocal', plus(sq(x), 1)));
unary('aten::sinh', (x) => op('aten::cosh', x));
unary('aten::cosh', (x) => op('aten::sinh', x));
unary('aten::asinh', (x) => op('aten::rsqrt', plus(sq(x), 1)));
unary('aten::acosh', (x) => op('aten::rsqrt', plus(sq(x), -1)));
unary('aten::atanh', (x) => op('aten::reciprocal', rsub1(sq(x))));
unary(['aten::erf', 'aten::special_erf'], (x) => mul(exp(neg(sq(x))), 2 / Math.sqrt(Math.PI)));
unary(['aten::erfc', 'aten::special_erfc'], (x) => mul(exp(neg(sq(x))), -2 / Math.sqrt(Math.PI)));
unary('aten::log_sigmoid', (x) => sigmoid(neg(x)));
unary('aten::special_expit', (_, y) => mul(rsub1(y), y), ['out']);
unary('aten::relu6', (x) => and(cmp('gt', x, 0), cmp('lt', x, 6)));
unary('aten::hardsigmoid', (x) => mul(and(cmp('gt', x, -3), cmp('lt', x, 3)), 1 / 6));
unary('aten::hardswish', (x) => op('aten::where.ScalarOther', cmp('gt', x, -3), op('aten::where.ScalarSelf', cmp('ge', x, 3), 1, plus(div(x, 3), 0.5)), 0));
unary('aten::softplus', (x, _, args) => {
  const bx = mul(x, args[1]!);
  return op('aten::where.ScalarSelf', cmp('gt', bx, args[2]!), 1, sigmoid(bx));
});
// gelu_backward: Φ(x) + x φ(x), or the tanh approximation's derivative.
unary('aten::gelu', (x, _, args) => {
  if (args[1] === 'tanh') {
    const [beta, kappa] = [Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5, 0.044715];
    const t = op('aten::tanh', mul(add(x, mul(mul(sq(x), x), kappa)), beta));
    const right = plus(t, 1);
    const inner = mul(plus(mul(sq(x), 3 * kappa), 1), beta);
    return add(mul(right, 0.5), mul(mul(mul(x, 0.5), rsub1(sq(t))), inner));
  }
  const cdf = mul(plus(op('aten::erf', mul(x, Math.SQRT1_2)), 1), 0.5);
  const pdf = mul(exp(mul(sq(x), -0.5)), 1 / Math.sqrt(2 * Math.PI));
  return add(cdf, mul(x, pdf));
});
unary('aten::selu', (x) => {
  const [alpha, scale] = [1.6732632423543772, 1.0507009873554805];
  return op('aten::where.ScalarSelf', cmp('gt', x, 0), scale, mul(exp(x), alpha * scale));
});
unary('aten::celu', (x, _, args) => op('aten::where.ScalarSelf', cmp('gt', x, 0), 1, exp(div(x, args[1]!))));
unary('aten::mish', (x) => {
  const t = op('aten::tanh', op('aten::softplus', x));
  return add(t, mul(mul(x, sigmoid(x)), rsub1(sq(t))));
});
unary('aten::threshold', (x, _, args) => cmp('gt', x, args[1]!));
unary(['aten::softshrink', 'aten::hardshrink'], (x, _, args) => cmp('gt', op('aten::abs', x), args[1]!));
unary('aten::clamp_max', (x, _, args) => cmp('le', x, args[1]!));
unary(['aten::sgn', 'aten::sign'], (x) => mul(x, 0));
defineFormula('aten::negative', ([g]) => [neg(g!)], { saves: false });
unary(['aten::absolute'], (x) => op('aten::sign', x));

defineFormula(['aten::clip'], ([g], { args }) => {
  const x = x0(args);
  let keep: Tensor | null = null;
  if (args[1] !== null) keep = cmp('ge', x, args[1]!);
  if (args[2] !== null) keep = keep ? and(keep, cmp('le', x, args[2]!)) : cmp('le', x, args[2]!);
  return [keep ? where(keep, g!) : g];
}, { reads: [0] });
defineFormula(['aten::clamp.Tensor', 'aten::clip.Tensor'], ([g], { args }) => {
  const [x, lo, hi] = [x0(args), args[1] as Tensor | null, args[2] as Tensor | null];
  let keep: Tensor | null = null;
  if (lo) keep = op('aten::ge.Tensor', x, lo);
  if (hi) keep = keep ? and(keep, op('aten::le.Tensor', x, hi)) : op('aten::le.Tensor', x, hi);
  const below = lo ? where(op('aten::lt.Tensor', x, lo), g!) : null;
  const above = hi ? where(op('aten::gt.Tensor', x, hi), g!) : null;
  return [keep ? where(keep, g!) : g, below, above];
}, { reads: [0, 1, 2] });
defineFormula('aten::atan2', ([g], { args }) => {
  const [y, x] = [x0(args), T(args[1])];
  const r2 = add(sq(x), sq(y));
  return [mul(g!, div(x, r2)), mul(g!, div(neg(y), r2))];
});
// maximum/minimum: ties share the gradient equally.
for (const [names, loses] of [[['aten::max.other', 'aten::fmax', 'aten::maximum'], 'lt'], [['aten::min.other', 'aten::fmin', 'aten::minimum'], 'gt']] as const) {
  defineFormula(names, ([g], { args }) => {
    const [a, b] = [x0(args), T(args[1])];
    const shared = op('aten::where.self', op('aten::eq.Tensor', a, b), div(g!, 2), g!);
    return [where(op('aten::logical_not', op(`aten::${loses}.Tensor`, a, b)), shared), where(op('aten::logical_not', op(`aten::${loses}.Tensor`, b, a)), shared)];
  });
}
defineFormula(['aten::lerp.Scalar'], ([g], { args }) => [mul(g!, 1 - Number(args[2])), mul(g!, args[2]!)], { reads: [] });
defineFormula(['aten::lerp.Tensor'], ([g], { args }) => {
  const [a, b, w] = [x0(args), T(args[1]), T(args[2])];
  return [mul(g!, rsub1(w)), mul(g!, w), mul(g!, sub(b, a))];
});
defineFormula(['aten::addcmul'], ([g], { args }) => {
  const [t1, t2, v] = [T(args[1]), T(args[2]), args[3]!];
  return [g, mul(mul(g!, t2), v), mul(mul(g!, t1), v)];
}, { reads: [1, 2] });
defineFormula(['aten::addcdiv'], ([g], { args }) => {
  const [t1, t2, v] = [T(args[1]), T(args[2]), args[3]!];
  return [g, mul(div(g!, t2), v), neg(mul(mul(g!, v), div(div(t1, t2), t2)))];
}, { reads: [1, 2] });
defineFormula(['aten::subtract.Tensor'], ([g], { args }) => [g, mul(neg(g!), args[2]!)], { saves: false });
defineFormula(['aten::subtract.Scalar'], ([g]) => [g], { saves: false });
defineFormula(['aten::divide.Tensor', 'aten::true_divide.Tensor'], ([g], { args }) => [div(g!, T(args[1])), mul(neg(g!), div(div(x0(args), T(args[1])), T(args[1])))]);
defineFormula(['aten::divide.Scalar', 'aten::true_divide.Scalar'], ([g], { args }) => [div(g!, args[1]!)], { saves: false });
// A rounded quotient is piecewise constant: no gradient flows (PyTorch gives zeros).
defineFormula(['aten::div.Tensor_mode', 'aten::div.Scalar_mode', 'aten::divide.Tensor_mode', 'aten::divide.Scalar_mode'], ([g]) => [mul(g!, 0), null], { saves: false });
const rounded = (a: Tensor, b: Tensor, mode: string): Tensor => callOp('aten::div.Tensor_mode', [a, b], { rounding_mode: mode }) as Tensor;
defineFormula('aten::remainder.Tensor', ([g], { args }) => [g, mul(neg(g!), rounded(x0(args), T(args[1]), 'floor'))]);
defineFormula('aten::fmod.Tensor', ([g], { args }) => [g, mul(neg(g!), rounded(x0(args), T(args[1]), 'trunc'))]);
defineFormula(['aten::remainder.Scalar', 'aten::fmod.Scalar'], ([g]) => [g], { saves: false });
