// Rearranging ops: broadcast_tensors/broadcast_to, movedim, repeat_interleave, diag, diag_embed,
// diagonal and trace.
import { Tensor, expandTo } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { isIntegral, newHostArray } from '../runtime/dtype';
import { broadcastAll } from '../runtime/broadcast';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { indexSelect } from './indexing';
import { sum } from './reduction';
import { defineOp, defineOps } from './registry';
import * as V from './views';

const t0 = (a: IValue[]): Tensor => A.tensor(a[0]);

export function broadcastTensors(ts: readonly Tensor[]): Tensor[] {
  const shape = broadcastAll(ts.map((t) => t.shape));
  // A tensor that already has the shape is returned itself, as ATen's expand_outplace does.
  return ts.map((t) => (t.shape.length === shape.length && t.shape.every((s, i) => s === shape[i]) ? t : expandTo(t, shape)));
}

export function movedim(t: Tensor, source: readonly number[], destination: readonly number[]): Tensor {
  if (source.length !== destination.length) {
    throw new TorchError(
      'RuntimeError',
      `movedim: Invalid source or destination dims: source (${JSON.stringify(source).replace(/,/g, ', ')} dims) should contain the same number of dims as destination (${JSON.stringify(destination).replace(/,/g, ', ')} dims)`,
    );
  }
  const src = source.map((d) => wrapDim(d, t.ndim));
  const dst = destination.map((d) => wrapDim(d, t.ndim));
  const perm = new Array<number>(t.ndim).fill(-1);
  src.forEach((s, i) => (perm[dst[i]] = s));
  const rest = t.shape.map((_, i) => i).filter((i) => !src.includes(i));
  for (let i = 0, k = 0; i < t.ndim; i++) if (perm[i] < 0) perm[i] = rest[k++];
  return V.permute(t, perm);
}

/** The index list [0]*r0 + [1]*r1 + ... of torch.repeat_interleave(repeats). */
function repeatIndex(repeats: ArrayLike<number>): Tensor {
  const idx: number[] = [];
  for (let i = 0; i < repeats.length; i++) {
    if (repeats[i] < 0) throw new TorchError('RuntimeError', 'repeats can not be negative');
    for (let k = 0; k < repeats[i]; k++) idx.push(i);
  }
  return Tensor.fromValues('int64', [idx.length], idx);
}

export function repeatInterleave(self: Tensor, repeats: Tensor | number, dim: number | null): Tensor {
  const input = dim === null ? V.reshape(self, [-1]) : self;
  const d = dim === null ? 0 : wrapDim(dim, input.ndim);
  const size = input.ndim === 0 ? 1 : input.shape[d];
  let counts: ArrayLike<number>;
  if (typeof repeats === 'number') counts = new Array<number>(size).fill(repeats);
  else if (repeats.ndim === 0 || (repeats.numel === 1 && size !== 1)) counts = new Array<number>(size).fill(repeats.item());
  else if (repeats.ndim !== 1) throw new TorchError('RuntimeError', 'repeats must be 0-dim or 1-dim tensor');
  else if (repeats.numel !== size) throw new TorchError('RuntimeError', 'repeats must have the same size as input along dim');
  else counts = repeats.values();
  return indexSelect(input, d, repeatIndex(counts));
}

export function diagonal(t: Tensor, offset: number, dim1: number, dim2: number): Tensor {
  const [d1, d2] = [wrapDim(dim1, t.ndim), wrapDim(dim2, t.ndim)];
  if (d1 === d2) throw new TorchError('RuntimeError', `diagonal dimensions cannot be identical ${dim1}, ${dim2}`);
  const len = Math.max(0, offset >= 0 ? Math.min(t.shape[d1], t.shape[d2] - offset) : Math.min(t.shape[d1] + offset, t.shape[d2]));
  let start = t.storageOffset;
  if (len > 0) start += offset >= 0 ? offset * t.strides[d2] : -offset * t.strides[d1];
  const keep = t.shape.map((_, i) => i).filter((i) => i !== d1 && i !== d2);
  return t.asStrided([...keep.map((i) => t.shape[i]), len], [...keep.map((i) => t.strides[i]), t.strides[d1] + t.strides[d2]], start);
}

