// Shape operators: views, concatenation, copies and conversions.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { Device } from '../runtime/ivalue';
import { SCALAR_TYPE_CODE, newHostArray, resultType } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { defineOp, defineOps } from './registry';
import * as V from './views';

const t0 = (args: IValue[]): Tensor => A.tensor(args[0]);

defineOps(['aten::view(Tensor(a) self, SymInt[] size) -> Tensor(a)'], (a) => V.view(t0(a), A.intList(a[1])));
defineOp('aten::reshape(Tensor(a) self, SymInt[] shape) -> Tensor(a)', (a) => V.reshape(t0(a), A.intList(a[1])));
defineOp('aten::view_as(Tensor(a) self, Tensor other) -> Tensor(a)', (a) => V.view(t0(a), A.tensor(a[1]).shape));
defineOp('aten::ravel(Tensor(a) self) -> Tensor(a)', (a) => V.reshape(t0(a), [-1]));
defineOp('aten::reshape_as(Tensor(a) self, Tensor other) -> Tensor(a)', (a) => V.reshape(t0(a), A.tensor(a[1]).shape));
defineOp('aten::permute(Tensor(a) self, int[] dims) -> Tensor(a)', (a) => V.permute(t0(a), A.intList(a[1])));
defineOp('aten::transpose.int(Tensor(a) self, int dim0, int dim1) -> Tensor(a)', (a) => V.transpose(t0(a), A.int(a[1]), A.int(a[2])));
defineOp('aten::t(Tensor(a) self) -> Tensor(a)', (a) => V.matrixT(t0(a)));
defineOp('aten::select.int(Tensor(a) self, int dim, int index) -> Tensor(a)', (a) => V.select(t0(a), A.int(a[1]), A.int(a[2])));
defineOp('aten::slice.Tensor(Tensor(a) self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor(a)', (a) =>
  V.slice(t0(a), A.int(a[1]), A.optInt(a[2]), A.optInt(a[3]), A.int(a[4])),
);
defineOp('aten::narrow(Tensor(a) self, int dim, int start, int length) -> Tensor(a)', (a) =>
  V.narrow(t0(a), A.int(a[1]), A.int(a[2]), A.int(a[3])),
);
defineOp('aten::unsqueeze(Tensor(a) self, int dim) -> Tensor(a)', (a) => V.unsqueeze(t0(a), A.int(a[1])));
defineOp('aten::squeeze(Tensor(a) self) -> Tensor(a)', (a) => V.squeeze(t0(a), null));
defineOp('aten::squeeze.dim(Tensor(a) self, int dim) -> Tensor(a)', (a) => V.squeeze(t0(a), A.int(a[1])));
defineOp('aten::flatten.using_ints(Tensor(a) self, int start_dim=0, int end_dim=-1) -> Tensor(a)', (a) =>
  V.flatten(t0(a), A.int(a[1]), A.int(a[2])),
);
defineOp('aten::expand(Tensor(a) self, SymInt[] size, *, bool implicit=False) -> Tensor(a)', (a) => V.expand(t0(a), A.intList(a[1])));
defineOp('aten::expand_as(Tensor(a) self, Tensor other) -> Tensor(a)', (a) => V.expand(t0(a), A.tensor(a[1]).shape));
defineOp('aten::as_strided(Tensor(a) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a)', (a) => {
  const t = t0(a);
  return t.asStrided(A.intList(a[1]), A.intList(a[2]), A.optInt(a[3]) ?? t.storageOffset);
});
defineOp('aten::unbind.int(Tensor(a -> *) self, int dim=0) -> Tensor(a)[]', (a) => V.unbind(t0(a), A.int(a[1])));
defineOp('aten::split.Tensor(Tensor(a -> *) self, int split_size, int dim=0) -> Tensor(a)[]', (a) =>
  V.splitBySize(t0(a), A.int(a[1]), A.int(a[2])),
);
defineOp('aten::split.sizes(Tensor(a -> *) self, int[] split_size, int dim=0) -> Tensor(a)[]', (a) =>
  V.splitWithSizes(t0(a), A.intList(a[1]), A.int(a[2])),
);
defineOp('aten::split(Tensor(a -> *) self, int[] split_sizes, int dim=0) -> Tensor(a)[]', (a) =>
  V.splitWithSizes(t0(a), A.intList(a[1]), A.int(a[2])),
);
defineOp('aten::split_with_sizes(Tensor(a -> *) self, int[] split_sizes, int dim=0) -> Tensor(a)[]', (a) =>
  V.splitWithSizes(t0(a), A.intList(a[1]), A.int(a[2])),
);
defineOp('aten::chunk(Tensor(a -> *) self, int chunks, int dim=0) -> Tensor(a)[]', (a) => V.chunk(t0(a), A.int(a[1]), A.int(a[2])));

