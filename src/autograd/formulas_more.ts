// Backward formulas of more reductions, shape ops and losses: std/var, norms, amax/amin, cumsum,
// triu/tril, roll, sort/topk, padding, scatter, BCE, smooth L1/Huber, KL; and by recomputation
// (Note [Recomputed backward]) cosine_similarity, group_norm and conv1d.
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import { defineFormula } from './record';
import { div, ints, mul, neg, op, sub, wrap, zeros } from './ops';
import { gradsOf, leaf, r } from './recompute';

const T = (v: IValue | undefined): Tensor => v as Tensor;
const MEAN = 1;

/** The reduced dims of a `dim` argument (all for None or []), wrapped and sorted. */
function dimsOf(x: Tensor, dim: IValue | undefined): number[] {
  const ds = dim === null || dim === undefined ? [] : Array.isArray(dim) ? (dim as bigint[]) : [dim as bigint];
  if (ds.length === 0) return x.shape.map((_, i) => i);
  return ds.map((d) => wrap(d, x.ndim)).sort((a, b) => a - b);
}

/** `t` with the reduced dims back as size 1 unless keepdim. */
function unreduce(t: Tensor, dims: readonly number[], keepdim: boolean, ndim: number): Tensor {
  if (keepdim || ndim === 0) return t;
  return dims.reduce((acc, d) => op('aten::unsqueeze', acc, BigInt(d)), t);
}

/** var/std overloads: (dims, correction, keepdim) from the schema's arguments. */
function varArgs(name: string, x: Tensor, args: readonly IValue[]): [number[], number, boolean] {
  if (name.endsWith('.correction')) return [dimsOf(x, args[1]), args[2] === null || args[2] === undefined ? 1 : Number(args[2]), args[3] === true];
  if (name.endsWith('.dim')) return [dimsOf(x, args[1]), args[2] === false ? 0 : 1, args[3] === true];
  return [dimsOf(x, null), args[1] === false ? 0 : 1, false];
}

for (const base of ['var', 'std']) {
  for (const overload of ['', '.dim', '.correction']) {
    const name = `aten::${base}${overload}`;
    // var: grad * 2 (x - mean) / (N - correction); std: that / (2 std).
    defineFormula(name, ([g], { args, outputs }) => {
      const x = T(args[0]);
      const [dims, correction, keepdim] = varArgs(name, x, args);
      const n = dims.reduce((acc, d) => acc * x.shape[d]!, 1);
      const centered = sub(x, op('aten::mean.dim', x, ints(dims), true));
      const gk = unreduce(g!, dims, keepdim, x.ndim);
      const dvar = mul(mul(gk, centered), 2 / Math.max(n - correction, 0));
      return [base === 'var' ? dvar : div(dvar, mul(unreduce(outputs[0]!, dims, keepdim, x.ndim), 2))];
    }, { reads: base === 'var' ? [0] : [0, 'out'] });
  }
}

/** d‖x‖_p: sign(x) |x|^(p-1) / ‖x‖^(p-1), 0 where the norm is 0; ties share the gradient for p = inf. */
function normGrad(g: Tensor, x: Tensor, norm: Tensor, p: number, dims: number[], keepdim: boolean): Tensor {
  const gk = unreduce(g, dims, keepdim, x.ndim);
  const nk = unreduce(norm, dims, keepdim, x.ndim);
  if (p === 0) return mul(x, 0);
  if (p === 1) return mul(gk, op('aten::sign', x));
  if (p === Infinity || p === -Infinity) {
    const hit = op('aten::eq.Tensor', op('aten::abs', x), nk);
    const count = op('aten::sum.dim_IntList', hit, ints(dims), true);
    return mul(op('aten::sign', x), op('aten::where.ScalarOther', hit, div(gk, count), 0));
  }
  const scale = p === 2 ? x : mul(op('aten::sign', x), op('aten::pow.Tensor_Scalar', op('aten::abs', x), p - 1));
  const denom = p === 2 ? nk : op('aten::pow.Tensor_Scalar', nk, p - 1);
  return op('aten::masked_fill.Scalar', mul(gk, div(scale, denom)), op('aten::eq.Scalar', nk, 0), 0);
}

