// Backward formulas of view and shape ops: the gradient goes back through the inverse view, or
// into a zero tensor of the input's shape through the same view (select, slice, index).
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { defineFormula } from './record';
import { ints, op, sumTo, wrap, zeros } from './ops';

const T = (v: IValue | undefined): Tensor => v as Tensor;

function reshapedTo(g: Tensor, like: Tensor): Tensor {
  return op('aten::reshape', g, ints(like.shape));
}

defineFormula(
  ['aten::view', 'aten::reshape', 'aten::view_as', 'aten::reshape_as', 'aten::flatten.using_ints', 'aten::squeeze', 'aten::unflatten.int'],
  ([g], { args }) => [reshapedTo(g!, T(args[0]))],
  { saves: false },
);
defineFormula('aten::squeeze.dim', ([g], { args }) => {
  const x = T(args[0]);
  const d = wrap(args[1]!, x.ndim);
  return [x.ndim > 0 && x.shape[d] === 1 ? op('aten::unsqueeze', g!, BigInt(d)) : g];
}, { saves: false });
defineFormula('aten::unsqueeze', ([g], { args }) => [op('aten::squeeze.dim', g!, args[1]!)], { saves: false });
defineFormula(['aten::expand', 'aten::expand_as', 'aten::broadcast_to'], ([g], { args }) => [sumTo(g!, T(args[0]).shape)], { saves: false });
defineFormula('aten::permute', ([g], { args }) => {
  const dims = (args[1] as bigint[]).map((d) => wrap(d, g!.ndim));
  const inverse = dims.map((_, i) => BigInt(dims.indexOf(i)));
  return [op('aten::permute', g!, inverse)];
}, { saves: false });
defineFormula('aten::transpose.int', ([g], { args }) => [op('aten::transpose.int', g!, args[1]!, args[2]!)], { saves: false });
defineFormula('aten::t', ([g]) => [op('aten::t', g!)], { saves: false });

/** A zero tensor shaped like `x` with `g` written through the same view the op took. */
function scattered(x: Tensor, g: Tensor, view: (z: Tensor) => Tensor): Tensor {
  const z = zeros(x.shape, g.dtype);
  op('aten::copy_', view(z), g);
  return z;
}

defineFormula('aten::select.int', ([g], { args }) => [scattered(T(args[0]), g!, (z) => op('aten::select.int', z, args[1]!, args[2]!))], { saves: false });
defineFormula('aten::slice.Tensor', ([g], { args }) => [scattered(T(args[0]), g!, (z) => op('aten::slice.Tensor', z, args[1]!, args[2]!, args[3]!, args[4]!))], { saves: false });
defineFormula('aten::narrow', ([g], { args }) => [scattered(T(args[0]), g!, (z) => op('aten::narrow', z, args[1]!, args[2]!, args[3]!))], { saves: false });
// index_put_ with accumulate=True: a repeated index receives the sum of its gradients.
defineFormula(['aten::index.Tensor', 'aten::index.Tensor_hacked_twin'], ([g], { args }) => {
  const z = zeros(T(args[0]).shape, g!.dtype);
  return [op('aten::index_put_', z, args[1]!, g!, true)];
}, { reads: [1] });
defineFormula('aten::index_select', ([g], { args }) => {
  const x = T(args[0]);
  const d = wrap(args[1]!, x.ndim);
  const indices: (Tensor | null)[] = x.shape.map(() => null);
  indices[d] = T(args[2]);
  return [op('aten::index_put_', zeros(x.shape, g!.dtype), indices.slice(0, d + 1), g!, true)];
}, { reads: [2] });
defineFormula('aten::gather', ([g], { args }) => {
  const x = T(args[0]);
  return [op('aten::scatter_add', zeros(x.shape, g!.dtype), args[1]!, args[2]!, g!)];
}, { reads: [2] });

defineFormula('aten::cat', ([g], { args }) => {
  const xs = args[0] as Tensor[];
  const nonEmpty = xs.find((x) => x.ndim > 0 && x.numel > 0) ?? xs[0]!;
  const d = wrap(args[1]!, nonEmpty.ndim);
  let at = 0;
  return [
    xs.map((x) => {
      // Legacy empty inputs (shape [0]) take no part in the concatenation.
      if (x.ndim === 1 && x.numel === 0 && nonEmpty.ndim !== 1) return null;
      const part = op('aten::narrow', g!, BigInt(d), BigInt(at), BigInt(x.shape[d]!));
      at += x.shape[d]!;
      return part;
    }),
  ];
}, { saves: false });
defineFormula('aten::stack', ([g], { args }) => {
  const xs = args[0] as Tensor[];
  const d = wrap(args[1]!, xs[0]!.ndim + 1);
  return [xs.map((_, i) => op('aten::select.int', g!, BigInt(d), BigInt(i)))];
}, { saves: false });
// Multi-output views: the gradient of the input is the outputs' gradients put back together.
defineFormula(['aten::split.Tensor', 'aten::split.sizes', 'aten::split_with_sizes', 'aten::chunk', 'aten::split'], (gs, { args }) => {
  const x = T(args[0]);
  return [op('aten::cat', [...gs], BigInt(wrap(args[2]!, x.ndim)))];
}, { saves: false });
defineFormula('aten::unbind.int', (gs, { args }) => [op('aten::stack', [...gs], args[1]!)], { saves: false });
defineFormula('aten::broadcast_tensors', (gs) => [gs], { saves: false });
defineFormula('aten::flip', ([g], { args }) => [op('aten::flip', g!, args[1]!)], { saves: false });
defineFormula('aten::repeat', ([g], { args }) => {
  const x = T(args[0]);
  const reps = (args[1] as bigint[]).map(Number);
  const lead = reps.length - x.ndim;
  // Each input dim d of size s is tiled r times: view as [r, s] and sum the r copies.
  const shape: number[] = [];
  const sumDims: number[] = [];
  reps.forEach((r, i) => {
    const s = i < lead ? 1 : x.shape[i - lead]!;
    sumDims.push(shape.length);
    shape.push(r, s);
  });
  const summed = op('aten::sum.dim_IntList', op('aten::reshape', g!, ints(shape)), ints(sumDims), false);
  return [op('aten::reshape', summed, ints(x.shape))];
}, { saves: false });
