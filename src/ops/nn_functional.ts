// torch.nn.functional kernels on the host: pad, pooling, normalisation, softmax, embedding.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { SCALAR_TYPE_NAME, isFloating, newHostArray } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';
import { indexSelect } from './indexing';
import * as V from './views';
import { batchNormDevice, globalAvgPoolDevice, maxPool2dDevice } from './nn_device';

/** F.pad constant mode; negative pads crop. `pad` lists (left, right) pairs from the last dim. */
export function constantPad(x: Tensor, pad: readonly number[], value: number): Tensor {
  if (pad.length % 2 !== 0) throw new TorchError('RuntimeError', 'Length of pad must be even but instead it equals ' + pad.length);
  if (pad.length / 2 > x.ndim) {
    throw new TorchError('RuntimeError', `Length of pad should be no more than twice the number of dimensions of the input. Pad length is ${pad.length} while the input has ${x.ndim} dimensions.`);
  }
  const shape = [...x.shape];
  let src = x;
  for (let i = 0; i < pad.length / 2; i++) {
    const d = x.ndim - 1 - i;
    const [l, r] = [pad[2 * i], pad[2 * i + 1]];
    shape[d] = x.shape[d] + l + r;
    if (shape[d] < 0) throw new TorchError('RuntimeError', `The input size ${x.shape[d]}, plus negative padding ${l} and ${r} resulted in a negative output size, which is invalid. Check dimension ${d} of your input.`);
    src = V.narrow(src, d, Math.max(-l, 0), src.shape[d] - Math.max(-l, 0) - Math.max(-r, 0));
  }
  const out = Tensor.full(x.dtype, shape, value);
  let dst = out;
  for (let i = 0; i < pad.length / 2; i++) {
    const d = x.ndim - 1 - i;
    dst = V.narrow(dst, d, Math.max(pad[2 * i], 0), src.shape[d]);
  }
  dst.copy_(src);
  return out;
}

/** Reflect / replicate / circular padding by gathering indices per padded dim. */
function indexPad(x: Tensor, pad: readonly number[], mode: string): Tensor {
  let r = x;
  for (let i = 0; i < pad.length / 2; i++) {
    const d = x.ndim - 1 - i;
    const n = r.shape[d];
    const [l, rr] = [pad[2 * i], pad[2 * i + 1]];
    if (mode === 'reflect' && (l >= n || rr >= n)) {
      throw new TorchError('RuntimeError', `Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (${l}, ${rr}) at dimension ${d} of input [${x.shape.join(', ')}]`);
    }
    const idx = Array.from({ length: n + l + rr }, (_, j) => {
      const k = j - l;
      if (mode === 'replicate') return Math.min(Math.max(k, 0), n - 1);
      if (mode === 'circular') return ((k % n) + n) % n;
      const period = 2 * (n - 1);
      const m = ((k % period) + period) % period;
      return m < n ? m : period - m;
    });
    r = indexSelect(r, d, Tensor.fromValues('int64', [idx.length], idx));
  }
  return r;
}

defineOp('aten::constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor', (a) =>
  constantPad(A.tensor(a[0]), A.intList(a[1]), A.scalar(a[2]).value),
);
defineOp('aten::pad(Tensor self, int[] pad, str mode="constant", float? value=None) -> Tensor', (a) => {
  const mode = A.str(a[2]);
  if (mode === 'constant') return constantPad(A.tensor(a[0]), A.intList(a[1]), A.optFloat(a[3]) ?? 0);
  if (!['reflect', 'replicate', 'circular'].includes(mode)) throw new TorchError('NotImplementedError', `Unsupported padding mode: ${mode}`);
  return indexPad(A.tensor(a[0]), A.intList(a[1]), mode);
});

/** Output length of a pooling window sweep (PyTorch's pooling_output_shape). */
function poolOut(len: number, k: number, pad: number, stride: number, dil: number, ceil: boolean): number {
  let out = Math.floor((len + 2 * pad - dil * (k - 1) - 1 + (ceil ? stride - 1 : 0)) / stride) + 1;
  if (ceil && (out - 1) * stride >= len + pad) out--;
  return out;
}

interface Pool2d {
  k: number[];
  s: number[];
  p: number[];
  d: number[];
  ceil: boolean;
}

