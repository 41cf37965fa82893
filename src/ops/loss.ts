// Loss functions (mse_loss, l1_loss, nll_loss, cross_entropy_loss) and one_hot.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { SCALAR_TYPE_NAME, isFloating, newHostArray } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { binaryOp, unaryOp } from './elementwise';
import { mean, sum } from './reduction';
import { softmax } from './nn_functional';
import { defineOp } from './registry';
import * as V from './views';

/** Reduction enum of torch.nn._reduction: 0 none, 1 mean, 2 sum. */
export function reduceLoss(t: Tensor, reduction: number): Tensor {
  if (reduction === 0) return t;
  return reduction === 1 ? mean(t, null, false, null) : sum(t, null, false, null);
}

function pointwiseLoss(a: Tensor, b: Tensor, reduction: number, f: (d: number) => number): Tensor {
  const diff = binaryOp(a, b, { host: (x, y) => x - y });
  return reduceLoss(unaryOp(diff, { host: f }), reduction);
}

/**
 * nll_loss over input (N, C, d...) or (C), target (N, d...) or (): -weight[t] * input[.., t, ..],
 * ignore_index skipped; mean divides by the sum of the weights used.
 */
export function nllLoss(input: Tensor, target: Tensor, weight: Tensor | null, reduction: number, ignoreIndex: number): Tensor {
  if (isFloating(target.dtype)) {
    throw new TorchError('RuntimeError', `expected scalar type Long but found ${SCALAR_TYPE_NAME[target.dtype]}`);
  }
  const batched = input.ndim >= 2;
  const x = batched ? V.transpose(input, 1, -1).contiguous() : V.unsqueeze(input, 0);
  const c = x.shape[x.ndim - 1];
  const tshape = batched ? [x.shape[0], ...x.shape.slice(1, -1)] : [];
  if (target.numel !== x.numel / Math.max(c, 1)) {
    throw new TorchError('ValueError', `Expected input batch_size (${input.shape[0] ?? 1}) to match target batch_size (${target.shape[0] ?? 1}).`);
  }
  const xv = x.values();
  const tv = target.values();
  const wv = weight?.values();
  const out = newHostArray(input.dtype, tv.length);
  let total = 0;
  let wsum = 0;
  for (let i = 0; i < tv.length; i++) {
    const t = tv[i];
    if (t === ignoreIndex) continue;
    if (t < 0 || t >= c) throw new TorchError('IndexError', `Target ${t} is out of bounds.`);
    const w = wv ? wv[t] : 1;
    out[i] = -w * xv[i * c + t];
    total += out[i];
    wsum += w;
  }
  if (reduction === 0) return Tensor.fromArray(input.dtype, tshape, out);
  return Tensor.scalar(input.dtype, reduction === 1 ? total / wsum : total);
}

/**
 * The label-smoothing term of cross_entropy with class-index targets: -sum_c weight[c] * logp[.., c, ..]
 * per sample (0 where ignored), reduced as PyTorch 1.13 does (mean over the weights of the targets used).
 */
function smoothingLoss(logp: Tensor, target: Tensor, weight: Tensor | null, reduction: number, ignoreIndex: number): Tensor {
  const batched = logp.ndim >= 2;
  const x = batched ? V.transpose(logp, 1, -1).contiguous() : V.unsqueeze(logp, 0);
  const c = x.shape[x.ndim - 1]!;
  const xv = x.values();
  const tv = target.values();
  const wv = weight?.values();
  const out = newHostArray(logp.dtype, tv.length);
  let wsum = 0;
  for (let i = 0; i < tv.length; i++) {
    if (tv[i] === ignoreIndex) continue;
    let acc = 0;
    for (let k = 0; k < c; k++) acc += (wv ? wv[k] : 1) * xv[i * c + k];
    out[i] = -acc;
    wsum += wv ? wv[tv[i]] : 1;
  }
  const perSample = Tensor.fromArray(logp.dtype, batched ? [x.shape[0]!, ...x.shape.slice(1, -1)] : [], out);
  // Mean divides by the weight of the targets used (their count without weights), as nll_loss does.
  if (reduction !== 1) return reduceLoss(perSample, reduction);
  return Tensor.scalar(logp.dtype, sum(perSample, null, false, null).item() / wsum);
}

function crossEntropy(input: Tensor, target: Tensor, weight: Tensor | null, reduction: number, ignoreIndex: number, smoothing: number): Tensor {
  const logp = softmax(input, input.ndim >= 2 ? 1 : 0, null, true);
  const classes = input.ndim >= 2 ? input.shape[1]! : input.shape[0]!;
  if (smoothing > 0 && !isFloating(target.dtype)) {
    const nll = nllLoss(logp, target, weight, reduction, ignoreIndex);
    const smooth = smoothingLoss(logp, target, weight, reduction, ignoreIndex);
    return binaryOp(nll, smooth, { host: (a, b) => Math.fround((1 - smoothing) * a) + Math.fround(b * Math.fround(smoothing / classes)) });
  }
  if (smoothing > 0) target = binaryOp(target, target, { host: (y) => Math.fround(y * (1 - smoothing)) + smoothing / classes });
  if (isFloating(target.dtype)) {
    // Class probabilities: -sum(target * log_softmax) over the class dim.
    const prod = binaryOp(logp, target, { host: (x, y) => -x * y });
    const perSample = sum(prod, [input.ndim >= 2 ? 1 : 0], false, null);
    if (reduction === 1) return binaryOp(sum(perSample, null, false, null), { value: input.ndim >= 2 ? input.shape[0] : 1, operand: { dtype: 'int64', kind: 'wrapped' } }, { host: (x, y) => x / y });
    return reduceLoss(perSample, reduction);
  }
  return nllLoss(logp, target, weight, reduction, ignoreIndex);
}

function oneHot(t: Tensor, numClasses: number): Tensor {
  if (t.dtype !== 'int64') throw new TorchError('RuntimeError', 'one_hot is only applicable to index tensor.');
  const v = t.values();
  let n = numClasses;
  if (n === -1) n = v.length === 0 ? 0 : Math.max(...v) + 1;
  const out = newHostArray('int64', v.length * n);
  for (let i = 0; i < v.length; i++) {
    if (v[i] < 0) throw new TorchError('RuntimeError', 'Class values must be non-negative.');
    if (v[i] >= n) throw new TorchError('RuntimeError', 'Class values must be smaller than num_classes.');
    out[i * n + v[i]] = 1;
  }
  return Tensor.fromArray('int64', [...t.shape, n], out);
}

const tt = (a: IValue[]): [Tensor, Tensor] => [A.tensor(a[0]), A.tensor(a[1])];
defineOp('aten::mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor', (a) => pointwiseLoss(...tt(a), A.int(a[2]), (d) => d * d));
defineOp('aten::l1_loss(Tensor self, Tensor target, int reduction=1) -> Tensor', (a) => pointwiseLoss(...tt(a), A.int(a[2]), Math.abs));
for (const name of ['nll_loss', 'nll_loss_nd']) {
  defineOp(`aten::${name}(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor`, (a) =>
    nllLoss(...tt(a), A.optTensor(a[2]), A.int(a[3]), A.int(a[4])),
  );
}
defineOp('aten::cross_entropy_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100, float label_smoothing=0.) -> Tensor', (a) =>
  crossEntropy(...tt(a), A.optTensor(a[2]), A.int(a[3]), A.int(a[4]), A.float(a[5])),
);
defineOp('aten::one_hot(Tensor self, int num_classes=-1) -> Tensor', (a) => oneHot(A.tensor(a[0]), A.int(a[1])));
