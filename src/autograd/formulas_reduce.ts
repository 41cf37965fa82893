// Backward formulas of reductions and normalisations: sum, mean, max/min, logsumexp, softmax.
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { defineFormula } from './record';
import { TorchError } from '../runtime/errors';
import { div, ints, mul, op, sub, wrap } from './ops';
import { logSoftmaxBackwardFloat32, softmaxBackwardFloat32 } from './softmax_backward';

const T = (v: IValue | undefined): Tensor => v as Tensor;

/** The reduced dims of a `dim`/`keepdim` reduction, wrapped and sorted (all of them for None or []). */
function reducedDims(x: Tensor, dim: IValue | undefined): number[] {
  const ds = dim === null || dim === undefined ? [] : Array.isArray(dim) ? (dim as bigint[]) : [dim as bigint];
  if (ds.length === 0) return x.shape.map((_, i) => i);
  return ds.map((d) => wrap(d, x.ndim)).sort((a, b) => a - b);
}

/** The output gradient with the reduced dims put back as size 1 (keepdim=False undone). */
function unreduced(g: Tensor, x: Tensor, dims: readonly number[], keepdim: boolean): Tensor {
  if (keepdim || x.ndim === 0) return g;
  let r = g;
  for (const d of dims) r = op('aten::unsqueeze', r, BigInt(d));
  return r;
}

/** sum_backward: the gradient expanded over the summed dims. */
function expanded(g: Tensor, x: Tensor, dims: readonly number[], keepdim: boolean): Tensor {
  return op('aten::expand', unreduced(g, x, dims, keepdim), ints(x.shape));
}

defineFormula('aten::sum', ([g], { args }) => [op('aten::expand', g!, ints(T(args[0]).shape))], { saves: false });
defineFormula('aten::sum.dim_IntList', ([g], { args }) => {
  const x = T(args[0]);
  return [expanded(g!, x, reducedDims(x, args[1]), args[2] === true)];
}, { saves: false });
defineFormula('aten::mean', ([g], { args }) => {
  const x = T(args[0]);
  return [div(op('aten::expand', g!, ints(x.shape)), BigInt(x.numel))];
}, { saves: false });
defineFormula('aten::mean.dim', ([g], { args }) => {
  const x = T(args[0]);
  const dims = reducedDims(x, args[1]);
  const n = dims.reduce((acc, d) => acc * (x.shape[d] ?? 1), 1);
  return [div(expanded(g!, x, dims, args[2] === true), BigInt(n))];
}, { saves: false });

// value_selecting_reduction_backward: the gradient goes to the index each value came from.
defineFormula(['aten::max.dim', 'aten::min.dim'], ([g], { args, outputs }) => {
  const x = T(args[0]);
  const d = wrap(args[1]!, x.ndim);
  const keep = args[2] === true;
  const idx = keep ? outputs[1]! : op('aten::unsqueeze', outputs[1]!, BigInt(d));
  const gk = keep ? g! : op('aten::unsqueeze', g!, BigInt(d));
  return [op('aten::scatter.src', op('aten::zeros_like', x), BigInt(d), idx, gk)];
}, { reads: ['out'] });
// evenly_distribute_backward: ties share the gradient.
defineFormula(['aten::max', 'aten::min'], ([g], { args, outputs }) => {
  const mask = op('aten::eq.Tensor', T(args[0]), outputs[0]!);
  const share = div(g!, op('aten::sum', mask));
  return [op('aten::where.ScalarOther', mask, share, 0)];
});
defineFormula('aten::logsumexp', ([g], { args, outputs }) => {
  const x = T(args[0]);
  const dims = reducedDims(x, args[1]);
  const keep = args[2] === true;
  return [mul(unreduced(g!, x, dims, keep), op('aten::exp', sub(x, unreduced(outputs[0]!, x, dims, keep))))];
});

// _softmax_backward_data: y * (g - sum(g * y)); _log_softmax_backward_data: g - exp(y) * sum(g).
defineFormula('aten::softmax.int', ([g], { args, outputs }) => {
  const y = outputs[0]!;
  const dim = wrap(args[1]!, y.ndim);
  const exact = softmaxBackwardFloat32(g!, y, dim);
  if (exact) return [exact];
  const s = op('aten::sum.dim_IntList', mul(g!, y), [BigInt(dim)], true);
  return [mul(y, sub(g!, s))];
}, { reads: ['out'] });
defineFormula('aten::log_softmax.int', ([g], { args, outputs }) => {
  const y = outputs[0]!;
  return [logSoftmaxBackward(g!, y, wrap(args[1]!, y.ndim))];
}, { reads: ['out'] });

export function logSoftmaxBackward(g: Tensor, y: Tensor, dim: number): Tensor {
  const exact = logSoftmaxBackwardFloat32(g, y, dim);
  if (exact) return exact;
  const s = op('aten::sum.dim_IntList', g, [BigInt(dim)], true);
  return sub(g, mul(op('aten::exp', y), s));
}

// prod_backward: grad * (result / self) without zeros; a single zero gets the product of the others.
defineFormula('aten::prod', ([g], { args, outputs }) => {
  const x = T(args[0]);
  const v = Array.from(x.contiguous().values());
  const zerosAt = [...v.keys()].filter((i) => v[i] === 0);
  if (zerosAt.length === 0) return [mul(g!, div(outputs[0]!, x))];
  if (zerosAt.length > 1) return [op('aten::zeros_like', x)];
  const others = v.reduce((acc, y, i) => (i === zerosAt[0] ? acc : Math.fround(acc * y)), 1);
  const onehot = op('aten::zeros_like', x);
  op('aten::fill_.Scalar', op('aten::select.int', op('aten::view', onehot, [-1n]), 0n, BigInt(zerosAt[0]!)), others);
  return [mul(onehot, g!)];
});
defineFormula('aten::prod.dim_int', ([g], { args, outputs }) => {
  const x = T(args[0]);
  const d = wrap(args[1]!, x.ndim);
  const keep = args[2] === true;
  if (Array.from(x.contiguous().values()).some((y) => y === 0)) throw new TorchError('NotImplementedError', 'the derivative of prod(dim) over zeros is not implemented yet');
  return [mul(unreduced(g!, x, [d], keep), div(unreduced(outputs[0]!, x, [d], keep), x))];
});
