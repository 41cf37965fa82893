// More nn kernels: glu, prelu, cosine_similarity, pairwise_distance, and the losses smooth_l1,
// huber, binary_cross_entropy (with logits) and kl_div.
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TupleValue } from '../runtime/ivalue';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { binaryOp, toFloat, unaryOp } from './elementwise';
import { reduceLoss } from './loss';
import { batchNorm } from './nn_functional';
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

/** ||x - y + eps||_p over the last dim, as pairwise_distance. */
function pairwiseDistance(x: Tensor, y: Tensor, p: number, eps: number, keepdim: boolean): Tensor {
  const diff = binaryOp(x, y, { host: (u, v) => u - v + eps });
  const d = Math.max(diff.ndim - 1, 0);
  const abs = unaryOp(diff, { host: Math.abs });
  if (p === Infinity) return maxAlong(abs, d, keepdim);
  const powered = sum(unaryOp(abs, { host: (v) => (p === 0 ? (v !== 0 ? 1 : 0) : v ** p) }), [d], keepdim, null);
  return unaryOp(powered, { host: (v) => (p === 0 ? v : v ** (1 / p)) });
}
defineOp('aten::pairwise_distance(Tensor x1, Tensor x2, float p=2., float eps=9.9999999999999995e-07, bool keepdim=False) -> Tensor', (a) =>
  pairwiseDistance(t0(a), A.tensor(a[1]), A.float(a[2]), A.float(a[3]), A.bool(a[4])),
);

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

defineOp('aten::margin_ranking_loss(Tensor input1, Tensor input2, Tensor target, float margin=0., int reduction=1) -> Tensor', (a) => {
  const margin = A.float(a[3]);
  const diff = binaryOp(t0(a), A.tensor(a[1]), { host: (x, y) => x - y });
  return reduceLoss(binaryOp(A.tensor(a[2]), diff, { host: (t, d) => Math.max(0, -t * d + margin) }), A.int(a[4]));
});
defineOp('aten::hinge_embedding_loss(Tensor self, Tensor target, float margin=1., int reduction=1) -> Tensor', (a) => {
  const margin = A.float(a[2]);
  const loss = binaryOp(t0(a), A.tensor(a[1]), { host: (x, t) => (t !== 1 ? Math.max(margin - x, 0) : 0) + (t !== -1 ? x : 0) });
  return reduceLoss(loss, A.int(a[3]));
});
defineOp('aten::soft_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor', (a) =>
  reduceLoss(binaryOp(t0(a), A.tensor(a[1]), { host: (x, t) => Math.log1p(Math.exp(-t * x)) }), A.int(a[2])),
);
defineOp('aten::cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target, float margin=0., int reduction=1) -> Tensor', (a) => {
  const [x, y, t] = [t0(a), A.tensor(a[1]), A.tensor(a[2])];
  const margin = A.float(a[3]);
  const d = Math.max(x.ndim - 1, 0);
  const dot = sum(binaryOp(x, y, mul), [d], false, null);
  const sq = (z: Tensor): Tensor => sum(binaryOp(z, z, mul), [d], false, null);
  // ATen: EPSILON = 1e-12 added to each squared magnitude.
  const cos = binaryOp(dot, binaryOp(sq(x), sq(y), { host: (p, q) => Math.sqrt((p + 1e-12) * (q + 1e-12)) }), { host: (p, q) => p / q });
  const loss = binaryOp(t, cos, { host: (tt, c) => (tt === 1 ? 1 - c : 0) + (tt === -1 ? Math.max(c - margin, 0) : 0) });
  return reduceLoss(loss, A.int(a[4]));
});
defineOp('aten::triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative, float margin=1., float p=2., float eps=9.9999999999999995e-07, bool swap=False, int reduction=1) -> Tensor', (a) => {
  const [an, pos, neg] = [t0(a), A.tensor(a[1]), A.tensor(a[2])];
  const [margin, p, eps] = [A.float(a[3]), A.float(a[4]), A.float(a[5])];
  const dPos = pairwiseDistance(an, pos, p, eps, false);
  let dNeg = pairwiseDistance(an, neg, p, eps, false);
  if (A.bool(a[6])) dNeg = binaryOp(dNeg, pairwiseDistance(pos, neg, p, eps, false), { host: Math.min });
  return reduceLoss(binaryOp(dPos, dNeg, { host: (x, y) => Math.max(margin + x - y, 0) }), A.int(a[7]));
});
defineOp('aten::poisson_nll_loss(Tensor input, Tensor target, bool log_input, bool full, float eps, int reduction) -> Tensor', (a) => {
  const [logInput, full, eps] = [A.bool(a[2]), A.bool(a[3]), A.float(a[4])];
  const loss = binaryOp(t0(a), A.tensor(a[1]), {
    compute: toFloat,
    host: (x, t) => {
      const base = logInput ? Math.exp(x) - t * x : x - t * Math.log(x + eps);
      const stirling = full && t > 1 ? t * Math.log(t) - t + 0.5 * Math.log(2 * Math.PI * t) : 0;
      return base + stirling;
    },
  });
  return reduceLoss(loss, A.int(a[5]));
});

