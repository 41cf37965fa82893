// View operators: new Tensors over the same Storage with PyTorch's strides (Note [Views share storage]).
import type { Tensor} from '../runtime/tensor';
import { expandTo } from '../runtime/tensor';
import { TorchError, wrapDim } from '../runtime/errors';
import { contiguousStrides, numelOf } from '../runtime/strided';

const fmt = (s: readonly number[]): string => `[${s.join(', ')}]`;

/** Resolves one -1 in a view/reshape shape, with PyTorch's errors. */
export function inferSize(shape: readonly number[], numel: number): number[] {
  let infer = -1;
  let known = 1;
  shape.forEach((d, i) => {
    if (d === -1) {
      if (infer >= 0) throw new TorchError('RuntimeError', 'only one dimension can be inferred');
      infer = i;
    } else if (d < 0) throw new TorchError('RuntimeError', `invalid shape dimension ${d}`);
    else known *= d;
  });
  const out = [...shape];
  if (infer >= 0 && known !== 0 && numel % known === 0) out[infer] = numel / known;
  else if (infer >= 0 || known !== numel) throw new TorchError('RuntimeError', `shape '${fmt(shape)}' is invalid for input of size ${numel}`);
  return out;
}

/** ATen's computeStride: strides for viewing `t` as `shape`, or null when no view exists. */
function viewStrides(t: Tensor, shape: readonly number[]): number[] | null {
  if (t.isContiguous()) return contiguousStrides(shape);
  const oldShape = t.shape;
  const oldStride = t.strides;
  const newStride = new Array<number>(shape.length).fill(0);
  if (t.numel === 0) return contiguousStrides(shape);
  let viewD = shape.length - 1;
  let chunkBase = oldStride[oldStride.length - 1];
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let d = oldShape.length - 1; d >= 0; d--) {
    tensorNumel *= oldShape[d];
    if (d === 0 || (oldShape[d - 1] !== 1 && oldStride[d - 1] !== tensorNumel * chunkBase)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || shape[viewD] === 1)) {
        newStride[viewD] = viewNumel * chunkBase;
        viewNumel *= shape[viewD];
        viewD--;
      }
      if (viewNumel !== tensorNumel) return null;
      if (d > 0) {
        chunkBase = oldStride[d - 1];
        tensorNumel = 1;
        viewNumel = 1;
      }
    }
  }
  return viewD === -1 ? newStride : null;
}

export function view(t: Tensor, size: readonly number[]): Tensor {
  const shape = inferSize(size, t.numel);
  const strides = viewStrides(t, shape);
  if (strides === null) {
    throw new TorchError(
      'RuntimeError',
      "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
    );
  }
  return t.asStrided(shape, strides);
}

/** reshape: a view when possible, else a contiguous copy. */
export function reshape(t: Tensor, size: readonly number[]): Tensor {
  const shape = inferSize(size, t.numel);
  const strides = viewStrides(t, shape);
  if (strides !== null) return t.asStrided(shape, strides);
  return view(t.contiguous().cast(t.dtype), shape);
}

export function permute(t: Tensor, dims: readonly number[]): Tensor {
  if (dims.length !== t.ndim) {
    throw new TorchError(
      'RuntimeError',
      `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${t.ndim} is not equal to len(dims) = ${dims.length}`,
    );
  }
  const d = dims.map((x) => wrapDim(x, t.ndim));
  if (new Set(d).size !== d.length) throw new TorchError('RuntimeError', 'permute(): duplicate dims are not allowed.');
  return t.asStrided(
    d.map((i) => t.shape[i]),
    d.map((i) => t.strides[i]),
  );
}

export function transpose(t: Tensor, d0: number, d1: number): Tensor {
  if (t.ndim === 0) return t.asStrided([], []);
  const a = wrapDim(d0, t.ndim);
  const b = wrapDim(d1, t.ndim);
  const perm = t.shape.map((_, i) => i);
  perm[a] = b;
  perm[b] = a;
  return permute(t, perm);
}

/** Tensor.t(): transpose of a <= 2-d tensor. */
export function matrixT(t: Tensor): Tensor {
  if (t.ndim > 2) throw new TorchError('RuntimeError', `t() expects a tensor with <= 2 dimensions, but self is ${t.ndim}D`);
  return t.ndim < 2 ? t.asStrided(t.shape, t.strides) : transpose(t, 0, 1);
}

export function select(t: Tensor, dim: number, index: number): Tensor {
  if (t.ndim === 0) throw new TorchError('IndexError', 'select() cannot be applied to a 0-dim tensor.');
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  if (index < -size || index >= size) {
    throw new TorchError('IndexError', `select(): index ${index} out of range for tensor of size ${fmt(t.shape)} at dimension ${d}`);
  }
  const i = index < 0 ? index + size : index;
  const shape = t.shape.filter((_, k) => k !== d);
  const strides = t.strides.filter((_, k) => k !== d);
  return t.asStrided(shape, strides, t.storageOffset + i * t.strides[d]);
}