const pOf = (v: IValue | undefined): number => (v === null || v === undefined ? 2 : Number(v));
defineFormula('aten::norm.Scalar', ([g], { args, outputs }) => [normGrad(g!, T(args[0]), outputs[0]!, pOf(args[1]), dimsOf(T(args[0]), null), false)], { reads: [0, 'out'] });
defineFormula(['aten::norm.ScalarOpt_dim', 'aten::linalg_vector_norm'], ([g], { args, outputs }) => {
  const x = T(args[0]);
  return [normGrad(g!, x, outputs[0]!, pOf(args[1]), dimsOf(x, args[2]), args[3] === true)];
}, { reads: [0, 'out'] });
defineFormula('aten::dist', ([g], { args, outputs }) => {
  const d = sub(T(args[0]), T(args[1]));
  const gd = normGrad(g!, d, outputs[0]!, pOf(args[2]), dimsOf(d, null), false);
  return [gd, neg(gd)];
});
// amax/amin: ties share the gradient.
defineFormula(['aten::amax', 'aten::amin'], ([g], { args, outputs }) => {
  const x = T(args[0]);
  const dims = dimsOf(x, args[1]);
  const keep = args[2] === true;
  const hit = op('aten::eq.Tensor', x, unreduce(outputs[0]!, dims, keep, x.ndim));
  const count = op('aten::sum.dim_IntList', hit, ints(dims), true);
  return [op('aten::where.ScalarOther', hit, div(unreduce(g!, dims, keep, x.ndim), count), 0)];
}, { reads: [0, 'out'] });
// cumsum: the reversed cumulative sum of the gradient.
defineFormula('aten::cumsum', ([g], { args }) => {
  const d = [BigInt(wrap(args[1]!, T(args[0]).ndim))];
  return [op('aten::flip', op('aten::cumsum', op('aten::flip', g!, d), d[0]!), d)];
}, { saves: false });
defineFormula('aten::triu', ([g], { args }) => [op('aten::triu', g!, args[1]!)], { saves: false });
defineFormula('aten::tril', ([g], { args }) => [op('aten::tril', g!, args[1]!)], { saves: false });
defineFormula('aten::roll', ([g], { args }) => [op('aten::roll', g!, (Array.isArray(args[1]) ? (args[1] as bigint[]) : [args[1] as bigint]).map((s) => -s), args[2]!)], { saves: false });
defineFormula('aten::outer', ([g], { args }) => [op('aten::mv', g!, T(args[1])), op('aten::mv', op('aten::t', g!), T(args[0]))]);
defineFormula('aten::baddbmm', ([g], { args }) => {
  const [b1, b2, beta, alpha] = [T(args[1]), T(args[2]), args[3]!, args[4]!];
  const mT = (t: Tensor): Tensor => op('aten::transpose.int', t, 1n, 2n);
  return [mul(g!, beta), mul(op('aten::bmm', g!, mT(b2)), alpha), mul(op('aten::bmm', mT(b1), g!), alpha)];
}, { reads: [1, 2] });
// sort/topk values: each gradient goes back to where its value came from.
for (const [name, dimAt] of [['aten::sort', 1], ['aten::sort.stable', 2], ['aten::topk', 2]] as const) {
  defineFormula(name, ([g], { args, outputs }) => {
    const x = T(args[0]);
    return [op('aten::scatter.src', op('aten::zeros_like', x), BigInt(wrap(args[dimAt]!, x.ndim)), outputs[1]!, g!)];
  }, { reads: ['out'] });
}
defineFormula(['aten::movedim.int', 'aten::moveaxis.int', 'aten::movedim.intlist', 'aten::moveaxis.intlist'], ([g], { args }) => [op('aten::movedim.intlist', g!, Array.isArray(args[2]) ? args[2] : [args[2]!], Array.isArray(args[1]) ? args[1] : [args[1]!])], { saves: false });
defineFormula(['aten::swapaxes', 'aten::swapdims'], ([g], { args }) => [op('aten::transpose.int', g!, args[1]!, args[2]!)], { saves: false });
defineFormula(['aten::ravel'], ([g], { args }) => [op('aten::reshape', g!, ints(T(args[0]).shape))], { saves: false });
// constant_pad_nd: the gradient is the unpadded window (negative pads crop, so they pad back).
defineFormula(['aten::constant_pad_nd', 'aten::pad'], ([g], { args }) => {
  if (args.length > 3 && args[2] !== 'constant') throw new TorchError('NotImplementedError', `the derivative of pad(mode='${String(args[2])}') is not implemented yet`);
  const pad = (args[1] as bigint[]).map(Number);
  const x = T(args[0]);
  let r0 = g!;
  for (let i = 0; i < pad.length / 2; i++) {
    const d = x.ndim - 1 - i;
    const before = pad[2 * i]!;
    if (before >= 0 && pad[2 * i + 1]! >= 0) r0 = op('aten::narrow', r0, BigInt(d), BigInt(before), BigInt(x.shape[d]!));
    else return [op('aten::constant_pad_nd', g!, pad.map((p) => BigInt(-p)), 0)];
  }
  return [r0];
}, { saves: false });
defineFormula(['aten::scatter.src'], ([g], { args }) => [op('aten::scatter.value', g!, args[1]!, T(args[2]), 0), null, null, op('aten::gather', g!, args[1]!, T(args[2]))], { reads: [2] });
defineFormula(['aten::scatter.value'], ([g], { args }) => [op('aten::scatter.value', g!, args[1]!, T(args[2]), 0)], { reads: [2] });
defineFormula(['aten::scatter_add'], ([g], { args }) => [g, null, null, op('aten::gather', g!, args[1]!, T(args[2]))], { reads: [2] });
defineFormula(['aten::index_add'], ([g], { args }) => [g, null, null, mul(op('aten::index_select', g!, args[1]!, T(args[2])), args[4]!)], { reads: [2] });
defineFormula(['aten::index_put'], ([g], { args }) => {
  const indices = args[1]!;
  const gSelf = args[3] === true ? g! : op('aten::index_put', g!, indices, zeros([], g!.dtype), false);
  return [gSelf, null, op('aten::index.Tensor', g!, indices)];
}, { reads: [1] });
// Writes: the overwritten values get no gradient, the written ones get it (Note [In-place on views]).
defineFormula('aten::copy_', ([g]) => [op('aten::zeros_like', g!), g, null], { saves: false });
defineFormula(['aten::fill_.Scalar', 'aten::zero_'], ([g]) => [op('aten::zeros_like', g!)], { saves: false });
defineFormula('aten::fill_.Tensor', ([g]) => [op('aten::zeros_like', g!), op('aten::sum', g!)], { saves: false });
defineFormula('aten::index_put_', ([g], { args }) => {
  const indices = args[1]!;
  const gSelf = args[3] === true ? g! : op('aten::index_put', g!, indices, zeros([], g!.dtype), false);
  return [gSelf, null, op('aten::index.Tensor', g!, indices)];
}, { reads: [1] });
defineFormula(['aten::masked_select'], ([g], { args }) => {
  const [x, mask] = [T(args[0]), T(args[1])];
  const full = op('aten::expand', mask, ints(x.shape));
  return [op('aten::index_put_', zeros(x.shape, g!.dtype), [full], g!, true), null];
}, { reads: [1] });
defineFormula('aten::glu', ([g], { args }) => {
  const x = T(args[0]);
  const d = BigInt(wrap(args[1]!, x.ndim));
  const [a, b] = op('aten::chunk', x, 2n, d) as unknown as Tensor[];
  const s = op('aten::sigmoid', b!);
  return [op('aten::cat', [mul(g!, s), mul(mul(mul(g!, a!), s), op('aten::rsub.Scalar', s, 1))], d)];
});
defineFormula('aten::prelu', ([g], { args }) => {
  const [x, w] = [T(args[0]), T(args[1])];
  const shape = x.shape.map((s, i) => (i === 1 && w.numel > 1 ? s : 1));
  const wk = x.ndim >= 2 ? op('aten::reshape', w, ints(shape)) : w;
  const pos = op('aten::gt.Scalar', x, 0);
  const gx = op('aten::where.self', pos, g!, mul(g!, wk));
  const gw = op('aten::where.ScalarOther', op('aten::logical_not', pos), mul(g!, x), 0);
  return [gx, op('aten::reshape', op('aten::sum.dim_IntList', gw, ints(shape.map((s, i) => (s === 1 ? i : -1)).filter((i) => i >= 0)), false), ints(w.shape))];
});

