// More shape operators (swapaxes, tile, fliplr/flipud, rot90, unflatten, tensor_split, dstack,
// column_stack, atleast_nd) and vector products (inner, vdot, ger, addmv, kron).
import type { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TorchError, wrapDim } from '../runtime/errors';
import { broadcastAll } from '../runtime/broadcast';
import * as A from './args';
import { binaryOp } from './elementwise';
import { dot, mm, mv } from './linalg';
import { defineOp } from './registry';
import { cat, flip, repeat } from './shape';
import { outer } from './sorting';
import * as V from './views';

const t0 = (a: IValue[]): Tensor => A.tensor(a[0]);

defineOp('aten::_infer_size(int[] a, int[] b) -> int[]', (a) => A.ints(broadcastAll([A.intList(a[0]), A.intList(a[1])])));
defineOp('aten::swapaxes(Tensor(a) self, int axis0, int axis1) -> Tensor(a)', (a) => V.transpose(t0(a), A.int(a[1]), A.int(a[2])));
defineOp('aten::swapdims(Tensor(a) self, int dim0, int dim1) -> Tensor(a)', (a) => V.transpose(t0(a), A.int(a[1]), A.int(a[2])));

defineOp('aten::tile(Tensor self, int[] dims) -> Tensor', (a) => {
  const t = t0(a);
  const dims = A.intList(a[1]);
  const reps = dims.length < t.ndim ? [...new Array<number>(t.ndim - dims.length).fill(1), ...dims] : dims;
  return repeat(t, reps);
});

function needDims(t: Tensor, n: number): void {
  if (t.ndim < n) throw new TorchError('RuntimeError', `Input must be >= ${n}-d.`);
}
defineOp('aten::fliplr(Tensor self) -> Tensor', (a) => {
  needDims(t0(a), 2);
  return flip(t0(a), [1]);
});
defineOp('aten::flipud(Tensor self) -> Tensor', (a) => {
  needDims(t0(a), 1);
  return flip(t0(a), [0]);
});

defineOp('aten::rot90(Tensor self, int k=1, int[] dims=[0, 1]) -> Tensor', (a) => {
  const t = t0(a);
  const dims = A.intList(a[2]).map((d) => wrapDim(d, t.ndim));
  if (dims.length !== 2) throw new TorchError('RuntimeError', `expected total rotation dims == 2, but got dims = ${dims.length}`);
  const [d0, d1] = dims as [number, number];
  const k = ((A.int(a[1]) % 4) + 4) % 4;
  if (k === 1) return V.transpose(flip(t, [d1]), d0, d1);
  if (k === 2) return flip(t, [d0, d1]);
  if (k === 3) return flip(V.transpose(t, d0, d1), [d1]);
  return t.cast(t.dtype);
});

defineOp('aten::unflatten.int(Tensor(a) self, int dim, int[] sizes) -> Tensor(a)', (a) => {
  const t = t0(a);
  const d = wrapDim(A.int(a[1]), t.ndim);
  const given = A.intList(a[2]);
  if (!given.includes(-1) && given.reduce((x, y) => x * y, 1) !== t.shape[d]) {
    throw new TorchError('RuntimeError', `unflatten: Provided sizes [${given.join(', ')}] don't multiply up to the size of dim ${d} (${t.shape[d]}) in the input tensor`);
  }
  const sizes = V.inferSize(given, t.shape[d]!);
  return V.view(t, [...t.shape.slice(0, d), ...sizes, ...t.shape.slice(d + 1)]);
});

function splitAt(t: Tensor, bounds: readonly number[], dim: number): Tensor[] {
  const d = wrapDim(dim, t.ndim);
  const n = t.shape[d]!;
  const cuts = [0, ...bounds.map((b) => Math.min(Math.max(b < 0 ? b + n : b, 0), n)), n];
  const parts: Tensor[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) parts.push(V.narrow(t, d, cuts[i]!, Math.max(cuts[i + 1]! - cuts[i]!, 0)));
  return parts;
}
defineOp('aten::tensor_split.sections(Tensor(a -> *) self, int sections, int dim=0) -> Tensor(a)[]', (a) => {
  const t = t0(a);
  const s = A.int(a[1]);
  if (s <= 0) throw new TorchError('RuntimeError', `number of sections must be larger than 0, got ${s}`);
  const n = t.shape[wrapDim(A.int(a[2]), t.ndim)]!;
  const [q, r] = [Math.floor(n / s), n % s];
  const bounds: number[] = [];
  let at = 0;
  for (let i = 0; i + 1 < s; i++) bounds.push((at += q + (i < r ? 1 : 0)));
  return splitAt(t, bounds, A.int(a[2]));
});
defineOp('aten::tensor_split.indices(Tensor(a -> *) self, int[] indices, int dim=0) -> Tensor(a)[]', (a) => splitAt(t0(a), A.intList(a[1]), A.int(a[2])));

