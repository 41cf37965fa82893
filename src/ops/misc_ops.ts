// Counting and searching (bincount, histc, searchsorted, bucketize, unique_consecutive), the unfold
// view, pixel_shuffle/unshuffle and channel_shuffle.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { isFloating } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';
import * as V from './views';

const t0 = (a: IValue[]): Tensor => A.tensor(a[0]);

defineOp('aten::bincount(Tensor self, Tensor? weights=None, int minlength=0) -> Tensor', (a) => {
  const t = t0(a);
  const w = A.optTensor(a[1]);
  if (t.ndim !== 1 || isFloating(t.dtype)) throw new TorchError('RuntimeError', 'bincount only supports 1-d non-negative integral inputs.');
  const v = t.values();
  if (v.some((x) => x < 0)) throw new TorchError('RuntimeError', 'bincount only supports 1-d non-negative integral inputs.');
  const n = Math.max(A.int(a[2]), v.length === 0 ? 0 : Math.max(...v) + 1);
  const out = new Float64Array(n);
  const wv = w?.values();
  for (let i = 0; i < v.length; i++) out[v[i]] += wv === undefined ? 1 : wv[i];
  return Tensor.fromValues(w === null ? 'int64' : w.dtype === 'float32' ? 'float32' : 'float64', [n], out);
});

