// More reductions and scans: cummax/cummin, logcumsumexp, diff, aminmax, nanmean, linalg norms.
import { Tensor } from '../runtime/tensor';
import { TupleValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { SCALAR_TYPE_NAME, isFloating, newHostArray } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { binaryOp, unaryOp } from './elementwise';
import { extremeAll, pNorm, reduce, sum } from './reduction';
import { defineOp } from './registry';
import { cat } from './shape';
import * as V from './views';

/** Runs `row` over every row along `dim` (moved last), writing `outs` arrays of the input's shape. */
function alongRows(t: Tensor, dim: number, outs: DType[], row: (v: ArrayLike<number>, s: number, n: number, out: ArrayLike<number>[]) => void): Tensor[] {
  const d = t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  const moved = t.ndim === 0 ? V.reshape(t, [1]) : V.transpose(t, d, t.ndim - 1);
  const v = moved.contiguous().values();
  const n = t.ndim === 0 ? 1 : t.shape[d];
  const arrays = outs.map((dt) => newHostArray(dt, v.length));
  for (let s = 0; n > 0 && s < v.length; s += n) row(v, s, n, arrays);
  return arrays.map((arr, i) => {
    const r = Tensor.fromArray(outs[i]!, moved.shape, arr);
    return t.ndim === 0 ? V.reshape(r, []) : V.transpose(r, d, t.ndim - 1).contiguous();
  });
}

/** cummax/cummin: the running extreme and its last index; a NaN sticks once seen. */
function cumExtreme(t: Tensor, dim: number, max: boolean): TupleValue {
  const better = max ? (x: number, b: number) => x >= b : (x: number, b: number) => x <= b;
  const [values, indices] = alongRows(t, dim, [t.dtype, 'int64'], (v, s, n, [ov, oi]) => {
    const [o, idx] = [ov as Float64Array, oi as Float64Array];
    let best = v[s];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const x = v[s + i];
      if (best === best && (x !== x || better(x, best))) [best, at] = [x, i];
      o[s + i] = best;
      idx[s + i] = at;
    }
  });
  return new TupleValue([values!, indices!], ['values', 'indices']);
}
defineOp('aten::cummax(Tensor self, int dim) -> (Tensor values, Tensor indices)', (a) => cumExtreme(A.tensor(a[0]), A.int(a[1]), true));
defineOp('aten::cummin(Tensor self, int dim) -> (Tensor values, Tensor indices)', (a) => cumExtreme(A.tensor(a[0]), A.int(a[1]), false));

defineOp('aten::logcumsumexp(Tensor self, int dim) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  const out = isFloating(t.dtype) ? t.dtype : 'float32';
  return alongRows(t, A.int(a[1]), [out], (v, s, n, [o]) => {
    let acc = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = v[s + i];
      const m = Math.max(acc, x);
      acc = m === -Infinity ? -Infinity : m === Infinity && acc === x ? Infinity : m + Math.log1p(Math.exp(-Math.abs(acc - x)));
      (o as Float64Array)[s + i] = acc;
    }
  })[0]!;
});

/** torch.diff: the n-th forward difference along dim (logical xor for bool), after prepend/append. */
function diff(t: Tensor, n: number, dim: number, prepend: Tensor | null, append: Tensor | null): Tensor {
  if (t.ndim === 0) throw new TorchError('RuntimeError', 'diff expects input to be at least one-dimensional');
  if (n < 0) throw new TorchError('RuntimeError', `order must be non-negative but got ${n}`);
  const d = wrapDim(dim, t.ndim);
  let x = prepend !== null || append !== null ? cat([prepend, t, append].filter((p): p is Tensor => p !== null), d) : t;
  const op = x.dtype === 'bool' ? (p: number, q: number) => (p !== q ? 1 : 0) : (p: number, q: number) => p - q;
  for (let k = 0; k < n && x.shape[d] > 0; k++) {
    const len = x.shape[d];
    x = binaryOp(V.narrow(x, d, 1, len - 1), V.narrow(x, d, 0, len - 1), { host: op });
  }
  return x;
}
defineOp('aten::diff(Tensor self, int n=1, int dim=-1, Tensor? prepend=None, Tensor? append=None) -> Tensor', (a) =>
  diff(A.tensor(a[0]), A.int(a[1]), A.int(a[2]), A.optTensor(a[3]), A.optTensor(a[4])),
);

