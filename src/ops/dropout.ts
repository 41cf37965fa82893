// Dropout and bernoulli sampling on the PyTorch-exact CPU generator.
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import { defaultGenerator, uniformDouble, uniformFloat } from '../runtime/random';
import * as A from './args';
import { defineOp } from './registry';

// Note [Bernoulli draws]: PyTorch 1.13's CPU `bernoulli_(float p)` (bernoulli_scalar_kernel_default,
// taken on non-Intel CPUs and builds without MKL) draws one `uniform_real_distribution<double>`
// value per element in row-major order and yields `u < p`. On Intel CPUs with MKL PyTorch draws
// from an MKL stream instead, so its masks there differ. `bernoulli_(Tensor p)` with float
// probabilities draws `uniform_real_distribution<float>` values (24 bits) instead.

const noGenerator = (v: unknown): void => {
  if (v !== null) throw new TorchError('NotImplementedError', 'explicit torch.Generator objects are not supported');
};

/** `numel` bernoulli(p) samples as 0/1, drawn in order. */
export function bernoulliMask(numel: number, p: number): Float64Array {
  if (!(p >= 0 && p <= 1)) throw new TorchError('RuntimeError', `bernoulli_ expects p to be in [0, 1], but got p=${p}`);
  const gen = defaultGenerator();
  const out = new Float64Array(numel);
  for (let i = 0; i < numel; i++) out[i] = uniformDouble(gen, 0, 1) < p ? 1 : 0;
  return out;
}

/** One sample per element of `probs`, with that element's probability. */
function bernoulliTensor(probs: Tensor): Float64Array {
  const pv = probs.values();
  const gen = defaultGenerator();
  const double = probs.dtype === 'float64';
  const out = new Float64Array(pv.length);
  for (let i = 0; i < pv.length; i++) {
    const u = double ? uniformDouble(gen, 0, 1) : uniformFloat(gen, 0, 1);
    out[i] = u < pv[i] ? 1 : 0;
  }
  return out;
}

/**
 * `at::dropout` on CPU (`_dropout_impl`): noise = empty_like(x).bernoulli_(1 - p) / (1 - p), then
 * x * noise, rounded in the input's dtype. `featureShape` draws one sample per (N, C) plane.
 */
export function dropout(x: Tensor, p: number, train: boolean, featureShape: readonly number[] | null = null): Tensor {
  if (p < 0 || p > 1) throw new TorchError('ValueError', `dropout probability has to be between 0 and 1, but got ${p}`);
  if (!train || p === 0 || x.numel === 0) return x;
  if (p === 1) return Tensor.full(x.dtype, x.shape, 0);
  const shape = featureShape ?? x.shape;
  const mask = bernoulliMask(shape.reduce((s, d) => s * d, 1), 1 - p);
  const f32 = x.dtype !== 'float64';
  const scale = f32 ? Math.fround(1 / Math.fround(1 - p)) : 1 / (1 - p);
  const xv = x.values();
  const out = new Float64Array(x.numel);
  const inner = featureShape === null ? 1 : x.numel / mask.length;
  for (let i = 0; i < out.length; i++) {
    const v = xv[i] * (mask[Math.floor(i / inner)] * scale);
    out[i] = f32 ? Math.fround(v) : v;
  }
  return Tensor.fromValues(x.dtype, x.shape, out);
}

/** Feature dropout zeroes whole channels: one sample per (N, C), as make_feature_noise shapes it. */
function featureNoiseShape(x: Tensor): number[] {
  if (x.ndim < 2) throw new TorchError('RuntimeError', 'Feature dropout requires at least 2 dimensions in the input');
  return [x.shape[0], x.shape[1]];
}

defineOp('aten::dropout(Tensor input, float p, bool train) -> Tensor', (a) => dropout(A.tensor(a[0]), A.float(a[1]), A.bool(a[2])));
defineOp('aten::dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)', (a) => {
  const x = A.tensor(a[0]);
  const r = dropout(x, A.float(a[1]), A.bool(a[2]));
  return r === x ? x : x.copy_(r);
});
defineOp('aten::feature_dropout(Tensor input, float p, bool train) -> Tensor', (a) => {
  const x = A.tensor(a[0]);
  return dropout(x, A.float(a[1]), A.bool(a[2]), featureNoiseShape(x));
});
defineOp('aten::feature_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)', (a) => {
  const x = A.tensor(a[0]);
  const r = dropout(x, A.float(a[1]), A.bool(a[2]), featureNoiseShape(x));
  return r === x ? x : x.copy_(r);
});

defineOp('aten::bernoulli_.float(Tensor(a!) self, float p=0.5, *, Generator? generator=None) -> Tensor(a!)', (a) => {
  noGenerator(a[2]);
  const x = A.tensor(a[0]);
  return x.copy_(Tensor.fromValues(x.dtype, x.shape, bernoulliMask(x.numel, A.float(a[1]))));
});
defineOp('aten::bernoulli.p(Tensor self, float p, *, Generator? generator=None) -> Tensor', (a) => {
  noGenerator(a[2]);
  const x = A.tensor(a[0]);
  return Tensor.fromValues(x.dtype, x.shape, bernoulliMask(x.numel, A.float(a[1])));
});
defineOp('aten::bernoulli(Tensor self, *, Generator? generator=None) -> Tensor', (a) => {
  noGenerator(a[1]);
  const x = A.tensor(a[0]);
  return Tensor.fromValues(x.dtype, x.shape, bernoulliTensor(x));
});
defineOp('aten::bernoulli_.Tensor(Tensor(a!) self, Tensor p, *, Generator? generator=None) -> Tensor(a!)', (a) => {
  noGenerator(a[2]);
  const x = A.tensor(a[0]);
  const p = A.tensor(a[1]);
  if (p.numel !== x.numel) throw new TorchError('RuntimeError', `bernoulli_: p of ${p.numel} elements does not match self of ${x.numel}`);
  return x.copy_(Tensor.fromValues(x.dtype, x.shape, bernoulliTensor(p)));
});