/** Max/avg pooling over the last two dims of a [.., H, W] tensor. */
function pool2d(x: Tensor, o: Pool2d, kind: 'max' | 'avg', countIncludePad = true, divisor: number | null = null): TupleValue {
  const [H, W] = x.shape.slice(-2);
  const lead = x.shape.slice(0, -2);
  const planes = lead.reduce((a, b) => a * b, 1);
  if (o.p[0] * 2 > o.k[0] || o.p[1] * 2 > o.k[1]) throw new TorchError('RuntimeError', 'pad should be at most half of effective kernel size, but got pad=' + o.p[0] + ', kernel_size=' + o.k[0] + ' and dilation=' + o.d[0]);
  const oh = poolOut(H, o.k[0], o.p[0], o.s[0], o.d[0], o.ceil);
  const ow = poolOut(W, o.k[1], o.p[1], o.s[1], o.d[1], o.ceil);
  if (oh <= 0 || ow <= 0) throw new TorchError('RuntimeError', `Given input size: (${lead.slice(-1)[0] ?? 1}x${H}x${W}). Calculated output size: (${lead.slice(-1)[0] ?? 1}x${oh}x${ow}). Output size is too small`);
  const v = x.values();
  const dtype: DType = x.dtype;
  const out = newHostArray(dtype, planes * oh * ow);
  const idx = new Float64Array(planes * oh * ow);
  for (let p = 0; p < planes; p++) {
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++) {
        const h0 = i * o.s[0] - o.p[0];
        const w0 = j * o.s[1] - o.p[1];
        let best = -Infinity;
        let bestAt = -1;
        let acc = 0;
        let count = 0;
        for (let a = 0; a < o.k[0]; a++) {
          const h = h0 + a * o.d[0];
          for (let b = 0; b < o.k[1]; b++) {
            const w = w0 + b * o.d[1];
            const inside = h >= 0 && h < H && w >= 0 && w < W;
            if (kind === 'avg') {
              if (h < H + o.p[0] && w < W + o.p[1]) count += countIncludePad ? 1 : inside ? 1 : 0;
              if (inside) acc += v[p * H * W + h * W + w];
            } else if (inside) {
              const val = v[p * H * W + h * W + w];
              if (val > best || val !== val || bestAt < 0) {
                best = val;
                bestAt = h * W + w;
              }
            }
          }
        }
        const at = p * oh * ow + i * ow + j;
        if (kind === 'max') {
          out[at] = best;
          idx[at] = bestAt;
        } else out[at] = acc / (divisor ?? count);
      }
    }
  }
  const shape = [...lead, oh, ow];
  return new TupleValue([Tensor.fromArray(dtype, shape, out), Tensor.fromArray('int64', shape, idx)]);
}

function poolArgs(a: IValue[], n: number, dilationAt: number | null, ceilAt: number): Pool2d {
  const k = A.intList(a[1], n);
  const s = A.intList(a[2], n);
  return {
    k,
    s: s.length === 0 ? k : s,
    p: A.intList(a[3], n),
    d: dilationAt === null ? new Array<number>(n).fill(1) : A.intList(a[dilationAt], n),
    ceil: A.bool(a[ceilAt]),
  };
}

const first = (t: TupleValue): Tensor => t.elements[0] as Tensor;
const lift1d = (o: Pool2d): Pool2d => ({ k: [1, o.k[0]], s: [1, o.s[0]], p: [0, o.p[0]], d: [1, o.d[0]], ceil: o.ceil });

defineOp('aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor', (a) => {
  const x = A.tensor(a[0]);
  const o = poolArgs(a, 2, 4, 5);
  const valid = o.p[0] * 2 <= o.k[0] && o.p[1] * 2 <= o.k[1];
  return (valid ? maxPool2dDevice(x, o.k, o.s, o.p, o.d, o.ceil) : undefined) ?? first(pool2d(x, o, 'max'));
});
defineOp(
  'aten::max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)',
  (a) => pool2d(A.tensor(a[0]), poolArgs(a, 2, 4, 5), 'max'),
);
defineOp('aten::max_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> Tensor', (a) =>
  V.squeeze(first(pool2d(V.unsqueeze(A.tensor(a[0]), -2), lift1d(poolArgs(a, 1, 4, 5)), 'max')), -2),
);
defineOp(
  'aten::avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor',
  (a) => first(pool2d(A.tensor(a[0]), poolArgs(a, 2, null, 4), 'avg', A.bool(a[5]), A.optInt(a[6]))),
);
defineOp(
  'aten::avg_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], bool ceil_mode=False, bool count_include_pad=True) -> Tensor',
  (a) => V.squeeze(first(pool2d(V.unsqueeze(A.tensor(a[0]), -2), lift1d(poolArgs(a, 1, null, 4)), 'avg', A.bool(a[5]))), -2),
);