defineOp('aten::aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)', (a) => {
  const t = A.tensor(a[0]);
  const dim = A.optInt(a[1]);
  const keep = A.bool(a[2]);
  if (t.numel === 0) throw new TorchError('RuntimeError', 'aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.');
  const pick = (max: boolean): Tensor => {
    if (dim === null) {
      const r = extremeAll(t, max);
      return keep ? V.reshape(r, t.shape.map(() => 1)) : r;
    }
    return reduce(t, [dim], keep, t.dtype, (v, s, n) => {
      let m = v[s];
      for (let i = s; i < s + n; i++) if (v[i] !== v[i] || (m === m && (max ? v[i] > m : v[i] < m))) m = v[i];
      return m;
    });
  };
  return new TupleValue([pick(false), pick(true)], ['min', 'max']);
});

defineOp('aten::nanmean(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  if (!isFloating(t.dtype)) throw new TorchError('RuntimeError', `nanmean(): expected input to have floating point dtype but got ${SCALAR_TYPE_NAME[t.dtype]}`);
  const dims = A.optIntList(a[1]);
  const keep = A.bool(a[2]);
  const notNan = unaryOp(t, { out: () => 'int64', host: (x) => (x === x ? 1 : 0) });
  const zeroed = unaryOp(t, { host: (x) => (x === x ? x : 0) });
  return binaryOp(sum(zeroed, dims, keep, A.optDtype(a[3])), sum(notNan, dims, keep, null), { host: (s, c) => s / c });
});

/** The vector p-norm, after the optional cast to `dtype`. */
function vectorNorm(t: Tensor, p: number, dims: number[] | null, keepdim: boolean, dtype: DType | null): Tensor {
  return pNorm(dtype !== null ? t.cast(dtype) : t, p, dims, keepdim);
}

defineOp('aten::linalg_vector_norm(Tensor self, Scalar ord=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  vectorNorm(A.tensor(a[0]), A.scalar(a[1]).value, A.optIntList(a[2]), A.bool(a[3]), A.optDtype(a[4])),
);

/** linalg.norm: the vector 2-norm when no ord is given (or ord on a 1-d dim); matrix norms only for 'fro'. */
function linalgNorm(t: Tensor, ord: number | string | null, dims: number[] | null, keepdim: boolean, dtype: DType | null): Tensor {
  if (ord === null || ord === 'fro') {
    if (ord === 'fro' && dims !== null && dims.length !== 2) throw new TorchError('RuntimeError', 'linalg.matrix_norm: dim must be a 2-tuple. Got ' + dims.join(' '));
    return vectorNorm(t, 2, dims, keepdim, dtype);
  }
  if (typeof ord === 'string') throw new TorchError('RuntimeError', `linalg.norm: the norm '${ord}' is not supported`);
  if (dims === null ? t.ndim !== 1 : dims.length !== 1) throw new TorchError('RuntimeError', 'linalg.norm: matrix norms with a numeric ord are not supported');
  return vectorNorm(t, ord, dims, keepdim, dtype);
}
defineOp('aten::linalg_norm(Tensor self, Scalar? ord=None, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  linalgNorm(A.tensor(a[0]), A.optScalar(a[1])?.value ?? null, A.optIntList(a[2]), A.bool(a[3]), A.optDtype(a[4])),
);
defineOp('aten::linalg_norm.ord_str(Tensor self, str ord, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  linalgNorm(A.tensor(a[0]), A.str(a[1]), A.optIntList(a[2]), A.bool(a[3]), A.optDtype(a[4])),
);
defineOp('aten::frobenius_norm.dim(Tensor self, int[1] dim, bool keepdim=False) -> Tensor', (a) =>
  vectorNorm(A.tensor(a[0]), 2, A.intList(a[1]), A.bool(a[2]), null),
);