/** Loss gradient scaled for the reduction (mean divides by numel; none multiplies elementwise). */
function reduced(d: Tensor, g: Tensor, reduction: number): Tensor {
  const s = mul(d, g);
  return reduction === MEAN ? div(s, BigInt(d.numel)) : s;
}

defineFormula('aten::binary_cross_entropy', ([g], { args }) => {
  const [x, y, w] = [T(args[0]), T(args[1]), args[2]];
  let d = div(sub(x, y), op('aten::clamp_min', mul(op('aten::rsub.Scalar', x, 1), x), 1e-12));
  if (w instanceof Tensor) d = mul(d, w);
  return [reduced(d, g!, Number(args[3])), null, null];
});
defineFormula('aten::binary_cross_entropy_with_logits', ([g], { args }) => {
  const [x, y, w, pw] = [T(args[0]), T(args[1]), args[2], args[3]];
  let d: Tensor;
  if (pw instanceof Tensor) {
    const t = mul(pw, y);
    d = sub(mul(sub(op('aten::add.Scalar', t, 1), y), op('aten::sigmoid', x)), t);
  } else {
    d = sub(op('aten::sigmoid', x), y);
  }
  if (w instanceof Tensor) d = mul(d, w);
  return [reduced(d, g!, Number(args[4])), null, null, null];
});
// smooth_l1: d / beta inside |d| < beta, else sign(d); huber: d inside |d| < delta, else delta sign(d).
for (const huber of [false, true]) {
  defineFormula(huber ? 'aten::huber_loss' : 'aten::smooth_l1_loss', ([g], { args }) => {
    const [x, y, limit] = [T(args[0]), T(args[1]), Number(args[3])];
    const diff = sub(x, y);
    const small = op('aten::lt.Scalar', op('aten::abs', diff), limit);
    const outside = mul(op('aten::sign', diff), huber ? limit : 1);
    const d = reduced(op('aten::where.self', small, huber ? diff : div(diff, limit), outside), g!, Number(args[2]));
    return [d, neg(d)];
  });
}

