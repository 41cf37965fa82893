// Backward formulas of pointwise ops (derivatives.yaml of torch 1.13). Broadcasting is undone by
// the engine (at::sum_to in validate_outputs), so these return gradients of the output's shape.
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { defineFormula } from './record';
import { div, fusedFloat32, mul, neg, op, scaled, sub } from './ops';

const T = (v: IValue | undefined): Tensor => v as Tensor;

defineFormula(['aten::add.Tensor'], ([g], { args }) => [g, scaled(g!, args[2]!)], { saves: false, inplace: true });
defineFormula(['aten::add.Scalar'], ([g]) => [g], { saves: false, inplace: true });
defineFormula(['aten::sub.Tensor'], ([g], { args }) => [g, scaled(neg(g!), args[2]!)], { saves: false, inplace: true });
defineFormula(['aten::sub.Scalar'], ([g]) => [g], { saves: false, inplace: true });
defineFormula(['aten::rsub.Tensor'], ([g], { args }) => [scaled(neg(g!), args[2]!), g], { saves: false });
defineFormula(['aten::rsub.Scalar'], ([g], { args }) => [scaled(neg(g!), args[2]!)], { saves: false });
defineFormula(['aten::neg'], ([g]) => [neg(g!)], { saves: false, inplace: true });
defineFormula(['aten::mul.Tensor'], ([g], { args }) => [mul(g!, T(args[1])), mul(g!, T(args[0]))]);
defineFormula(['aten::mul.Scalar'], ([g], { args }) => [mul(g!, args[1]!)], { saves: false, inplace: true });
// div_tensor_other_backward: -grad * ((self / other) / other).
defineFormula(['aten::div.Tensor'], ([g], { args }) => [div(g!, T(args[1])), mul(neg(g!), div(div(T(args[0]), T(args[1])), T(args[1])))]);
defineFormula(['aten::div.Scalar'], ([g], { args }) => [div(g!, args[1]!)], { saves: false, inplace: true });

// pow_backward: grad * (exponent * self.pow(exponent - 1)); zero where the exponent is 0.
defineFormula(['aten::pow.Tensor_Scalar'], ([g], { args }) => {
  const e = args[1]!;
  if (Number(e) === 0) return [mul(g!, 0)];
  return [mul(g!, mul(op('aten::pow.Tensor_Scalar', T(args[0]), typeof e === 'bigint' ? e - 1n : Number(e) - 1), e))];
}, { reads: [0] });
defineFormula(['aten::pow.Tensor_Tensor'], ([g], { args, outputs }) => {
  const [self, e] = [T(args[0]), T(args[1])];
  const gs = mul(g!, mul(e, op('aten::pow.Tensor_Tensor', self, sub(e, 1))));
  const ge = mul(g!, mul(outputs[0]!, op('aten::log', self)));
  return [op('aten::where.ScalarSelf', op('aten::eq.Scalar', e, 0), 0, gs), ge];
});
defineFormula(['aten::pow.Scalar'], ([g], { args, outputs }) => [null, mul(g!, mul(outputs[0]!, Math.log(Number(args[0]))))], { reads: ['out'] });

defineFormula(['aten::exp'], ([g], { outputs }) => [mul(g!, outputs[0]!)], { reads: ['out'], inplace: true });
defineFormula(['aten::log'], ([g], { args }) => [div(g!, T(args[0]))]);
defineFormula(['aten::sqrt'], ([g], { outputs }) => [div(g!, mul(outputs[0]!, 2))], { reads: ['out'], inplace: true });
defineFormula(['aten::rsqrt'], ([g], { outputs }) => [mul(mul(g!, op('aten::pow.Tensor_Scalar', outputs[0]!, 3n)), -0.5)], { reads: ['out'], inplace: true });
defineFormula(['aten::reciprocal'], ([g], { outputs }) => [mul(neg(g!), mul(outputs[0]!, outputs[0]!))], { reads: ['out'], inplace: true });
defineFormula(['aten::square'], ([g], { args }) => [mul(g!, mul(T(args[0]), 2))]);
defineFormula(['aten::sin'], ([g], { args }) => [mul(g!, op('aten::cos', T(args[0])))]);
defineFormula(['aten::cos'], ([g], { args }) => [mul(g!, neg(op('aten::sin', T(args[0]))))]);
defineFormula(['aten::abs'], ([g], { args }) => [mul(g!, op('aten::sign', T(args[0])))]);
// tanh_backward / sigmoid_backward read the result: grad * (1 - y * y), grad * (1 - y) * y.
defineFormula(['aten::tanh'], ([g], { outputs }) => {
  const y = outputs[0]!;
  // 1 - y * y is one fused multiply-add in PyTorch's kernel.
  const fused = fusedFloat32(g!, y, (a, b) => a * Math.fround(1 - b * b));
  return [fused ?? mul(g!, op('aten::rsub.Scalar', mul(y, y), 1))];
}, { reads: ['out'], inplace: true });
defineFormula(['aten::sigmoid'], ([g], { outputs }) => [mul(mul(g!, op('aten::rsub.Scalar', outputs[0]!, 1)), outputs[0]!)], { reads: ['out'], inplace: true });