defineOp('aten::instance_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool use_input_stats, float momentum, float eps, bool cudnn_enabled) -> Tensor', (a) => {
  const x = t0(a);
  const [w, b] = [A.optTensor(a[1]), A.optTensor(a[2])];
  const [rm, rv] = [A.optTensor(a[3]), A.optTensor(a[4])];
  const [n, c] = [x.shape[0]!, x.shape[1]!];
  // As ATen: the batch folds into the channels, one normalisation per (sample, channel).
  const folded = V.reshape(x.contiguous(), [1, n * c, ...x.shape.slice(2)]);
  const rep = (t: Tensor | null): Tensor | null => (t === null ? null : V.reshape(V.expand(V.unsqueeze(t, 0), [n, c]).contiguous(), [n * c]));
  const y = batchNorm(folded, rep(w), rep(b), rep(rm), rep(rv), A.bool(a[5]), A.float(a[6]), A.float(a[7]));
  return V.reshape(y, x.shape);
});

/** embedding_bag: sum, mean or max of the rows of each bag (bags start at `offsets`), padding_idx rows left out. */
function embeddingBag(a: IValue[], paddingIdx: number | null): TupleValue {
  const [w, idx, offs] = [t0(a), A.tensor(a[1]), A.tensor(a[2])];
  const mode = A.int(a[4]);
  const psw = A.optTensor(a[6]);
  const includeLast = A.bool(a[7]);
  const iv = idx.values();
  const ov = Array.from(offs.values());
  const dim = w.shape[1]!;
  const wv = w.contiguous().values();
  const pv = psw?.values();
  const nBags = includeLast ? ov.length - 1 : ov.length;
  const out = new Float64Array(nBags * dim);
  const sizes = new Float64Array(nBags);
  for (let b = 0; b < nBags; b++) {
    const end = b + 1 < ov.length ? ov[b + 1]! : iv.length;
    let count = 0;
    for (let k = ov[b]!; k < end; k++) {
      const row = iv[k]!;
      if (row < 0 || row >= w.shape[0]!) throw new TorchError('IndexError', 'index out of range in self');
      if (row === paddingIdx) continue;
      const scale = pv === undefined ? 1 : pv[k]!;
      for (let j = 0; j < dim; j++) {
        const x = wv[row * dim + j]! * scale;
        const o = b * dim + j;
        out[o] = mode === 2 ? (count === 0 ? x : Math.max(out[o]!, x)) : out[o]! + x;
      }
      count++;
    }
    sizes[b] = count;
    if (mode === 1 && count > 0) for (let j = 0; j < dim; j++) out[b * dim + j] /= count;
  }
  const empty = Tensor.fromValues('int64', [0], []);
  return new TupleValue([Tensor.fromValues(w.dtype, [nBags, dim], out), empty, Tensor.fromValues('int64', [nBags], sizes), empty]);
}
defineOp('aten::embedding_bag(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq=False, int mode=0, bool sparse=False, Tensor? per_sample_weights=None, bool include_last_offset=False) -> (Tensor, Tensor, Tensor, Tensor)', (a) =>
  embeddingBag(a, null),
);
defineOp('aten::embedding_bag.padding_idx(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq, int mode, bool sparse, Tensor? per_sample_weights, bool include_last_offset, int? padding_idx) -> (Tensor, Tensor, Tensor, Tensor)', (a) =>
  embeddingBag(a, A.optInt(a[8])),
);
