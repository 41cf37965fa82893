// More nn kernels: glu, prelu, cosine_similarity, pairwise_distance, and the losses smooth_l1,
// huber, binary_cross_entropy (with logits) and kl_div.
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { binaryOp, toFloat, unaryOp } from './elementwise';
import { reduceLoss } from './loss';
import { sum } from './reduction';
import { defineOp } from './registry';
import * as V from './views';

const t0 = (a: IValue[]): Tensor => A.tensor(a[0]);
const mul = { host: (x: number, y: number) => x * y };

defineOp('aten::glu(Tensor self, int dim=-1) -> Tensor', (a) => {
  const t = t0(a);
  if (t.ndim === 0) throw new TorchError('RuntimeError', 'glu does not support scalars because halving size must be even');
  const d = wrapDim(A.int(a[1]), t.ndim);
  const n = t.shape[d]!;
  if (n % 2 !== 0) throw new TorchError('RuntimeError', `Halving dimension must be even, but dimension ${d} is size ${n}`);
  const gate = unaryOp(V.narrow(t, d, n / 2, n / 2), { compute: toFloat, host: (x) => 1 / (1 + Math.exp(-x)) });
  return binaryOp(V.narrow(t, d, 0, n / 2), gate, mul);
});

defineOp('aten::prelu(Tensor self, Tensor weight) -> Tensor', (a) => {
  const [x, w] = [t0(a), A.tensor(a[1])];
  // One weight per channel (dim 1), or a single shared weight.
  const shaped = w.numel === 1 || x.ndim < 2 ? V.reshape(w, w.numel === 1 ? [] : [w.numel]) : V.reshape(w, [w.numel, ...new Array<number>(x.ndim - 2).fill(1)]);
  return binaryOp(x, shaped, { host: (v, s) => (v > 0 ? v : v * s) });
});

defineOp('aten::cosine_similarity(Tensor x1, Tensor x2, int dim=1, float eps=1e-08) -> Tensor', (a) => {
  const [x, y] = [t0(a), A.tensor(a[1])];
  const eps = A.float(a[3]);
  const shape = binaryOp(x, y, mul).shape;
  const d = wrapDim(A.int(a[2]), Math.max(shape.length, 1));
  const dot = sum(binaryOp(x, y, mul), [d], false, null);
  const n2 = (t: Tensor): Tensor => sum(binaryOp(t, t, mul), [d], false, null);
  // ATen: dot / sqrt(clamp_min(|x|^2 * |y|^2, eps^2)).
  const denom = binaryOp(n2(V.expand(x, shape)), n2(V.expand(y, shape)), { host: (p, q) => Math.sqrt(Math.max(p * q, eps * eps)) });
  return binaryOp(dot, denom, { host: (p, q) => p / q });
});

defineOp('aten::pairwise_distance(Tensor x1, Tensor x2, float p=2., float eps=9.9999999999999995e-07, bool keepdim=False) -> Tensor', (a) => {
  const [x, y] = [t0(a), A.tensor(a[1])];
  const [p, eps] = [A.float(a[2]), A.float(a[3])];
  const diff = binaryOp(x, y, { host: (u, v) => u - v + eps });
  const d = Math.max(diff.ndim - 1, 0);
  const abs = unaryOp(diff, { host: Math.abs });
  if (p === Infinity) return maxAlong(abs, d, A.bool(a[4]));
  const powered = sum(unaryOp(abs, { host: (v) => (p === 0 ? (v !== 0 ? 1 : 0) : v ** p) }), [d], A.bool(a[4]), null);
  return unaryOp(powered, { host: (v) => (p === 0 ? v : v ** (1 / p)) });
});

function maxAlong(t: Tensor, d: number, keep: boolean): Tensor {
  const n = t.shape[d] ?? 1;
  let m = V.narrow(t, d, 0, 1);
  for (let i = 1; i < n; i++) m = binaryOp(m, V.narrow(t, d, i, 1), { host: Math.max });
  return keep ? m : V.squeeze(m, d);
}

function lossOf(a: IValue[], f: (x: number, y: number) => number, reduction: number): Tensor {
  return reduceLoss(binaryOp(t0(a), A.tensor(a[1]), { host: f }), reduction);
}

defineOp('aten::smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.) -> Tensor', (a) => {
  const beta = A.float(a[3]);
  return lossOf(a, (x, y) => {
    const z = Math.abs(x - y);
    return z < beta ? (0.5 * z * z) / beta : z - 0.5 * beta;
  }, A.int(a[2]));
});
defineOp('aten::huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.) -> Tensor', (a) => {
  const delta = A.float(a[3]);
  return lossOf(a, (x, y) => {
    const z = Math.abs(x - y);
    return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
  }, A.int(a[2]));
});

function weighted(loss: Tensor, weight: Tensor | null): Tensor {
  return weight === null ? loss : binaryOp(loss, weight, mul);
}

defineOp('aten::binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor', (a) => {
  const x = t0(a);
  const bad = x.values().some((v) => v < 0 || v > 1);
  if (bad) throw new TorchError('RuntimeError', 'all elements of input should be between 0 and 1');
  // log is clamped at -100, as ATen does.
  const loss = binaryOp(x, A.tensor(a[1]), { host: (p, t) => -(t * Math.max(Math.log(p), -100) + (1 - t) * Math.max(Math.log(1 - p), -100)) });
  return reduceLoss(weighted(loss, A.optTensor(a[2])), A.int(a[3]));
});

defineOp('aten::binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor', (a) => {
  const [x, t] = [t0(a), A.tensor(a[1])];
  const pw = A.optTensor(a[3]);
  // (1 - t) * x + (1 + (pw - 1) * t) * (log1p(exp(-|x|)) + max(-x, 0))
  const softTerm = unaryOp(x, { host: (v) => Math.log1p(Math.exp(-Math.abs(v))) + Math.max(-v, 0) });
  const coef = pw === null ? null : binaryOp(binaryOp(pw, t, { host: (p, q) => (p - 1) * q }), A.scalar(1n), { host: (v, one) => v + one });
  const first = binaryOp(t, x, { host: (q, v) => (1 - q) * v });
  const loss = binaryOp(first, coef === null ? softTerm : binaryOp(coef, softTerm, mul), { host: (p, q) => p + q });
  return reduceLoss(weighted(loss, A.optTensor(a[2])), A.int(a[4]));
});

defineOp('aten::kl_div(Tensor self, Tensor target, int reduction=1, *, bool log_target=False) -> Tensor', (a) => {
  const logTarget = A.bool(a[3]);
  return lossOf(a, (x, t) => (logTarget ? Math.exp(t) * (t - x) : t > 0 ? t * (Math.log(t) - x) : t === 0 ? 0 : NaN), A.int(a[2]));
});