/** Adaptive pooling over the last `out.length` dims (windows [floor(i*L/o), ceil((i+1)*L/o))). */
function adaptive(x: Tensor, outSize: readonly number[], kind: 'max' | 'avg'): TupleValue {
  const n = outSize.length;
  const x2 = n === 1 ? V.unsqueeze(x, -2) : x;
  const os = n === 1 ? [1, outSize[0]] : outSize;
  const [H, W] = x2.shape.slice(-2);
  const lead = x2.shape.slice(0, -2);
  const planes = lead.reduce((a, b) => a * b, 1);
  const v = x2.values();
  const out = newHostArray(x.dtype, planes * os[0] * os[1]);
  const idx = new Float64Array(out.length);
  for (let p = 0; p < planes; p++) {
    for (let i = 0; i < os[0]; i++) {
      const [h0, h1] = [Math.floor((i * H) / os[0]), Math.ceil(((i + 1) * H) / os[0])];
      for (let j = 0; j < os[1]; j++) {
        const [w0, w1] = [Math.floor((j * W) / os[1]), Math.ceil(((j + 1) * W) / os[1])];
        let acc = 0;
        let best = -Infinity;
        let bestAt = h0 * W + w0;
        for (let h = h0; h < h1; h++) {
          for (let w = w0; w < w1; w++) {
            const val = v[p * H * W + h * W + w];
            acc += val;
            if (val > best || val !== val) {
              best = val;
              bestAt = h * W + w;
            }
          }
        }
        const at = p * os[0] * os[1] + i * os[1] + j;
        out[at] = kind === 'avg' ? acc / ((h1 - h0) * (w1 - w0)) : best;
        idx[at] = n === 1 ? bestAt % W : bestAt;
      }
    }
  }
  const shape = [...x.shape.slice(0, x.ndim - n), ...outSize];
  return new TupleValue([Tensor.fromArray(x.dtype, shape, out), Tensor.fromArray('int64', shape, idx)]);
}
defineOp('aten::adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor', (a) => {
  const [x, size] = [A.tensor(a[0]), A.intList(a[1], 2)];
  return globalAvgPoolDevice(x, size) ?? first(adaptive(x, size, 'avg'));
});
defineOp('aten::adaptive_avg_pool1d(Tensor self, int[1] output_size) -> Tensor', (a) => first(adaptive(A.tensor(a[0]), A.intList(a[1], 1), 'avg')));
defineOp('aten::adaptive_max_pool2d(Tensor self, int[2] output_size) -> (Tensor, Tensor)', (a) => adaptive(A.tensor(a[0]), A.intList(a[1], 2), 'max'));
defineOp('aten::adaptive_max_pool1d(Tensor self, int[1] output_size) -> (Tensor, Tensor)', (a) => adaptive(A.tensor(a[0]), A.intList(a[1], 1), 'max'));