// kl_div_backward and kl_div_target_backward (log_target or not).
defineFormula('aten::kl_div', ([g], { args }) => {
  const [x, y] = [T(args[0]), T(args[1])];
  const reduction = Number(args[2]);
  if (args[3] === true) {
    const e = op('aten::exp', y);
    return [reduced(neg(e), g!, reduction), reduced(mul(e, sub(op('aten::add.Scalar', y, 1), x)), g!, reduction)];
  }
  const positive = op('aten::gt.Scalar', y, 0);
  const dx = op('aten::where.ScalarOther', positive, neg(y), 0);
  const dy = op('aten::where.ScalarOther', positive, sub(op('aten::add.Scalar', op('aten::log', y), 1), x), 0);
  return [reduced(dx, g!, reduction), reduced(dy, g!, reduction)];
});

// Composite ops recomputed on a private tape.
defineFormula('aten::cosine_similarity', (grads, { args }) => {
  const [a, b] = [leaf(T(args[0])), leaf(T(args[1]))];
  const dim = args[2]!;
  const eps = Number(args[3]);
  const dot = r('aten::sum.dim_IntList', r('aten::mul.Tensor', a, b), [dim], false);
  const na = r('aten::sum.dim_IntList', r('aten::mul.Tensor', a, a), [dim], false);
  const nb = r('aten::sum.dim_IntList', r('aten::mul.Tensor', b, b), [dim], false);
  const out = r('aten::div.Tensor', dot, r('aten::sqrt', r('aten::clamp_min', r('aten::mul.Tensor', na, nb), eps * eps)));
  const [ga, gb] = gradsOf([out], grads, [a, b]);
  return [ga!, gb!];
});
defineFormula('aten::group_norm', (grads, { args }) => {
  const x = leaf(T(args[0]));
  const groups = Number(args[1]);
  const [w, b] = [args[2] instanceof Tensor ? leaf(args[2]) : null, args[3] instanceof Tensor ? leaf(args[3]) : null];
  const grouped = r('aten::reshape', x, ints([x.shape[0]!, groups, -1]));
  const mean = r('aten::mean.dim', grouped, [2n], true);
  const centered = r('aten::sub.Tensor', grouped, mean);
  const variance = r('aten::mean.dim', r('aten::mul.Tensor', centered, centered), [2n], true);
  let y = r('aten::reshape', r('aten::mul.Tensor', centered, r('aten::rsqrt', r('aten::add.Scalar', variance, Number(args[4])))), ints(x.shape));
  const affine = x.shape.map((s, i) => (i === 1 ? s : 1));
  if (w) y = r('aten::mul.Tensor', y, r('aten::reshape', w, ints(affine)));
  if (b) y = r('aten::add.Tensor', y, r('aten::reshape', b, ints(affine)));
  const leaves = [x, ...(w ? [w] : []), ...(b ? [b] : [])];
  const gs = gradsOf([y], grads, leaves);
  return [gs[0]!, null, w ? gs[1]! : null, b ? gs[w ? 2 : 1]! : null];
});
defineFormula('aten::conv1d', (grads, { args }) => {
  const [x, w] = [leaf(T(args[0])), leaf(T(args[1]))];
  const b = args[2] instanceof Tensor ? leaf(args[2]) : null;
  const one = (v: IValue | undefined, d: number): bigint[] => [1n, Array.isArray(v) ? (v as bigint[])[0] ?? BigInt(d) : typeof v === 'bigint' ? v : BigInt(d)];
  const pad = (v: IValue | undefined): bigint[] => [0n, Array.isArray(v) ? (v as bigint[])[0] ?? 0n : typeof v === 'bigint' ? v : 0n];
  const batched = x.ndim === 3;
  const x4 = r('aten::unsqueeze', batched ? x : r('aten::unsqueeze', x, 0n), 2n);
  let y = r('aten::conv2d', x4, r('aten::unsqueeze', w, 2n), b, one(args[3], 1), pad(args[4]), one(args[5], 1), args[6]!);
  y = r('aten::squeeze.dim', y, 2n);
  if (!batched) y = r('aten::squeeze.dim', y, 0n);
  const gs = gradsOf([y], grads, [x, w, ...(b ? [b] : [])]);
  return [gs[0]!, gs[1]!, b ? gs[2]! : null];
});