/** grad where `keep` holds, else 0 (threshold_backward and friends). */
function masked(g: Tensor, keep: Tensor): Tensor {
  return op('aten::where.ScalarOther', keep, g, 0);
}

defineFormula(['aten::relu'], ([g], { outputs }) => [masked(g!, op('aten::gt.Scalar', outputs[0]!, 0))], { reads: ['out'], inplace: true });
defineFormula(['aten::leaky_relu'], ([g], { args }) => {
  const x = T(args[0]);
  return [op('aten::where.self', op('aten::gt.Scalar', x, 0), g!, mul(g!, args[1]!))];
});
defineFormula(['aten::hardtanh'], ([g], { args }) => {
  const x = T(args[0]);
  const inside = op('aten::logical_and', op('aten::gt.Scalar', x, args[1]!), op('aten::lt.Scalar', x, args[2]!));
  return [masked(g!, inside)];
});
defineFormula(['aten::clamp'], ([g], { args }) => {
  let keep: Tensor | null = null;
  const x = T(args[0]);
  if (args[1] !== null) keep = op('aten::ge.Scalar', x, args[1]!);
  if (args[2] !== null) {
    const le = op('aten::le.Scalar', x, args[2]!);
    keep = keep ? op('aten::logical_and', keep, le) : le;
  }
  return [keep ? masked(g!, keep) : g];
});
defineFormula(['aten::clamp_min'], ([g], { args }) => [masked(g!, op('aten::ge.Scalar', T(args[0]), args[1]!))]);
defineFormula(['aten::silu'], ([g], { args }) => {
  const x = T(args[0]);
  const s = op('aten::sigmoid', x);
  return [mul(g!, mul(s, op('aten::add.Scalar', mul(x, op('aten::rsub.Scalar', s, 1)), 1)))];
});
defineFormula(['aten::elu'], ([g], { args, outputs }) => {
  const alpha = Number(args[1]);
  const x = T(args[0]);
  return [op('aten::where.self', op('aten::gt.Scalar', x, 0), g!, mul(g!, op('aten::add.Scalar', outputs[0]!, alpha)))];
});
defineFormula(['aten::where.self'], ([g], { args }) => [null, masked(g!, T(args[0])), masked(g!, op('aten::logical_not', T(args[0])))], { reads: [0] });
defineFormula(['aten::where.ScalarOther'], ([g], { args }) => [null, masked(g!, T(args[0]))], { reads: [0] });
defineFormula(['aten::where.ScalarSelf'], ([g], { args }) => [null, null, masked(g!, op('aten::logical_not', T(args[0])))], { reads: [0] });
defineFormula(['aten::masked_fill.Scalar'], ([g], { args }) => [op('aten::masked_fill.Scalar', g!, T(args[1]), 0)], { reads: [1], inplace: true });
defineFormula(['aten::masked_fill.Tensor'], ([g], { args }) => [op('aten::masked_fill.Scalar', g!, T(args[1]), 0), op('aten::sum', op('aten::where.ScalarOther', T(args[1]), g!, 0))], { reads: [1], inplace: true });
defineFormula(['aten::clone', 'aten::contiguous', 'aten::to.dtype', 'aten::to.device', 'aten::to.other', 'aten::to.prim_dtype', 'aten::to.prim_Device', 'aten::to.prim_other', 'aten::type_as', 'aten::alias'], ([g]) => [g], { saves: false });
defineFormula(['aten::dropout'], ([g], { args, outputs }) => {
  const [p, train] = [Number(args[1]), args[2] === true];
  if (!train || p === 0) return [g];
  if (p === 1) return [mul(g!, 0)];
  // The mask is where the result is non-zero (an input that was already 0 gets no gradient).
  return [mul(masked(g!, op('aten::ne.Scalar', outputs[0]!, 0)), 1 / (1 - p))];
}, { reads: ['out'] });