/** Python slice bounds clamped like ATen's slice. */
export function slice(t: Tensor, dim: number, start: number | null, end: number | null, step: number): Tensor {
  if (t.ndim === 0) throw new TorchError('IndexError', 'slice() cannot be applied to a 0-dim tensor.');
  if (step <= 0) throw new TorchError('ValueError', 'step must be greater than zero');
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  let s = start ?? 0;
  let e = end ?? size;
  if (s < 0) s += size;
  if (e < 0) e += size;
  s = Math.min(Math.max(s, 0), size);
  e = Math.min(Math.max(e, s), size);
  const shape = [...t.shape];
  const strides = [...t.strides];
  shape[d] = Math.ceil((e - s) / step);
  strides[d] = t.strides[d] * step;
  return t.asStrided(shape, strides, t.storageOffset + s * t.strides[d]);
}

export function narrow(t: Tensor, dim: number, start: number, length: number): Tensor {
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  const s = start < 0 ? start + size : start;
  if (s < 0 || s + length > size || length < 0) {
    throw new TorchError('RuntimeError', `start (${start}) + length (${length}) exceeds dimension size (${size}).`);
  }
  return slice(t, d, s, s + length, 1);
}

export function unsqueeze(t: Tensor, dim: number): Tensor {
  const d = wrapDim(dim, t.ndim + 1);
  const shape = [...t.shape];
  const strides = [...t.strides];
  const stride = d >= t.ndim ? 1 : t.shape[d] * t.strides[d];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, stride);
  return t.asStrided(shape, strides);
}

export function squeeze(t: Tensor, dim: number | null): Tensor {
  if (dim === null) {
    return t.asStrided(
      t.shape.filter((s) => s !== 1),
      t.strides.filter((_, i) => t.shape[i] !== 1),
    );
  }
  const d = wrapDim(dim, t.ndim);
  if (t.ndim === 0 || t.shape[d] !== 1) return t.asStrided(t.shape, t.strides);
  return t.asStrided(
    t.shape.filter((_, i) => i !== d),
    t.strides.filter((_, i) => i !== d),
  );
}

export function flatten(t: Tensor, startDim: number, endDim: number): Tensor {
  if (t.ndim === 0) return reshape(t, [1]);
  const s = wrapDim(startDim, t.ndim);
  const e = wrapDim(endDim, t.ndim);
  if (s > e) throw new TorchError('RuntimeError', 'flatten() has invalid args: start_dim cannot come after end_dim');
  if (s === e) return t.asStrided(t.shape, t.strides);
  const shape = [...t.shape.slice(0, s), numelOf(t.shape.slice(s, e + 1)), ...t.shape.slice(e + 1)];
  return reshape(t, shape);
}

export function expand(t: Tensor, size: readonly number[]): Tensor {
  const off = size.length - t.ndim;
  const shape = size.map((s, i) => (s === -1 ? (i - off >= 0 ? t.shape[i - off] : -1) : s));
  if (shape.some((s) => s < 0)) {
    throw new TorchError(
      'RuntimeError',
      `The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension ${shape.findIndex((s) => s < 0)}`,
    );
  }
  return expandTo(t, shape);
}

export function unbind(t: Tensor, dim: number): Tensor[] {
  const d = wrapDim(dim, t.ndim);
  return Array.from({ length: t.shape[d] }, (_, i) => select(t, d, i));
}

export function splitBySize(t: Tensor, size: number, dim: number): Tensor[] {
  const d = wrapDim(dim, t.ndim);
  if (size < 0) throw new TorchError('RuntimeError', `split expects split_size be non-negative, but got split_size=${size}`);
  const total = t.shape[d];
  const out: Tensor[] = [];
  if (size === 0 && total === 0) return [t];
  if (size === 0) throw new TorchError('RuntimeError', `split_size can only be 0 if dimension size is 0, but got dimension size of ${total}`);
  for (let s = 0; s < total || (total === 0 && out.length === 0); s += size) out.push(narrow(t, d, s, Math.min(size, total - s)));
  return out;
}

export function splitWithSizes(t: Tensor, sizes: readonly number[], dim: number): Tensor[] {
  const d = wrapDim(dim, t.ndim);
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (sum !== t.shape[d]) {
    throw new TorchError(
      'RuntimeError',
      `split_with_sizes expects split_sizes to sum exactly to ${t.shape[d]} (input tensor's size at dimension ${d}), but got split_sizes=${fmt(sizes)}`,
    );
  }
  let s = 0;
  return sizes.map((n) => {
    const v = narrow(t, d, s, n);
    s += n;
    return v;
  });
}

export function chunk(t: Tensor, chunks: number, dim: number): Tensor[] {
  if (chunks <= 0) throw new TorchError('RuntimeError', `chunk expects \`chunks\` to be greater than 0, got: ${chunks}`);
  const d = wrapDim(dim, t.ndim);
  const size = Math.ceil(t.shape[d] / chunks);
  return splitBySize(t, size, d);
}
