// Convolutions (1d/2d, transposed, grouped, dilated) on tfjs.
import { tf } from '../runtime/tf';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import type { IValue } from '../runtime/ivalue';
import * as A from './args';
import { runTf } from './elementwise';
import { defineOp } from './registry';
import { constantPad } from './nn_functional';
import * as V from './views';
import { flip } from './shape';

// Note [Convolution on tfjs]: tfjs wants NHWC input and [kh, kw, in, out] filters, has no groups
// and refuses stride > 1 together with dilation > 1. We transpose, run one conv per group, and emulate
// such strides by a stride-1 conv followed by a strided slice. Non-float32 inputs run in float32.

function checkConv(x: Tensor, w: Tensor, groups: number): void {
  if (x.shape[1] !== w.shape[1] * groups) {
    throw new TorchError(
      'RuntimeError',
      `Given groups=${groups}, weight of size [${w.shape.join(', ')}], expected input[${x.shape.join(', ')}] to have ${w.shape[1] * groups} channels, but got ${x.shape[1]} channels instead`,
    );
  }
  if (w.shape[0] % groups !== 0) throw new TorchError('RuntimeError', 'out_channels must be divisible by groups');
}

/** [O, I, kh, kw] filter values (row-major) as a tfjs [kh, kw, I, O] tensor, transposed by a host loop. */
function hwioFilter(v: ArrayLike<number>, shape: readonly number[]): tf.Tensor {
  const [O, I, kh, kw] = shape;
  const out = new Float32Array(O * I * kh * kw);
  let src = 0;
  for (let o = 0; o < O; o++) for (let i = 0; i < I; i++) for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) out[((y * kw + x) * I + i) * O + o] = v[src++];
  return tf.tensor(out, [kh, kw, I, O], 'float32');
}

/** conv2d on NCHW input and [O, C/groups, kh, kw] weights. */
export function conv2d(x: Tensor, w: Tensor, bias: Tensor | null, stride: number[], padding: number[], dilation: number[], groups: number): Tensor {
  if (x.ndim !== 4) {
    throw new TorchError('RuntimeError', `Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [${x.shape.join(', ')}]`);
  }
  checkConv(x, w, groups);
  const [kh, kw] = [w.shape[2], w.shape[3]];
  const outH = Math.floor((x.shape[2] + 2 * padding[0] - dilation[0] * (kh - 1) - 1) / stride[0]) + 1;
  const outW = Math.floor((x.shape[3] + 2 * padding[1] - dilation[1] * (kw - 1) - 1) / stride[1]) + 1;
  if (outH <= 0 || outW <= 0) {
    throw new TorchError(
      'RuntimeError',
      `Calculated padded input size per channel: (${x.shape[2] + 2 * padding[0]} x ${x.shape[3] + 2 * padding[1]}). Kernel size: (${(kh - 1) * dilation[0] + 1} x ${(kw - 1) * dilation[1] + 1}). Kernel size can't be greater than actual input size`,
    );
  }
  const emulate = (stride[0] > 1 || stride[1] > 1) && (dilation[0] > 1 || dilation[1] > 1);
  const out = runTf(() => {
    const xi = tf.transpose(x.toTf('float32') as tf.Tensor4D, [0, 2, 3, 1]);
    // Filters in tfjs' layout are cached on the weight's storage (Note [Derived device copies]).
    const wf = w.deviceDerived('conv2d.hwio', (d) => tf.transpose(d, [2, 3, 1, 0]), (h) => hwioFilter(h, w.shape)) ?? tf.transpose(w.toTf('float32') as tf.Tensor4D, [2, 3, 1, 0]);
    const cin = w.shape[1];
    const cout = w.shape[0] / groups;
    const pad: [[number, number], [number, number], [number, number], [number, number]] = [[0, 0], [padding[0], padding[0]], [padding[1], padding[1]], [0, 0]];
    const strides: [number, number] = emulate ? [1, 1] : [stride[0], stride[1]];
    const parts: tf.Tensor4D[] = [];
    for (let g = 0; g < groups; g++) {
      const xg = groups === 1 ? xi : tf.slice(xi, [0, 0, 0, g * cin], [-1, -1, -1, cin]);
      const wg = groups === 1 ? wf : tf.slice(wf, [0, 0, 0, g * cout], [-1, -1, -1, cout]);
      parts.push(tf.conv2d(xg as tf.Tensor4D, wg as tf.Tensor4D, strides, pad, 'NHWC', [dilation[0], dilation[1]]));
    }
    let y: tf.Tensor = parts.length === 1 ? parts[0] : tf.concat(parts, 3);
    if (emulate) y = tf.stridedSlice(y, [0, 0, 0, 0], y.shape, [1, stride[0], stride[1], 1]);
    if (bias !== null) y = tf.add(y, bias.toTf('float32'));
    return tf.transpose(y, [0, 3, 1, 2]);
  });
  const r = Tensor.fromTf('float32', out);
  return x.dtype === 'float32' ? r : r.cast(x.dtype);
}

