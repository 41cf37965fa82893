// Matrix products: matmul (all broadcasting cases), mm, bmm, mv, dot, addmm, linear.
import { tf } from '../runtime/tf';
import { Tensor, expandTo } from '../runtime/tensor';
import { SCALAR_TYPE_NAME, newHostArray } from '../runtime/dtype';
import { broadcastShapes } from '../runtime/broadcast';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { devicePreferred, runTf } from './elementwise';
import { binaryOp } from './elementwise';
import { defineOp } from './registry';
import * as V from './views';

function sameDtype(a: Tensor, b: Tensor): void {
  if (a.dtype !== b.dtype) {
    throw new TorchError('RuntimeError', `expected scalar type ${SCALAR_TYPE_NAME[a.dtype]} but found ${SCALAR_TYPE_NAME[b.dtype]}`);
  }
  if (a.dtype === 'bool') throw new TorchError('RuntimeError', `"addmm_impl_cpu_" not implemented for 'Bool'`);
}

// Note [Float32 products in PyTorch's order]: the oracle's CPU build (BLAS_INFO=generic) sums
// each dot product left to right in float32, rounding every product and every sum (no FMA); tfjs
// sums in float64. Products up to HOST_MACS multiply-adds run that way on the host, so losses and
// gradients print PyTorch's last digits; larger ones stay on tfjs for speed.
const HOST_MACS = 1 << 22;

// On a GPU backend (Note [Device policy]) products stay on the device: the playground computes there.
function hostFloat32(a: Tensor, b: Tensor, B: number, n: number, k: number, m: number): boolean {
  return B * n * k * m <= HOST_MACS && !devicePreferred([a, b]);
}

/** [B, n, k] x [B, k, m] in float32, accumulated as PyTorch's generic BLAS does. */
function float32Product(a: Tensor, b: Tensor, B: number, n: number, k: number, m: number): Tensor {
  const av = a.values();
  const bv = b.values();
  const out = new Float32Array(B * n * m);
  for (let z = 0; z < B; z++) {
    for (let i = 0; i < n; i++) {
      const row = z * n * m + i * m;
      for (let q = 0; q < k; q++) {
        const x = av[z * n * k + i * k + q]!;
        const col = z * k * m + q * m;
        for (let j = 0; j < m; j++) out[row + j] += Math.fround(x * bv[col + j]!);
      }
    }
  }
  return Tensor.fromArray('float32', [B, n, m], out);
}

/** [B, n, k] x [B, k, m] -> [B, n, m]; float32 on tfjs (or the host: Note [Float32 products in PyTorch's order]), other dtypes exactly on the host. */
function batched(a: Tensor, b: Tensor): Tensor {
  const [B, n, k] = a.shape;
  const m = b.shape[2];
  if (a.dtype === 'float32' && hostFloat32(a, b, B!, n!, k!, m!)) return float32Product(a, b, B!, n!, k!, m!);
  if (a.dtype === 'float32') return Tensor.fromTf('float32', runTf(() => tf.matMul(a.toTf(), b.toTf())));
  const av = a.values();
  const bv = b.values();
  const out = newHostArray(a.dtype, B * n * m);
  for (let z = 0; z < B; z++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let acc = 0;
        for (let q = 0; q < k; q++) acc += av[z * n * k + i * k + q] * bv[z * k * m + q * m + j];
        out[z * n * m + i * m + j] = acc;
      }
    }
  }
  return Tensor.fromArray(a.dtype, [B, n, m], out);
}

export function mm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2) throw new TorchError('RuntimeError', `self must be a matrix`);
  if (b.ndim !== 2) throw new TorchError('RuntimeError', `mat2 must be a matrix`);
  if (a.shape[1] !== b.shape[0]) {
    throw new TorchError('RuntimeError', `mat1 and mat2 shapes cannot be multiplied (${a.shape[0]}x${a.shape[1]} and ${b.shape[0]}x${b.shape[1]})`);
  }
  sameDtype(a, b);
  if (a.dtype === 'float32' && !hostFloat32(a, b, 1, a.shape[0]!, a.shape[1]!, b.shape[1]!)) return Tensor.fromTf('float32', deviceMatMul(a, b, false));
  return V.view(batched(V.unsqueeze(a, 0), V.unsqueeze(b, 0)), [a.shape[0], b.shape[1]]);
}

/** a @ b (or a @ b.T) for float32 matrices on tfjs; no tidy when both are device views (Note [One tfjs call]). */
function deviceMatMul(a: Tensor, b: Tensor, transposeB: boolean): tf.Tensor {
  const x = a.deviceView();
  const y = b.deviceView();
  if (x !== undefined && y !== undefined) return tf.matMul(x as tf.Tensor2D, y as tf.Tensor2D, false, transposeB);
  return runTf(() => tf.matMul(a.toTf() as tf.Tensor2D, b.toTf() as tf.Tensor2D, false, transposeB));
}

export function bmm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 3) throw new TorchError('RuntimeError', `batch1 must be a 3D tensor`);
  if (b.ndim !== 3) throw new TorchError('RuntimeError', `batch2 must be a 3D tensor`);
  if (b.shape[0] !== a.shape[0] || b.shape[1] !== a.shape[2]) {
    throw new TorchError(
      'RuntimeError',
      `Expected size for first two dimensions of batch2 tensor to be: [${a.shape[0]}, ${a.shape[2]}] but got: [${b.shape[0]}, ${b.shape[1]}].`,
    );
  }
  sameDtype(a, b);
  return batched(a, b);
}