/** softmax / log_softmax along `dim`, computed in float (int inputs give the default float). */
export function softmax(x: Tensor, dim: number, dtype: DType | null, log: boolean): Tensor {
  const out = dtype ?? x.dtype;
  if (!isFloating(out)) {
    const kernel = x.ndim === 0 || wrapDim(dim, x.ndim) === x.ndim - 1 ? 'lastdim_kernel_impl' : 'kernel_impl';
    throw new TorchError('RuntimeError', `"${log ? 'log_' : ''}softmax_${kernel}" not implemented for '${SCALAR_TYPE_NAME[out]}'`);
  }
  if (x.ndim === 0) return Tensor.scalar(out, log ? 0 : 1);
  const d = wrapDim(dim, x.ndim);
  const moved = V.transpose(x, d, -1);
  const v = moved.values();
  const n = x.shape[d];
  const res = newHostArray(out, v.length);
  for (let s = 0; s < v.length; s += n) {
    let m = -Infinity;
    for (let i = s; i < s + n; i++) m = Math.max(m, v[i]);
    let acc = 0;
    for (let i = s; i < s + n; i++) acc += Math.exp(v[i] - m);
    for (let i = s; i < s + n; i++) res[i] = log ? v[i] - m - Math.log(acc) : Math.exp(v[i] - m) / acc;
  }
  return V.transpose(Tensor.fromArray(out, moved.shape, res), d, -1).contiguous();
}
defineOp('aten::softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor', (a) => softmax(A.tensor(a[0]), A.int(a[1]), A.optDtype(a[2]), false));
defineOp('aten::log_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor', (a) => softmax(A.tensor(a[0]), A.int(a[1]), A.optDtype(a[2]), true));

/** Normalises groups of `inner` contiguous values: (x - mean) / sqrt(var + eps), biased var. */
function normalizeRows(v: ArrayLike<number>, inner: number, eps: number, out: { [i: number]: number }): void {
  for (let s = 0; s < v.length; s += inner) {
    let m = 0;
    for (let i = s; i < s + inner; i++) m += v[i];
    m /= inner;
    let q = 0;
    for (let i = s; i < s + inner; i++) q += (v[i] - m) * (v[i] - m);
    const r = 1 / Math.sqrt(q / inner + eps);
    for (let i = s; i < s + inner; i++) out[i] = (v[i] - m) * r;
  }
}

/** y = y * weight + bias with weight/bias of shape `affineShape` broadcast along the channel dim. */
function affine(y: Float64Array, shape: readonly number[], channelDim: number, spanDims: number, w: Tensor | null, b: Tensor | null): void {
  if (w === null && b === null) return;
  const inner = shape.slice(channelDim + spanDims).reduce((x, z) => x * z, 1);
  const span = shape.slice(channelDim, channelDim + spanDims).reduce((x, z) => x * z, 1);
  const wv = w?.values();
  const bv = b?.values();
  for (let i = 0; i < y.length; i++) {
    const c = Math.floor(i / inner) % span;
    y[i] = y[i] * (wv ? wv[c] : 1) + (bv ? bv[c] : 0);
  }
}

function layerNorm(x: Tensor, normalized: readonly number[], w: Tensor | null, b: Tensor | null, eps: number): Tensor {
  const tail = x.shape.slice(x.ndim - normalized.length);
  if (normalized.length > x.ndim || tail.some((s, i) => s !== normalized[i])) {
    throw new TorchError(
      'RuntimeError',
      `Given normalized_shape=[${normalized.join(', ')}], expected input with shape [*, ${normalized.join(', ')}], but got input of size[${x.shape.join(', ')}]`,
    );
  }
  const inner = normalized.reduce((p, q) => p * q, 1);
  const y = new Float64Array(x.numel);
  normalizeRows(x.values(), inner, eps, y);
  affine(y, [Math.floor(x.numel / Math.max(inner, 1)), ...normalized], 1, normalized.length, w, b);
  return Tensor.fromValues(x.dtype, x.shape, y);
}
defineOp('aten::layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, float eps=1.0000000000000001e-05, bool cudnn_enable=True) -> Tensor', (a) =>
  layerNorm(A.tensor(a[0]), A.intList(a[1]), A.optTensor(a[2]), A.optTensor(a[3]), A.float(a[4])),
);

function groupNorm(x: Tensor, groups: number, w: Tensor | null, b: Tensor | null, eps: number): Tensor {
  const C = x.shape[1];
  if (C % groups !== 0) {
    throw new TorchError('RuntimeError', `Expected number of channels in input to be divisible by num_groups, but got input of shape [${x.shape.join(', ')}] and num_groups=${groups}`);
  }
  const y = new Float64Array(x.numel);
  normalizeRows(x.values(), x.numel / (x.shape[0] * groups), eps, y);
  affine(y, x.shape, 1, 1, w, b);
  return Tensor.fromValues(x.dtype, x.shape, y);
}
defineOp('aten::group_norm(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1.0000000000000001e-05, bool cudnn_enabled=True) -> Tensor', (a) =>
  groupNorm(A.tensor(a[0]), A.int(a[1]), A.optTensor(a[2]), A.optTensor(a[3]), A.float(a[4])),
);

