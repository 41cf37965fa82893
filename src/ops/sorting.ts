// Sorting and selection along a dim (sort, argsort, topk), triangles (triu, tril), outer, baddbmm.
import { Tensor } from '../runtime/tensor';
import { TupleValue } from '../runtime/ivalue';
import { newHostArray } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { binaryOp } from './elementwise';
import { bmm } from './linalg';
import { defineWithInplace } from './pointwise';
import { defineOp } from './registry';
import { nthElement, partialSort, stlSort } from './stl_select';
import * as V from './views';

/** Ascending order with NaN last, as PyTorch sorts floats. */
function ascending(a: number, b: number): number {
  if (a !== a) return b !== b ? 0 : 1;
  if (b !== b) return -1;
  return a - b;
}

/**
 * Orders each row along `dim` and keeps the first `k` entries: values and int64 indices with the
 * input's shape except `dim`, which becomes `k`. The sort is stable, like PyTorch's CPU kernel.
 */
function selectAlong(t: Tensor, dim: number, k: number, descending: boolean): [Tensor, Tensor] {
  const d = wrapDim(dim, Math.max(t.ndim, 1));
  if (t.ndim === 0) return [t.cast(t.dtype), Tensor.scalar('int64', 0)];
  const moved = V.transpose(t, d, t.ndim - 1);
  const rowLen = t.shape[d];
  const src = moved.values();
  const rows = rowLen === 0 ? 0 : src.length / rowLen;
  const outShape = [...moved.shape.slice(0, -1), k];
  const values = newHostArray(t.dtype, rows * k);
  const indices = newHostArray('int64', rows * k);
  const order = Array.from({ length: rowLen }, (_, i) => i);
  let base = 0;
  const cmp = descending ? (i: number, j: number) => ascending(src[base + j], src[base + i]) : (i: number, j: number) => ascending(src[base + i], src[base + j]);
  for (let r = 0; r < rows; r++) {
    base = r * rowLen;
    for (let i = 0; i < rowLen; i++) order[i] = i;
    order.sort(cmp);
    for (let i = 0; i < k; i++) {
      values[r * k + i] = src[base + order[i]];
      indices[r * k + i] = order[i];
    }
  }
  const back = (x: Tensor): Tensor => V.transpose(x, d, t.ndim - 1).contiguous();
  return [back(Tensor.fromArray(t.dtype, outShape, values)), back(Tensor.fromArray('int64', outShape, indices))];
}

export function sort(t: Tensor, dim: number, descending: boolean): [Tensor, Tensor] {
  return selectAlong(t, dim, t.ndim === 0 ? 1 : t.shape[wrapDim(dim, t.ndim)], descending);
}

/** NaN counts as the largest value, as in PyTorch's topk comparators. */
const isNan = (x: number): boolean => x !== x;
const greater = (x: number, y: number): boolean => (isNan(x) && !isNan(y)) || x > y;
const lessNanLast = (x: number, y: number): boolean => (!isNan(x) && isNan(y)) || x < y;

/** topk of one row, as TopKImpl.h: nth_element then sort, or partial_sort when k * 64 <= n (Note [Tie order]). */
function topkRow(v: ArrayLike<number>, base: number, n: number, k: number, largest: boolean): number[] {
  const q = Array.from({ length: n }, (_, i) => i);
  const c = largest ? greater : lessNanLast;
  const less = (i: number, j: number): boolean => c(v[base + i], v[base + j]);
  if (k * 64 <= n) partialSort(q, k, less);
  else if (k > 0) {
    nthElement(q, k - 1, less);
    stlSort(q, 0, k - 1, less);
  }
  return q.slice(0, k);
}