const atleast = (t: Tensor, n: number): Tensor => {
  if (t.ndim >= n) return t;
  if (n === 3 && t.ndim === 2) return V.unsqueeze(t, 2);
  if (n === 3 && t.ndim === 1) return V.unsqueeze(V.unsqueeze(t, 0), 2);
  return V.reshape(t, [...new Array<number>(n - t.ndim).fill(1), ...t.shape]);
};
for (const n of [1, 2, 3]) {
  defineOp(`aten::atleast_${n}d(Tensor self) -> Tensor`, (a) => atleast(t0(a), n));
  defineOp(`aten::atleast_${n}d.Sequence(Tensor[] tensors) -> Tensor[]`, (a) => A.tensorList(a[0]).map((t) => atleast(t, n)));
}
defineOp('aten::dstack(Tensor[] tensors) -> Tensor', (a) => cat(A.tensorList(a[0]).map((t) => atleast(t, 3)), 2));
defineOp('aten::column_stack(Tensor[] tensors) -> Tensor', (a) =>
  cat(A.tensorList(a[0]).map((t) => (t.ndim <= 1 ? V.reshape(t, [t.numel, 1]) : t)), 1),
);
defineOp('aten::row_stack(Tensor[] tensors) -> Tensor', (a) => cat(A.tensorList(a[0]).map((t) => atleast(t, 2)), 0));

defineOp('aten::inner(Tensor self, Tensor other) -> Tensor', (a) => {
  const [x, y] = [t0(a), A.tensor(a[1])];
  if (x.ndim === 0 || y.ndim === 0) return binaryOp(x, y, { host: (p, q) => p * q });
  const k = x.shape[x.ndim - 1]!;
  if (y.shape[y.ndim - 1] !== k) {
    throw new TorchError('RuntimeError', `inner() the last dimension must match on both input tensors but got shapes [${x.shape.join(', ')}] and [${y.shape.join(', ')}]`);
  }
  const prod = mm(V.reshape(x, [-1, k]), V.transpose(V.reshape(y, [-1, k]), 0, 1));
  return V.reshape(prod, [...x.shape.slice(0, -1), ...y.shape.slice(0, -1)]);
});
defineOp('aten::vdot(Tensor self, Tensor other) -> Tensor', (a) => dot(t0(a), A.tensor(a[1])));
defineOp('aten::ger(Tensor self, Tensor vec2) -> Tensor', (a) => outer(t0(a), A.tensor(a[1])));
defineOp('aten::addmv(Tensor self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor', (a) => {
  const [beta, alpha] = [A.scalar(a[3]), A.scalar(a[4])];
  let prod = mv(A.tensor(a[1]), A.tensor(a[2]));
  if (alpha.value !== 1) prod = binaryOp(prod, alpha, { host: (x, y) => x * y });
  if (beta.value === 0) return binaryOp(prod, binaryOp(t0(a), t0(a), { host: () => 0 }), { host: (x, z) => x + z });
  return binaryOp(binaryOp(t0(a), beta, { host: (x, y) => x * y }), prod, { host: (x, y) => x + y });
});

defineOp('aten::kron(Tensor self, Tensor other) -> Tensor', (a) => {
  const [x, y] = [t0(a), A.tensor(a[1])];
  const n = Math.max(x.ndim, y.ndim);
  const xs = V.reshape(x, [...new Array<number>(n - x.ndim).fill(1), ...x.shape]);
  const ys = V.reshape(y, [...new Array<number>(n - y.ndim).fill(1), ...y.shape]);
  // Interleave: x as [a0, 1, a1, 1, ...] times y as [1, b0, 1, b1, ...].
  const xi = V.reshape(xs, xs.shape.flatMap((s) => [s, 1]));
  const yi = V.reshape(ys, ys.shape.flatMap((s) => [1, s]));
  const prod = binaryOp(xi, yi, { host: (p, q) => p * q });
  return V.reshape(prod, xs.shape.map((s, i) => s * ys.shape[i]!));
});

function meshgrid(tensors: Tensor[], indexing: string): Tensor[] {
  if (indexing !== 'ij' && indexing !== 'xy') throw new TorchError('RuntimeError', `torch.meshgrid: indexing must be one of "xy" or "ij", but received: ${indexing}`);
  for (const t of tensors) if (t.ndim > 1) throw new TorchError('RuntimeError', 'torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: ' + t.ndim);
  const swap = indexing === 'xy' && tensors.length >= 2;
  const ordered = swap ? [tensors[1]!, tensors[0]!, ...tensors.slice(2)] : tensors;
  const shape = ordered.map((t) => t.numel);
  const grids = ordered.map((t, i) => V.expand(V.reshape(t, shape.map((s, j) => (j === i ? s : 1))), shape));
  return swap ? [grids[1]!, grids[0]!, ...grids.slice(2)] : grids;
}
defineOp('aten::meshgrid(Tensor[] tensors) -> Tensor[]', (a) => meshgrid(A.tensorList(a[0]), 'ij'));
defineOp('aten::meshgrid.indexing(Tensor[] tensors, *, str indexing) -> Tensor[]', (a) => meshgrid(A.tensorList(a[0]), A.str(a[1])));
defineOp('aten::cartesian_prod(Tensor[] tensors) -> Tensor', (a) => {
  const ts = A.tensorList(a[0]);
  if (ts.length === 1) return ts[0]!;
  const grids = meshgrid(ts, 'ij');
  return V.view(cat(grids.map((g) => V.reshape(g, [-1, 1])), 1), [-1, ts.length]);
});