/** torch.cat with type promotion and PyTorch's shape errors; legacy empty 1-d tensors are skipped. */
export function cat(tensors: readonly Tensor[], dim: number): Tensor {
  if (tensors.length === 0) throw new TorchError('RuntimeError', 'torch.cat(): expected a non-empty list of Tensors');
  const parts = tensors.filter((t) => !(t.ndim === 1 && t.shape[0] === 0));
  const dtype = resultType(tensors.map((t) => ({ dtype: t.dtype, kind: 'dim' as const })));
  if (parts.length === 0) return Tensor.fromArray(dtype, [0], newHostArray(dtype, 0));
  const ref = parts[0];
  const d = wrapDim(dim, ref.ndim);
  parts.forEach((t, i) => {
    if (t.ndim !== ref.ndim) {
      throw new TorchError(
        'RuntimeError',
        `Tensors must have same number of dimensions: got ${ref.ndim} and ${t.ndim}`,
      );
    }
    t.shape.forEach((s, k) => {
      if (k !== d && s !== ref.shape[k]) {
        throw new TorchError(
          'RuntimeError',
          `Sizes of tensors must match except in dimension ${d}. Expected size ${ref.shape[k]} but got size ${s} for tensor number ${tensors.indexOf(t) >= 0 ? tensors.indexOf(t) : i} in the list.`,
        );
      }
    });
  });
  const shape = [...ref.shape];
  shape[d] = parts.reduce((acc, t) => acc + t.shape[d], 0);
  const out = Tensor.fromArray(dtype, shape, newHostArray(dtype, shape.reduce((x, y) => x * y, 1)));
  let at = 0;
  for (const t of parts) {
    V.narrow(out, d, at, t.shape[d]).copy_(t);
    at += t.shape[d];
  }
  return out;
}

export function stack(tensors: readonly Tensor[], dim: number): Tensor {
  if (tensors.length === 0) throw new TorchError('RuntimeError', 'stack expects a non-empty TensorList');
  const ref = tensors[0];
  tensors.forEach((t, i) => {
    if (t.ndim !== ref.ndim || t.shape.some((s, k) => s !== ref.shape[k])) {
      throw new TorchError(
        'RuntimeError',
        `stack expects each tensor to be equal size, but got [${ref.shape.join(', ')}] at entry 0 and [${t.shape.join(', ')}] at entry ${i}`,
      );
    }
  });
  const d = wrapDim(dim, ref.ndim + 1);
  return cat(tensors.map((t) => V.unsqueeze(t, d)), d);
}

defineOp('aten::cat(Tensor[] tensors, int dim=0) -> Tensor', (a) => cat(A.tensorList(a[0]), A.int(a[1])));
defineOp('aten::stack(Tensor[] tensors, int dim=0) -> Tensor', (a) => stack(A.tensorList(a[0]), A.int(a[1])));
defineOp('aten::hstack(Tensor[] tensors) -> Tensor', (a) => {
  const ts = A.tensorList(a[0]);
  return cat(ts, ts[0].ndim === 1 ? 0 : 1);
});
defineOp('aten::vstack(Tensor[] tensors) -> Tensor', (a) => cat(A.tensorList(a[0]).map((t) => (t.ndim === 1 ? V.unsqueeze(t, 0) : t)), 0));