export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 1 || b.ndim !== 1) {
    throw new TorchError('RuntimeError', `1D tensors expected, but got ${a.ndim}D and ${b.ndim}D tensors`);
  }
  if (a.shape[0] !== b.shape[0]) {
    throw new TorchError(
      'RuntimeError',
      `inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`,
    );
  }
  if (a.dtype !== b.dtype) {
    throw new TorchError('RuntimeError', `dot : expected both vectors to have same dtype, but found ${SCALAR_TYPE_NAME[a.dtype]} and ${SCALAR_TYPE_NAME[b.dtype]}`);
  }
  return V.view(batched(V.view(a, [1, 1, -1]), V.view(b, [1, -1, 1])), []);
}

export function mv(a: Tensor, v: Tensor): Tensor {
  if (a.ndim !== 2 || v.ndim !== 1 || a.shape[1] !== v.shape[0]) {
    throw new TorchError('RuntimeError', `size mismatch, got ${a.shape[0]}, ${a.shape.join('x')},${v.shape[0]}`);
  }
  sameDtype(a, v);
  return V.view(mm(a, V.unsqueeze(v, 1)), [a.shape[0]]);
}

/** torch.matmul with NumPy-style batch broadcasting and 1-d promotion. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const da = a.ndim;
  const db = b.ndim;
  if (da === 0 || db === 0) {
    throw new TorchError('RuntimeError', `both arguments to matmul need to be at least 1D, but they are ${da}D and ${db}D`);
  }
  if (da === 1 && db === 1) return dot(a, b);
  if (da === 2 && db === 1) return mv(a, b);
  if (da === 1 && db === 2) return V.squeeze(mm(V.unsqueeze(a, 0), b), 0);
  if (da === 2 && db === 2) return mm(a, b);
  const a2 = da === 1 ? V.unsqueeze(a, 0) : a;
  const b2 = db === 1 ? V.unsqueeze(b, 1) : b;
  const [n, k] = a2.shape.slice(-2);
  const [k2, m] = b2.shape.slice(-2);
  const batch = broadcastShapes(a2.shape.slice(0, -2), b2.shape.slice(0, -2));
  const B = batch.reduce((x, y) => x * y, 1);
  if (k !== k2) {
    if (da >= 3 && db >= 3 && da === db) {
      throw new TorchError('RuntimeError', `Expected size for first two dimensions of batch2 tensor to be: [${B}, ${k}] but got: [${B}, ${k2}].`);
    }
    throw new TorchError('RuntimeError', `mat1 and mat2 shapes cannot be multiplied (${a2.numel / k}x${k} and ${k2}x${m})`);
  }
  sameDtype(a, b);
  const ea = V.reshape(expandTo(a2, [...batch, n, k]), [B, n, k]);
  const eb = V.reshape(expandTo(b2, [...batch, k, m]), [B, k, m]);
  let out = V.view(batched(ea, eb), [...batch, n, m]);
  if (da === 1) out = V.squeeze(out, -2);
  if (db === 1) out = V.squeeze(out, -1);
  return out;
}

export function addmm(self: Tensor, m1: Tensor, m2: Tensor, beta: A.ScalarArg, alpha: A.ScalarArg): Tensor {
  let prod = mm(m1, m2);
  if (alpha.value !== 1) prod = binaryOp(prod, alpha, { host: (x, y) => x * y, device: tf.mul });
  if (beta.value === 0) return prod;
  const s = beta.value === 1 ? self : binaryOp(self, beta, { host: (x, y) => x * y, device: tf.mul });
  broadcastShapes(s.shape, prod.shape);
  return binaryOp(s, prod, { host: (x, y) => x + y, device: tf.add });
}

export function linear(input: Tensor, weight: Tensor, bias: Tensor | null): Tensor {
  // The common case in one or two tfjs calls: x @ W.T reads W untransposed.
  const fast = input.dtype === 'float32' && weight.dtype === 'float32' && input.ndim === 2 && weight.ndim === 2 && input.shape[1] === weight.shape[1] && !hostFloat32(input, weight, 1, input.shape[0]!, input.shape[1]!, weight.shape[0]!);
  if (fast && (bias === null || (bias.dtype === 'float32' && bias.ndim === 1 && bias.shape[0] === weight.shape[0]))) {
    const out = Tensor.fromTf('float32', deviceMatMul(input, weight, true));
    return bias === null ? out : binaryOp(out, bias, { host: (x, y) => x + y, device: tf.add });
  }
  const out = matmul(input, V.matrixT(weight));
  return bias === null ? out : binaryOp(out, bias, { host: (x, y) => x + y, device: tf.add });
}

defineOp('aten::matmul(Tensor self, Tensor other) -> Tensor', (a) => matmul(A.tensor(a[0]), A.tensor(a[1])));
defineOp('aten::mm(Tensor self, Tensor mat2) -> Tensor', (a) => mm(A.tensor(a[0]), A.tensor(a[1])));
defineOp('aten::bmm(Tensor self, Tensor mat2) -> Tensor', (a) => bmm(A.tensor(a[0]), A.tensor(a[1])));
defineOp('aten::mv(Tensor self, Tensor vec) -> Tensor', (a) => mv(A.tensor(a[0]), A.tensor(a[1])));
defineOp('aten::dot(Tensor self, Tensor tensor) -> Tensor', (a) => dot(A.tensor(a[0]), A.tensor(a[1])));
defineOp('aten::addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor', (a) =>
  addmm(A.tensor(a[0]), A.tensor(a[1]), A.tensor(a[2]), A.scalar(a[3]), A.scalar(a[4])),
);
defineOp('aten::linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor', (a) =>
  linear(A.tensor(a[0]), A.tensor(a[1]), A.optTensor(a[2])),
);