export function topk(t: Tensor, k: number, dim: number, largest: boolean): [Tensor, Tensor] {
  const size = t.ndim === 0 ? 1 : t.shape[wrapDim(dim, t.ndim)];
  if (k < 0 || k > size) throw new TorchError('RuntimeError', 'selected index k out of range');
  if (t.ndim === 0) return [t.cast(t.dtype), Tensor.scalar('int64', 0)];
  const d = wrapDim(dim, t.ndim);
  const moved = V.transpose(t, d, t.ndim - 1);
  const src = moved.values();
  const rows = size === 0 ? 0 : src.length / size;
  const outShape = [...moved.shape.slice(0, -1), k];
  const values = newHostArray(t.dtype, rows * k);
  const indices = newHostArray('int64', rows * k);
  for (let r = 0; r < rows; r++) {
    const picked = topkRow(src, r * size, size, k, largest);
    for (let i = 0; i < k; i++) {
      values[r * k + i] = src[r * size + picked[i]];
      indices[r * k + i] = picked[i];
    }
  }
  const back = (x: Tensor): Tensor => V.transpose(x, d, t.ndim - 1).contiguous();
  return [back(Tensor.fromArray(t.dtype, outShape, values)), back(Tensor.fromArray('int64', outShape, indices))];
}

/** triu/tril: zeroes the elements below (triu) or above (tril) the `diagonal`-th diagonal. */
export function triangle(t: Tensor, diagonal: number, upper: boolean): Tensor {
  // PyTorch indexes the last two dims first, so a 1-d input gets its IndexError.
  wrapDim(-2, Math.max(t.ndim, 1));
  const [rows, cols] = t.shape.slice(-2);
  const out = t.contiguous() === t ? t.cast(t.dtype) : t.contiguous();
  const v = out.storage.host;
  const plane = rows * cols;
  for (let b = 0; b < out.numel / Math.max(plane, 1); b++) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const keep = upper ? j - i >= diagonal : j - i <= diagonal;
        if (!keep) v[b * plane + i * cols + j] = 0;
      }
    }
  }
  return out;
}

export function outer(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 1 || b.ndim !== 1) throw new TorchError('RuntimeError', `outer: Expected 1-D argument self, but got ${a.ndim}-D`);
  return binaryOp(V.unsqueeze(a, 1), b, { host: (x, y) => x * y });
}

/** beta * self + alpha * (batch1 @ batch2); beta = 0 ignores self (NaN included), like PyTorch. */
export function baddbmm(self: Tensor, b1: Tensor, b2: Tensor, beta: A.ScalarArg, alpha: A.ScalarArg): Tensor {
  let prod = bmm(b1, b2);
  if (alpha.value !== 1) prod = binaryOp(prod, alpha, { host: (x, y) => x * y });
  if (beta.value === 0) {
    V.expand(self, prod.shape);
    return prod;
  }
  const s = beta.value === 1 ? self : binaryOp(self, beta, { host: (x, y) => x * y });
  return binaryOp(s, prod, { host: (x, y) => x + y });
}

const pair = ([v, i]: [Tensor, Tensor]): TupleValue => new TupleValue([v, i]);

defineOp('aten::sort(Tensor self, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)', (a) =>
  pair(sort(A.tensor(a[0]), A.int(a[1]), A.bool(a[2]))),
);
defineOp('aten::sort.stable(Tensor self, *, bool? stable, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)', (a) =>
  pair(sort(A.tensor(a[0]), A.int(a[2]), A.bool(a[3]))),
);
defineOp('aten::argsort(Tensor self, int dim=-1, bool descending=False) -> Tensor', (a) => sort(A.tensor(a[0]), A.int(a[1]), A.bool(a[2]))[1]);
defineOp('aten::topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)', (a) =>
  pair(topk(A.tensor(a[0]), A.int(a[1]), A.int(a[2]), A.bool(a[3]))),
);
defineWithInplace('aten::triu(Tensor self, int diagonal=0) -> Tensor', (a) => triangle(A.tensor(a[0]), A.int(a[1]), true));
defineWithInplace('aten::tril(Tensor self, int diagonal=0) -> Tensor', (a) => triangle(A.tensor(a[0]), A.int(a[1]), false));
defineOp('aten::outer(Tensor self, Tensor vec2) -> Tensor', (a) => outer(A.tensor(a[0]), A.tensor(a[1])));
defineOp('aten::baddbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor', (a) =>
  baddbmm(A.tensor(a[0]), A.tensor(a[1]), A.tensor(a[2]), A.scalar(a[3]), A.scalar(a[4])),
);