export function conv1d(x: Tensor, w: Tensor, bias: Tensor | null, stride: number[], padding: number[], dilation: number[], groups: number): Tensor {
  if (x.ndim !== 3) {
    throw new TorchError('RuntimeError', `Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [${x.shape.join(', ')}]`);
  }
  const y = conv2d(V.unsqueeze(x, 2), V.unsqueeze(w, 2), bias, [1, stride[0]], [0, padding[0]], [1, dilation[0]], groups);
  return V.squeeze(y, 2);
}

/** Transposed conv as a conv over the zero-stuffed, padded input with flipped, swapped weights. */
export function convTranspose2d(
  x: Tensor,
  w: Tensor,
  bias: Tensor | null,
  stride: number[],
  padding: number[],
  outputPadding: number[],
  groups: number,
  dilation: number[],
): Tensor {
  if (x.shape[1] !== w.shape[0]) {
    throw new TorchError(
      'RuntimeError',
      `Given transposed=1, weight of size [${w.shape.join(', ')}], expected input[${x.shape.join(', ')}] to have ${w.shape[0]} channels, but got ${x.shape[1]} channels instead`,
    );
  }
  const [N, C, H, W] = x.shape;
  const hs = (H - 1) * stride[0] + 1;
  const ws = (W - 1) * stride[1] + 1;
  const stuffed = Tensor.full(x.dtype, [N, C, hs, ws], 0);
  stuffed.asStrided([N, C, H, W], [C * hs * ws, hs * ws, ws * stride[0], stride[1]], 0).copy_(x);
  const [kh, kw] = [w.shape[2], w.shape[3]];
  const ph = dilation[0] * (kh - 1) - padding[0];
  const pw = dilation[1] * (kw - 1) - padding[1];
  const padded = constantPad(stuffed, [pw, pw + outputPadding[1], ph, ph + outputPadding[0]], 0);
  const cin = w.shape[0] / groups;
  const cout = w.shape[1];
  const wt = V.reshape(V.transpose(V.reshape(w, [groups, cin, cout, kh, kw]), 1, 2), [groups * cout, cin, kh, kw]);
  return conv2d(padded, flip(wt, [2, 3]), bias, [1, 1], [0, 0], dilation, groups);
}

defineOp('aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor', (a) =>
  unbatched(A.tensor(a[0]), 4, (x) => conv2d(x, A.tensor(a[1]), A.optTensor(a[2]), A.intList(a[3], 2), A.intList(a[4], 2), A.intList(a[5], 2), A.int(a[6]))),
);
defineOp('aten::conv1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], int[1] padding=[0], int[1] dilation=[1], int groups=1) -> Tensor', (a) =>
  unbatched(A.tensor(a[0]), 3, (x) => conv1d(x, A.tensor(a[1]), A.optTensor(a[2]), A.intList(a[3], 1), A.intList(a[4], 1), A.intList(a[5], 1), A.int(a[6]))),
);
defineOp('aten::conv2d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, str padding="valid", int[2] dilation=1, int groups=1) -> Tensor', (a) =>
  unbatched(A.tensor(a[0]), 4, (x) => {
    const [stride, dilation] = [A.intList(a[3], 2), A.intList(a[5], 2)];
    const p = stringPadding(x, A.tensor(a[1]), A.str(a[4]), stride, dilation, 2);
    return conv2d(p.x, A.tensor(a[1]), A.optTensor(a[2]), stride, p.pad, dilation, A.int(a[6]));
  }),
);
defineOp('aten::conv1d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], str padding="valid", int[1] dilation=[1], int groups=1) -> Tensor', (a) =>
  unbatched(A.tensor(a[0]), 3, (x) => {
    const [stride, dilation] = [A.intList(a[3], 1), A.intList(a[5], 1)];
    const p = stringPadding(x, A.tensor(a[1]), A.str(a[4]), stride, dilation, 1);
    return conv1d(p.x, A.tensor(a[1]), A.optTensor(a[2]), stride, p.pad, dilation, A.int(a[6]));
  }),
);
defineOp(
  'aten::conv_transpose2d.input(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int groups=1, int[2] dilation=1) -> Tensor',
  (a) =>
    unbatched(A.tensor(a[0]), 4, (x) =>
      convTranspose2d(x, A.tensor(a[1]), A.optTensor(a[2]), A.intList(a[3], 2), A.intList(a[4], 2), A.intList(a[5], 2), A.int(a[6]), A.intList(a[7], 2)),
    ),
);