/** batch_norm over dim 1; training uses batch statistics and updates the running buffers in place. */
export function batchNorm(x: Tensor, w: Tensor | null, b: Tensor | null, rm: Tensor | null, rv: Tensor | null, training: boolean, momentum: number, eps: number): Tensor {
  const C = x.shape[1];
  for (const [name, p] of [['running_mean', rm], ['running_var', rv], ['weight', w], ['bias', b]] as const) {
    if (p !== null && p.numel !== C) throw new TorchError('RuntimeError', `${name} should contain ${C} elements not ${p.numel}`);
  }
  const perm = [1, 0, ...x.shape.slice(2).map((_, i) => i + 2)];
  const v = V.permute(x, perm).values();
  const inner = x.numel / C;
  if (training && inner <= 1) throw new TorchError('ValueError', `Expected more than 1 value per channel when training, got input size [${x.shape.join(', ')}]`);
  const mean = new Float64Array(C);
  const varc = new Float64Array(C);
  if (training || rm === null || rv === null) {
    for (let c = 0; c < C; c++) {
      let m = 0;
      for (let i = 0; i < inner; i++) m += v[c * inner + i];
      m /= inner;
      let q = 0;
      for (let i = 0; i < inner; i++) q += (v[c * inner + i] - m) ** 2;
      mean[c] = m;
      varc[c] = q / inner;
    }
    if (training && rm !== null && rv !== null) {
      // Both running stats are read before either is written (Note [Async readback]).
      const newMean = Array.from(rm.values(), (r, c) => (1 - momentum) * r + momentum * mean[c]);
      const newVar = Array.from(rv.values(), (r, c) => (1 - momentum) * r + (momentum * varc[c] * inner) / (inner - 1));
      rm.copy_(Tensor.fromValues(rm.dtype, rm.shape, newMean));
      rv.copy_(Tensor.fromValues(rv.dtype, rv.shape, newVar));
    }
  } else {
    mean.set(rm.values());
    varc.set(rv.values());
  }
  const wv = w?.values();
  const bv = b?.values();
  const xv = x.values();
  const spatial = x.shape.slice(2).reduce((p, q) => p * q, 1);
  const y = new Float64Array(x.numel);
  for (let i = 0; i < y.length; i++) {
    const c = Math.floor(i / spatial) % C;
    y[i] = ((xv[i] - mean[c]) / Math.sqrt(varc[c] + eps)) * (wv ? wv[c] : 1) + (bv ? bv[c] : 0);
  }
  return Tensor.fromValues(x.dtype, x.shape, y);
}
defineOp(
  'aten::batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps, bool cudnn_enabled) -> Tensor',
  (a) => {
    const [x, w, b, rm, rv, training, eps] = [A.tensor(a[0]), A.optTensor(a[1]), A.optTensor(a[2]), A.optTensor(a[3]), A.optTensor(a[4]), A.bool(a[5]), A.float(a[7])];
    const onDevice = !training && rm !== null && rv !== null && x.shape[1] === rm.numel ? batchNormDevice(x, w, b, rm, rv, eps) : undefined;
    return onDevice ?? batchNorm(x, w, b, rm, rv, training, A.float(a[6]), eps);
  },
);

defineOp('aten::embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor', (a) => {
  const w = A.tensor(a[0]);
  const ix = A.tensor(a[1]);
  if (isFloating(ix.dtype)) {
    throw new TorchError('RuntimeError', `Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)`);
  }
  const n = w.shape[0]!;
  const flat = ix.values() as ArrayLike<number | bigint>;
  for (let k = 0; k < flat.length; k++) {
    if (Number(flat[k]) < 0 || Number(flat[k]) >= n) throw new TorchError('IndexError', 'index out of range in self');
  }
  const rows = indexSelect(w, 0, V.reshape(ix, [-1]));
  return V.view(rows, [...ix.shape, w.shape[1]]);
});