defineOp('aten::histc(Tensor self, int bins=100, Scalar min=0, Scalar max=0) -> Tensor', (a) => {
  const t = t0(a);
  const bins = A.int(a[1]);
  let [lo, hi] = [A.scalar(a[2]).value, A.scalar(a[3]).value];
  const v = t.values();
  if (lo === hi && v.length > 0) [lo, hi] = [Math.min(...v), Math.max(...v)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const out = new Float64Array(bins);
  for (const x of v) {
    if (x < lo || x > hi || x !== x) continue;
    out[Math.min(Math.floor(((x - lo) * bins) / (hi - lo)), bins - 1)] += 1;
  }
  return Tensor.fromValues(t.dtype, [bins], out);
});

/** The insertion position of x in a sorted row: first >= x (left) or first > x (right). */
function position(row: ArrayLike<number>, start: number, n: number, x: number, right: boolean): number {
  let [lo, hi] = [0, n];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = row[start + mid];
    if (right ? m <= x : m < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function searchsorted(seq: Tensor, values: Tensor, int32: boolean, right: boolean): Tensor {
  const n = seq.shape[seq.ndim - 1] ?? 1;
  const s = seq.contiguous().values();
  const v = values.contiguous().values();
  const perRow = seq.ndim <= 1 ? v.length : values.shape[values.ndim - 1] ?? 1;
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = position(s, seq.ndim <= 1 ? 0 : Math.floor(i / perRow) * n, n, v[i], right);
  return Tensor.fromValues(int32 ? 'int32' : 'int64', values.shape, out);
}
const sideRight = (right: IValue, side: IValue): boolean => (side === null ? A.bool(right) : A.str(side) === 'right');
defineOp('aten::searchsorted.Tensor(Tensor sorted_sequence, Tensor self, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor', (a) =>
  searchsorted(t0(a), A.tensor(a[1]), A.bool(a[2]), sideRight(a[3], a[4])),
);
defineOp('aten::searchsorted.Scalar(Tensor sorted_sequence, Scalar self, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor', (a) =>
  searchsorted(t0(a), Tensor.scalar(t0(a).dtype, A.scalar(a[1]).value), A.bool(a[2]), sideRight(a[3], a[4])),
);
defineOp('aten::bucketize.Tensor(Tensor self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor', (a) =>
  searchsorted(A.tensor(a[1]), t0(a), A.bool(a[2]), A.bool(a[3])),
);
defineOp('aten::bucketize.Scalar(Scalar self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor', (a) =>
  searchsorted(A.tensor(a[1]), Tensor.scalar(A.tensor(a[1]).dtype, A.scalar(a[0]).value), A.bool(a[2]), A.bool(a[3])),
);

defineOp('aten::unique_consecutive(Tensor self, bool return_inverse=False, bool return_counts=False, int? dim=None) -> (Tensor, Tensor, Tensor)', (a) => {
  const t = t0(a);
  if (A.optInt(a[3]) !== null) throw new TorchError('RuntimeError', 'unique_consecutive with dim is not supported');
  const v = t.values();
  const values: number[] = [];
  const counts: number[] = [];
  const inverse = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    if (i === 0 || v[i] !== v[i - 1]) {
      values.push(v[i]);
      counts.push(0);
    }
    counts[counts.length - 1]++;
    inverse[i] = values.length - 1;
  }
  const empty = Tensor.fromValues('int64', [0], []);
  return new TupleValue([
    Tensor.fromValues(t.dtype, [values.length], values),
    A.bool(a[1]) ? Tensor.fromValues('int64', t.shape, inverse) : empty,
    A.bool(a[2]) ? Tensor.fromValues('int64', [counts.length], counts) : empty,
  ]);
});

defineOp('aten::unfold(Tensor(a) self, int dimension, int size, int step) -> Tensor(a)', (a) => {
  const t = t0(a);
  const d = t.ndim === 0 ? 0 : wrapDim(A.int(a[1]), t.ndim);
  const [size, step] = [A.int(a[2]), A.int(a[3])];
  const len = t.ndim === 0 ? 1 : t.shape[d]!;
  if (size > len) throw new TorchError('RuntimeError', `maximum size for tensor at dimension ${d} is ${len} but size is ${size}`);
  if (step <= 0) throw new TorchError('RuntimeError', `step is ${step} but must be > 0`);
  const shape = [...t.shape];
  const strides = [...t.strides];
  if (t.ndim > 0) {
    shape[d] = Math.floor((len - size) / step) + 1;
    strides[d] = t.strides[d]! * step;
  }
  return t.asStrided([...shape, size], [...strides, t.ndim === 0 ? 1 : t.strides[d]!]);
});

defineOp('aten::pixel_shuffle(Tensor self, int upscale_factor) -> Tensor', (a) => {
  const t = t0(a);
  const r = A.int(a[1]);
  const [c, h, w] = t.shape.slice(-3) as [number, number, number];
  const batch = t.shape.slice(0, -3);
  if (c % (r * r) !== 0) throw new TorchError('RuntimeError', `pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)=${c} is not divisible by ${r * r}`);
  const x = V.reshape(t, [...batch, c / (r * r), r, r, h, w]);
  const n = batch.length;
  const perm = [...batch.map((_, i) => i), n, n + 3, n + 1, n + 4, n + 2];
  return V.reshape(V.permute(x, perm).contiguous(), [...batch, c / (r * r), h * r, w * r]);
});
defineOp('aten::pixel_unshuffle(Tensor self, int downscale_factor) -> Tensor', (a) => {
  const t = t0(a);
  const r = A.int(a[1]);
  const [c, h, w] = t.shape.slice(-3) as [number, number, number];
  const batch = t.shape.slice(0, -3);
  const x = V.reshape(t, [...batch, c, h / r, r, w / r, r]);
  const n = batch.length;
  const perm = [...batch.map((_, i) => i), n, n + 2, n + 4, n + 1, n + 3];
  return V.reshape(V.permute(x, perm).contiguous(), [...batch, c * r * r, h / r, w / r]);
});
defineOp('aten::channel_shuffle(Tensor self, int groups) -> Tensor', (a) => {
  const t = t0(a);
  const g = A.int(a[1]);
  const [n, c] = t.shape as [number, number];
  const rest = t.shape.slice(2);
  const x = V.reshape(t, [n, g, c / g, ...rest]);
  return V.reshape(V.transpose(x, 1, 2).contiguous(), t.shape);
});
