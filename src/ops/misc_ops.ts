// Counting and searching (bincount, histc, searchsorted, bucketize, unique_consecutive), the unfold
// view, pixel_shuffle/unshuffle, channel_shuffle, masked_scatter, fill_diagonal_, tril/triu_indices,
// block_diag, trapz and renorm.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { isFloating, resultType } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { operandOf } from './args';
import { binaryOp, toFloat, unaryOp } from './elementwise';
import { valueRuns } from './order_stats';
import { reduce, sum } from './reduction';
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
  return valueRuns(t, t.values().keys(), A.bool(a[1]), A.bool(a[2]));
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

defineOp('aten::masked_scatter(Tensor self, Tensor mask, Tensor source) -> Tensor', (a) => {
  const [t, mask, src] = [t0(a), A.tensor(a[1]), A.tensor(a[2])];
  if (mask.dtype !== 'bool') throw new TorchError('RuntimeError', 'masked_scatter_ only supports boolean masks, but got mask with dtype ' + mask.dtype);
  const out = t.contiguous().cast(t.dtype);
  const m = V.expand(mask, t.shape).contiguous().values();
  const s = src.contiguous().values();
  const host = out.storage.host;
  let k = 0;
  for (let i = 0; i < m.length; i++) {
    if (!m[i]) continue;
    if (k >= s.length) throw new TorchError('RuntimeError', 'Number of elements of source < number of ones in mask');
    host[out.storageOffset + i] = s[k++]!;
  }
  out.storage.markHostWritten();
  return out;
});

defineOp('aten::fill_diagonal_(Tensor(a!) self, Scalar fill_value, bool wrap=False) -> Tensor(a!)', (a) => {
  const t = t0(a);
  const value = A.scalar(a[1]).value;
  if (t.ndim < 2) throw new TorchError('RuntimeError', 'dimensions must larger than 1');
  if (t.ndim > 2 && t.shape.some((s) => s !== t.shape[0])) throw new TorchError('RuntimeError', 'all dimensions of input must be of equal length');
  const step = t.strides.reduce((x, y) => x + y, 0);
  const [rows, cols] = [t.shape[0]!, t.shape[1]!];
  // A tall matrix with wrap=True starts again every cols + 1 rows.
  const count = t.ndim === 2 && A.bool(a[2]) && rows > cols ? Math.floor((rows * cols - 1) / step) + 1 : Math.min(...t.shape);
  const host = t.storage.host;
  for (let i = 0; i < count; i++) host[t.storageOffset + i * step] = value;
  t.storage.markHostWritten();
  return t;
});

function triangleIndices(rows: number, cols: number, offset: number, lower: boolean): Tensor {
  const r: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (lower ? j - i <= offset : j - i >= offset) {
        r.push(i);
        c.push(j);
      }
    }
  }
  return Tensor.fromValues('int64', [2, r.length], [...r, ...c]);
}
const INDICES_OPTS = 'ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None';
defineOp(`aten::tril_indices(int row, int col, int offset=0, *, ${INDICES_OPTS}) -> Tensor`, (a) => triangleIndices(A.int(a[0]), A.int(a[1]), A.int(a[2]), true));
defineOp(`aten::triu_indices(int row, int col, int offset=0, *, ${INDICES_OPTS}) -> Tensor`, (a) => triangleIndices(A.int(a[0]), A.int(a[1]), A.int(a[2]), false));

defineOp('aten::block_diag(Tensor[] tensors) -> Tensor', (a) => {
  const ts = A.tensorList(a[0]).map((t) => (t.ndim === 0 ? V.reshape(t, [1, 1]) : t.ndim === 1 ? V.unsqueeze(t, 0) : t));
  if (ts.some((t) => t.ndim !== 2)) throw new TorchError('RuntimeError', 'torch.block_diag: Input tensors must have 2 or fewer dimensions.');
  const dtype = ts.length === 0 ? 'float32' : resultType(ts.map((t) => operandOf(t)));
  const rows = ts.reduce((s, t) => s + t.shape[0]!, 0);
  const cols = ts.reduce((s, t) => s + t.shape[1]!, 0);
  const out = Tensor.full(dtype, [rows, cols], 0);
  let [r, c] = [0, 0];
  for (const t of ts) {
    V.narrow(V.narrow(out, 0, r, t.shape[0]!), 1, c, t.shape[1]!).copy_(t.cast(dtype));
    r += t.shape[0]!;
    c += t.shape[1]!;
  }
  return out;
});

/** trapz/trapezoid: the trapezoid rule along dim, with spacing dx or sample points x. */
function trapezoid(y: Tensor, x: Tensor | null, dx: number, dim: number): Tensor {
  const d = wrapDim(dim, y.ndim);
  const n = y.shape[d]!;
  if (n === 0) return sum(V.narrow(y, d, 0, 0), [d], false, null);
  const avg = binaryOp(V.narrow(y, d, 1, n - 1), V.narrow(y, d, 0, n - 1), { compute: toFloat, host: (p, q) => (p + q) / 2 });
  if (x === null) return binaryOp(sum(avg, [d], false, null), A.scalar(dx), { host: (s, h) => s * h });
  const xd = x.ndim === 1 ? x : V.narrow(x, wrapDim(dim, x.ndim), 0, x.shape[wrapDim(dim, x.ndim)]!);
  const k = xd.ndim === 1 ? 0 : wrapDim(dim, xd.ndim);
  let dxs = binaryOp(V.narrow(xd, k, 1, n - 1), V.narrow(xd, k, 0, n - 1), { host: (p, q) => p - q });
  if (xd.ndim === 1 && y.ndim > 1) dxs = V.reshape(dxs, [n - 1, ...new Array<number>(y.ndim - 1 - d).fill(1)]);
  return sum(binaryOp(avg, dxs, { host: (p, q) => p * q }), [d], false, null);
}
defineOp('aten::trapz.dx(Tensor y, *, float dx=1., int dim=-1) -> Tensor', (a) => trapezoid(t0(a), null, A.float(a[1]), A.int(a[2])));
defineOp('aten::trapz.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor', (a) => trapezoid(t0(a), A.tensor(a[1]), 1, A.int(a[2])));
defineOp('aten::trapezoid.dx(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor', (a) => trapezoid(t0(a), null, A.scalar(a[1]).value, A.int(a[2])));
defineOp('aten::trapezoid.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor', (a) => trapezoid(t0(a), A.tensor(a[1]), 1, A.int(a[2])));

defineOp('aten::renorm(Tensor self, Scalar p, int dim, Scalar maxnorm) -> Tensor', (a) => {
  const t = t0(a);
  const [p, maxnorm] = [A.scalar(a[1]).value, A.scalar(a[3]).value];
  const d = wrapDim(A.int(a[2]), t.ndim);
  const others = t.shape.map((_, i) => i).filter((i) => i !== d);
  const norms = reduce(t, others, true, t.dtype, (v, s, n) => {
    let acc = 0;
    for (let i = s; i < s + n; i++) acc += Math.abs(v[i]!) ** p;
    return acc ** (1 / p);
  });
  const factor = unaryOp(norms, { host: (nv) => (nv > maxnorm ? maxnorm / (nv + 1e-7) : 1) });
  return binaryOp(t, factor, { host: (x, f) => x * f });
});