/** diag_embed: the last dim of `t` becomes the `offset`-th diagonal of dims (dim1, dim2). */
export function diagEmbed(t: Tensor, offset: number, dim1: number, dim2: number): Tensor {
  const n = t.ndim + 1;
  const [d1, d2] = [wrapDim(dim1, n), wrapDim(dim2, n)];
  const side = t.shape[t.ndim - 1] + Math.abs(offset);
  const shape = t.shape.slice(0, -1);
  for (const [d, s] of [...[[d1, side], [d2, side]]].sort((a, b) => a[0] - b[0])) shape.splice(d, 0, s);
  const out = Tensor.fromArray(t.dtype, shape, newHostArray(t.dtype, shape.reduce((a, b) => a * b, 1)));
  diagonal(out, offset, d1, d2).copy_(t);
  return out;
}

export function diag(t: Tensor, offset: number): Tensor {
  if (t.ndim === 1) return diagEmbed(t, offset, 0, 1);
  if (t.ndim === 2) return diagonal(t, offset, 0, 1).contiguous().cast(t.dtype);
  throw new TorchError('RuntimeError', 'matrix or a vector expected');
}

defineOp('aten::broadcast_tensors(Tensor[] tensors) -> Tensor[]', (a) => broadcastTensors(A.tensorList(a[0])));
defineOp('aten::broadcast_to(Tensor(a) self, int[] size) -> Tensor(a)', (a) => V.expand(t0(a), A.intList(a[1])));
for (const name of ['movedim', 'moveaxis']) {
  defineOp(`aten::${name}.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)`, (a) =>
    movedim(t0(a), A.intList(a[1]), A.intList(a[2])),
  );
  defineOp(`aten::${name}.int(Tensor(a) self, int source, int destination) -> Tensor(a)`, (a) => movedim(t0(a), [A.int(a[1])], [A.int(a[2])]));
}
defineOp('aten::repeat_interleave.Tensor(Tensor repeats, *, int? output_size=None) -> Tensor', (a) => {
  const r = t0(a);
  if (r.ndim > 1) throw new TorchError('RuntimeError', 'repeat_interleave only accept 1D vector as repeat');
  return repeatIndex(r.ndim === 0 ? [r.item()] : r.values());
});
defineOp('aten::repeat_interleave.self_Tensor(Tensor self, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor', (a) =>
  repeatInterleave(t0(a), A.tensor(a[1]), A.optInt(a[2])),
);
defineOp('aten::repeat_interleave.self_int(Tensor self, int repeats, int? dim=None, *, int? output_size=None) -> Tensor', (a) => {
  if (A.int(a[1]) < 0) throw new TorchError('RuntimeError', 'repeats can not be negative');
  return repeatInterleave(t0(a), A.int(a[1]), A.optInt(a[2]));
});
defineOp('aten::diag(Tensor self, int diagonal=0) -> Tensor', (a) => diag(t0(a), A.int(a[1])));
defineOp('aten::diag_embed(Tensor self, int offset=0, int dim1=-2, int dim2=-1) -> Tensor', (a) =>
  diagEmbed(t0(a), A.int(a[1]), A.int(a[2]), A.int(a[3])),
);
defineOps(['aten::diagonal(Tensor(a) self, int offset=0, int dim1=0, int dim2=1) -> Tensor(a)'], (a) =>
  diagonal(t0(a), A.int(a[1]), A.int(a[2]), A.int(a[3])),
);
defineOp('aten::trace(Tensor self) -> Tensor', (a) => {
  const t = t0(a);
  if (t.ndim !== 2) throw new TorchError('RuntimeError', 'trace: expected a matrix, but got tensor with dim ' + String(t.ndim));
  return sum(diagonal(t, 0, 0, 1), null, false, isIntegral(t.dtype, true) ? 'int64' : null);
});