/** padding='valid' or 'same' (stride 1 only): 'same' pads d*(k-1) in total, the odd one on the right. */
function stringPadding(x: Tensor, w: Tensor, padding: string, stride: number[], dilation: number[], dims: number): { x: Tensor; pad: number[] } {
  if (padding === 'valid') return { x, pad: new Array<number>(dims).fill(0) };
  if (padding !== 'same') throw new TorchError('RuntimeError', `Invalid padding string: '${padding}'`);
  if (stride.some((s) => s !== 1)) throw new TorchError('RuntimeError', "padding='same' is not supported for strided convolutions");
  const totals = w.shape.slice(2).map((k, i) => dilation[i]! * (k - 1));
  // F.pad order: the last dim first, (left, right) each.
  const extra = [...totals].reverse().flatMap((t) => [0, t % 2]);
  const padded = extra.some((e) => e !== 0) ? constantPad(x, extra, 0) : x;
  return { x: padded, pad: totals.map((t) => Math.floor(t / 2)) };
}

defineOp(
  'aten::conv_transpose1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], int[1] padding=[0], int[1] output_padding=[0], int groups=1, int[1] dilation=[1]) -> Tensor',
  (a) =>
    unbatched(A.tensor(a[0]), 3, (x) => {
      const [s, p, op, d] = [A.intList(a[3], 1), A.intList(a[4], 1), A.intList(a[5], 1), A.intList(a[7], 1)];
      const y = convTranspose2d(V.unsqueeze(x, 2), V.unsqueeze(A.tensor(a[1]), 2), A.optTensor(a[2]), [1, s[0]!], [0, p[0]!], [0, op[0]!], A.int(a[6]), [1, d[0]!]);
      return V.squeeze(y, 2);
    }),
);

/** Runs `f` on a batched input, adding and removing the batch dim for unbatched inputs. */
function unbatched(x: Tensor, batchedRank: number, f: (x: Tensor) => Tensor): Tensor {
  return x.ndim === batchedRank - 1 ? V.squeeze(f(V.unsqueeze(x, 0)), 0) : f(x);
}

function convolution(a: IValue[]): Tensor {
  const x = A.tensor(a[0]);
  const w = A.tensor(a[1]);
  const bias = A.optTensor(a[2]);
  const [stride, padding, dilation] = [A.intList(a[3]), A.intList(a[4]), A.intList(a[5])];
  const transposed = A.bool(a[6]);
  const outputPadding = A.intList(a[7]);
  const groups = A.int(a[8]);
  if (x.ndim === 3) {
    if (transposed) {
      const y = convTranspose2d(V.unsqueeze(x, 2), V.unsqueeze(w, 2), bias, [1, stride[0]], [0, padding[0]], [0, outputPadding[0]], groups, [1, dilation[0]]);
      return V.squeeze(y, 2);
    }
    return conv1d(x, w, bias, stride, padding, dilation, groups);
  }
  if (transposed) return convTranspose2d(x, w, bias, stride, padding, outputPadding, groups, dilation);
  return conv2d(x, w, bias, stride, padding, dilation, groups);
}
defineOp(
  'aten::_convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool benchmark, bool deterministic, bool cudnn_enabled, bool allow_tf32) -> Tensor',
  convolution,
);
defineOp(
  'aten::_convolution.deprecated(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool benchmark, bool deterministic, bool cudnn_enabled) -> Tensor',
  convolution,
);