export function repeat(t: Tensor, repeats: readonly number[]): Tensor {
  if (repeats.length < t.ndim) {
    throw new TorchError('RuntimeError', 'Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor');
  }
  const pad = repeats.length - t.ndim;
  const src = V.reshape(t, [...new Array<number>(pad).fill(1), ...t.shape]);
  // Expand an interleaved view [r0, s0, r1, s1, ...] and merge each pair.
  const inter: number[] = [];
  const strides: number[] = [];
  src.shape.forEach((s, i) => {
    inter.push(repeats[i], s);
    strides.push(0, src.strides[i]);
  });
  const expanded = src.asStrided(inter, strides);
  return V.reshape(expanded.contiguous().cast(t.dtype), src.shape.map((s, i) => s * repeats[i]));
}
defineOp('aten::repeat(Tensor self, SymInt[] repeats) -> Tensor', (a) => repeat(t0(a), A.intList(a[1])));

export function flip(t: Tensor, dims: readonly number[]): Tensor {
  const ds = dims.map((d) => wrapDim(d, t.ndim));
  let offset = t.storageOffset;
  const strides = [...t.strides];
  for (const d of ds) {
    offset += (t.shape[d] - 1) * t.strides[d];
    strides[d] = -strides[d];
  }
  return t.asStrided(t.shape, strides, offset).cast(t.dtype);
}
defineOp('aten::flip(Tensor self, int[] dims) -> Tensor', (a) => flip(t0(a), A.intList(a[1])));

export function roll(t: Tensor, shifts: readonly number[], dims: readonly number[]): Tensor {
  if (dims.length === 0) return V.view(roll(V.flatten(t, 0, -1), shifts, [0]), t.shape);
  let r = t;
  shifts.forEach((s, i) => {
    const d = wrapDim(dims[i], t.ndim);
    const n = r.shape[d];
    if (n === 0) return;
    const k = ((s % n) + n) % n;
    r = cat([V.narrow(r, d, n - k, k), V.narrow(r, d, 0, n - k)], d);
  });
  return r === t ? t.cast(t.dtype) : r;
}
defineOp('aten::roll(Tensor self, int[1] shifts, int[1] dims=[]) -> Tensor', (a) => roll(t0(a), A.intList(a[1]), A.intList(a[2])));

defineOp('aten::contiguous(Tensor(a) self, *, MemoryFormat memory_format=0) -> Tensor(a)', (a) => t0(a).contiguous());
defineOp('aten::clone(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor', (a) => t0(a).cast(t0(a).dtype));
defineOp('aten::detach(Tensor(a) self) -> Tensor(a)', (a) => {
  const t = t0(a);
  return t.asStrided(t.shape, t.strides);
});

defineOp('aten::size.int(Tensor self, int dim) -> int', (a) => BigInt(t0(a).shape[wrapDim(A.int(a[1]), t0(a).ndim)]));
defineOp('aten::size(Tensor self) -> int[]', (a) => A.ints(t0(a).shape));
defineOp('aten::stride.int(Tensor self, int dim) -> int', (a) => BigInt(t0(a).strides[wrapDim(A.int(a[1]), t0(a).ndim)]));
defineOp('aten::stride(Tensor self) -> int[]', (a) => A.ints(t0(a).strides));
defineOp('aten::storage_offset(Tensor self) -> int', (a) => BigInt(t0(a).storageOffset));
defineOp('aten::dim(Tensor self) -> int', (a) => BigInt(t0(a).ndim));
defineOp('aten::numel(Tensor self) -> int', (a) => BigInt(t0(a).numel));
defineOp('aten::len.Tensor(Tensor t) -> int', (a) => {
  const t = t0(a);
  if (t.ndim === 0) throw new TorchError('TypeError', 'len() of a 0-d tensor');
  return BigInt(t.shape[0]);
});
defineOp('aten::is_contiguous(Tensor self) -> bool', (a) => t0(a).isContiguous());
defineOp('aten::is_floating_point(Tensor self) -> bool', (a) => t0(a).isFloatingPoint);
defineOp('prim::device(Tensor a) -> Device', () => new Device('cpu'));
defineOp('prim::dtype(Tensor a) -> int', (a) => BigInt(SCALAR_TYPE_CODE[t0(a).dtype]));
defineOp('prim::is_cuda(Tensor a) -> bool', () => false);
defineOp('prim::requires_grad(Tensor a) -> bool', (a) => t0(a).requiresGrad);
