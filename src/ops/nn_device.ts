// Device paths of torch.nn.functional kernels (eval batch_norm, max_pool2d, global average pooling)
// for float32 activations that only live on the device: no download, no host loop (Note [Device policy]).
import { tf } from '../runtime/tf';
import { Tensor } from '../runtime/tensor';
import { devicePreferred, runTf } from './elementwise';

// The input as a device tensor when the policy keeps this float32 NCHW op on tfjs; undefined otherwise.
function deviceInput(x: Tensor): tf.Tensor | undefined {
  if (x.dtype !== 'float32' || x.ndim !== 4 || x.numel === 0 || !devicePreferred([x])) return undefined;
  return x.deviceView() ?? undefined;
}

/**
 * Eval-mode batch_norm on the device, as PyTorch's CPU kernel computes it in float: per channel
 * alpha = weight / sqrt(var + eps) and beta = bias - mean * alpha, then x * alpha + beta.
 */
export function batchNormDevice(x: Tensor, w: Tensor | null, b: Tensor | null, rm: Tensor, rv: Tensor, eps: number): Tensor | undefined {
  const xd = deviceInput(x);
  const C = x.shape[1];
  const sized = [w, b, rm, rv].every((t) => t === null || (t.dtype === 'float32' && t.numel === C));
  if (xd === undefined || !sized) return undefined;
  const f = Math.fround;
  const [mean, vari, wv, bv] = [rm.values(), rv.values(), w?.values(), b?.values()];
  const alpha = new Float32Array(C);
  const beta = new Float32Array(C);
  const epsF = f(eps);
  for (let c = 0; c < C; c++) {
    const invstd = f(1 / f(Math.sqrt(f(vari[c] + epsF))));
    alpha[c] = f(invstd * (wv ? wv[c] : 1));
    beta[c] = f((bv ? bv[c] : 0) - f(mean[c] * alpha[c]));
  }
  const out = runTf(() => tf.add(tf.mul(xd, tf.tensor(alpha, [C, 1, 1])), tf.tensor(beta, [C, 1, 1])));
  return Tensor.fromTf('float32', out);
}

/** max_pool2d without dilation or ceil mode on the device (tfjs pools NHWC and skips padding). */
export function maxPool2dDevice(x: Tensor, k: number[], s: number[], p: number[], d: number[], ceil: boolean): Tensor | undefined {
  const fits = x.shape[2] + 2 * p[0] >= k[0] && x.shape[3] + 2 * p[1] >= k[1];
  if (ceil || d[0] !== 1 || d[1] !== 1 || !fits) return undefined;
  const xd = deviceInput(x);
  if (xd === undefined) return undefined;
  const out = runTf(() => {
    const nhwc = tf.transpose(xd, [0, 2, 3, 1]) as tf.Tensor4D;
    const y = tf.maxPool(nhwc, [k[0], k[1]], [s[0], s[1]], [[0, 0], [p[0], p[0]], [p[1], p[1]], [0, 0]]);
    return tf.transpose(y, [0, 3, 1, 2]);
  });
  return Tensor.fromTf('float32', out);
}

/** adaptive_avg_pool2d to 1x1 on the device: the mean of each plane. */
export function globalAvgPoolDevice(x: Tensor, outSize: number[]): Tensor | undefined {
  if (outSize[0] !== 1 || outSize[1] !== 1) return undefined;
  const xd = deviceInput(x);
  return xd === undefined ? undefined : Tensor.fromTf('float32', runTf(() => tf.mean(xd, [2, 3], true)));
}
