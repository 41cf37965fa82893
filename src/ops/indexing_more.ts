// More indexing operators: index_add, index_copy, index_fill, take, argwhere.
import { Tensor } from '../runtime/tensor';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { binaryOp } from './elementwise';
import { gather, index, indexPut, nonzero } from './indexing';
import { defineWithInplace } from './pointwise';
import { defineOp } from './registry';
import * as V from './views';

/** The advanced-index list that selects `idx` along `dim` (the dims before it taken whole). */
function along(t: Tensor, dim: number, idx: Tensor): { d: number; indices: (Tensor | null)[] } {
  if (idx.ndim > 1) throw new TorchError('IndexError', 'index_add_(): Index is supposed to be a vector');
  const d = t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  const i = idx.ndim === 0 ? V.unsqueeze(idx, 0) : idx;
  return { d, indices: [...t.shape.slice(0, d).map(() => null), i] };
}

/** Writes `source` (or adds alpha * source) into a copy of `self` at `idx` along `dim`. */
function indexWrite(self: Tensor, dim: number, idx: Tensor, source: Tensor, accumulate: boolean, alpha: A.ScalarArg | null): Tensor {
  const { indices } = along(self, dim, idx);
  const src = alpha !== null && alpha.value !== 1 ? binaryOp(source, alpha, { host: (x, y) => x * y }) : source;
  return indexPut(self.cast(self.dtype), indices, self.ndim === 0 ? V.reshape(src, [1]) : src, accumulate);
}

defineWithInplace('aten::index_add(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor', (a) =>
  indexWrite(A.tensor(a[0]), A.int(a[1]), A.tensor(a[2]), A.tensor(a[3]), true, A.scalar(a[4])),
);
defineWithInplace('aten::index_copy(Tensor self, int dim, Tensor index, Tensor source) -> Tensor', (a) =>
  indexWrite(A.tensor(a[0]), A.int(a[1]), A.tensor(a[2]), A.tensor(a[3]), false, null),
);

function indexFill(self: Tensor, dim: number, idx: Tensor, value: A.ScalarArg): Tensor {
  const { indices } = along(self, dim, idx);
  return indexPut(self.cast(self.dtype), indices, Tensor.scalar(self.dtype, value.value), false);
}
defineWithInplace('aten::index_fill.int_Scalar(Tensor self, int dim, Tensor index, Scalar value) -> Tensor', (a) =>
  indexFill(A.tensor(a[0]), A.int(a[1]), A.tensor(a[2]), A.scalar(a[3])),
);
defineWithInplace('aten::index_fill.int_Tensor(Tensor self, int dim, Tensor index, Tensor value) -> Tensor', (a) => {
  const v = A.tensor(a[3]);
  if (v.ndim !== 0) throw new TorchError('RuntimeError', `index_fill_ only supports a 0-dimensional value tensor, but got tensor with ${v.ndim} dimension(s).`);
  return indexFill(A.tensor(a[0]), A.int(a[1]), A.tensor(a[2]), A.scalar(v));
});

defineOp('aten::take(Tensor self, Tensor index) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  const idx = A.tensor(a[1]);
  const flat = V.reshape(t.contiguous(), [t.numel]);
  const n = t.numel;
  const wrapped = binaryOp(idx, idx, {
    host: (i) => {
      if (i < -n || i >= n) throw new TorchError('IndexError', `out of range: tried to access index ${i} on a tensor of ${n} elements.`);
      return i < 0 ? i + n : i;
    },
  });
  return V.reshape(index(flat, [V.reshape(wrapped, [wrapped.numel])]), idx.shape);
});

defineOp('aten::argwhere(Tensor self) -> Tensor', (a) => nonzero(A.tensor(a[0])));

defineOp('aten::take_along_dim(Tensor self, Tensor indices, int? dim=None) -> Tensor', (a) => {
  const [t, idx] = [A.tensor(a[0]), A.tensor(a[1])];
  const dim = A.optInt(a[2]);
  if (dim === null) return gather(V.reshape(t, [-1]), 0, V.reshape(idx, [-1]));
  const d = wrapDim(dim, t.ndim);
  // Broadcast every dim but `dim`, as PyTorch does.
  const tShape = t.shape.map((s, i) => (i === d ? s : Math.max(s, idx.shape[i] ?? 1)));
  const iShape = idx.shape.map((s, i) => (i === d ? s : Math.max(s, t.shape[i] ?? 1)));
  return gather(V.expand(t, tShape), d, V.expand(idx, iShape));
});

defineWithInplace('aten::put(Tensor self, Tensor index, Tensor source, bool accumulate=False) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  const out = t.contiguous().cast(t.dtype);
  const n = t.numel;
  const flat = V.reshape(out, [n]);
  const idx = binaryOp(A.tensor(a[1]), A.tensor(a[1]), {
    host: (i) => {
      if (i < -n || i >= n) throw new TorchError('IndexError', `out of range: tried to access index ${i} on a tensor of ${n} elements.`);
      return i < 0 ? i + n : i;
    },
  });
  indexPut(flat, [V.reshape(idx, [-1])], V.reshape(A.tensor(a[2]), [-1]), A.bool(a[3]));
  return out;
});
