// Indexing operators: advanced indexing, gather/scatter, masks and where.
import { Tensor, expandTo } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { castValue, newHostArray, resultType } from '../runtime/dtype';
import { broadcastAll } from '../runtime/broadcast';
import { TorchError, wrapDim } from '../runtime/errors';
import { contiguousStrides, offsetsOf } from '../runtime/strided';
import * as A from './args';
import type { Arg } from './elementwise';
import { defineOp } from './registry';
import { defineWithInplace } from './pointwise';
import * as V from './views';

/** Boolean masks become the int64 indices of their true elements (one index tensor per mask dim). */
function expandMasks(self: Tensor, indices: readonly (Tensor | null)[]): (Tensor | null)[] {
  const out: (Tensor | null)[] = [];
  let dim = 0;
  for (const ix of indices) {
    if (ix !== null && (ix.dtype === 'bool' || ix.dtype === 'uint8')) {
      ix.shape.forEach((s, k) => {
        if (self.shape[dim + k] !== s) {
          throw new TorchError(
            'IndexError',
            `The shape of the mask [${ix.shape.join(', ')}] at index ${k} does not match the shape of the indexed tensor [${self.shape.join(', ')}] at index ${dim + k}`,
          );
        }
      });
      out.push(...nonzeroColumns(ix));
      dim += ix.ndim;
    } else {
      out.push(ix);
      dim += 1;
    }
  }
  return out;
}

function nonzeroColumns(mask: Tensor): Tensor[] {
  const nz = nonzero(mask);
  return Array.from({ length: mask.ndim }, (_, k) => V.select(nz, 1, k));
}

export function nonzero(t: Tensor): Tensor {
  const vals = t.values();
  const strides = contiguousStrides(t.shape);
  const rows: number[] = [];
  for (let i = 0; i < vals.length; i++) {
    if (vals[i] === 0) continue;
    let r = i;
    for (let d = 0; d < t.ndim; d++) {
      rows.push(Math.floor(r / strides[d]));
      r %= strides[d];
    }
  }
  return Tensor.fromValues('int64', [rows.length / Math.max(t.ndim, 1), t.ndim], rows);
}

/** Storage offsets selected by `self[indices]` (aten::index), with the result shape. */
function advancedOffsets(self: Tensor, rawIndices: readonly (Tensor | null)[]): { shape: number[]; offsets: Int32Array } {
  if (rawIndices.length > self.ndim) {
    throw new TorchError('IndexError', `too many indices for tensor of dimension ${self.ndim} (got ${rawIndices.length})`);
  }
  const indices = expandMasks(self, rawIndices);
  const dims = indices.map((ix, d) => (ix === null ? -1 : d)).filter((d) => d >= 0);
  const idxShape = broadcastAll(dims.map((d) => (indices[d] as Tensor).shape));
  // Indexed dims that are adjacent put the index shape in their place; otherwise it goes first.
  const adjacent = dims.every((d, i) => i === 0 || d === dims[i - 1] + 1);
  const before = adjacent ? dims[0] : 0;
  const restDims = self.shape.map((_, d) => d).filter((d) => indices[d] === undefined || indices[d] === null);
  const pre = adjacent ? restDims.filter((d) => d < before) : [];
  const post = restDims.filter((d) => !pre.includes(d));
  const shape = [...pre.map((d) => self.shape[d]), ...idxShape, ...post.map((d) => self.shape[d])];
  const idxVals = dims.map((d) => {
    const v = expandTo(indices[d] as Tensor, idxShape).values();
    const size = self.shape[d];
    return Array.from(v, (x) => {
      if (x < -size || x >= size) throw new TorchError('IndexError', `index ${x} is out of bounds for dimension ${d} with size ${size}`);
      return x < 0 ? x + size : x;
    });
  });
  const nIdx = idxShape.reduce((a, b) => a * b, 1);
  const preBlock = offsetsOf(pre.map((d) => self.shape[d]), pre.map((d) => self.strides[d]), 0);
  const postBlock = offsetsOf(post.map((d) => self.shape[d]), post.map((d) => self.strides[d]), 0);
  const offsets = new Int32Array(preBlock.length * nIdx * postBlock.length);
  let k = 0;
  for (const p of preBlock) {
    for (let j = 0; j < nIdx; j++) {
      let base = self.storageOffset + p;
      dims.forEach((d, q) => {
        base += idxVals[q][j] * self.strides[d];
      });
      for (const s of postBlock) offsets[k++] = base + s;
    }
  }
  return { shape, offsets };
}

function optTensors(v: IValue): (Tensor | null)[] {
  return A.list(v).map(A.optTensor);
}

export function index(self: Tensor, indices: readonly (Tensor | null)[]): Tensor {
  const { shape, offsets } = advancedOffsets(self, indices);
  const host = self.storage.host;
  const out = newHostArray(self.dtype, offsets.length);
  for (let i = 0; i < offsets.length; i++) out[i] = host[offsets[i]];
  return Tensor.fromArray(self.dtype, shape, out);
}

export function indexPut(self: Tensor, indices: readonly (Tensor | null)[], values: Tensor, accumulate: boolean): Tensor {
  const { shape, offsets } = advancedOffsets(self, indices);
  const v = expandTo(values.dtype === self.dtype ? values : values.cast(self.dtype), shape).values();
  const host = self.storage.host;
  for (let i = 0; i < offsets.length; i++) host[offsets[i]] = accumulate ? host[offsets[i]] + v[i] : v[i];
  self.storage.markHostWritten();
  return self;
}

defineOp('aten::index.Tensor(Tensor self, Tensor?[] indices) -> Tensor', (a) => index(A.tensor(a[0]), optTensors(a[1])));
defineOp('aten::index.Tensor_hacked_twin(Tensor self, Tensor[] indices) -> Tensor', (a) => index(A.tensor(a[0]), optTensors(a[1])));
defineOp('aten::index_put_(Tensor(a!) self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor(a!)', (a) =>
  indexPut(A.tensor(a[0]), optTensors(a[1]), A.tensor(a[2]), A.bool(a[3])),
);
defineOp('aten::index_put(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  return indexPut(t.cast(t.dtype), optTensors(a[1]), A.tensor(a[2]), A.bool(a[3]));
});
defineOp('aten::nonzero(Tensor self) -> Tensor', (a) => nonzero(A.tensor(a[0])));
defineOp('aten::masked_select(Tensor self, Tensor mask) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  const m = A.tensor(a[1]);
  const shape = broadcastAll([t.shape, m.shape]);
  return index(expandTo(t, shape), [expandTo(m, shape)]);
});

export function indexSelect(t: Tensor, dim: number, idx: Tensor): Tensor {
  if (idx.ndim > 1) throw new TorchError('IndexError', 'index_select(): Index is supposed to be a vector');
  if (idx.dtype !== 'int64' && idx.dtype !== 'int32') throw new TorchError('RuntimeError', 'index_select(): Expected dtype int32 or int64 for index');
  const d = wrapDim(dim, t.ndim);
  const size = t.ndim === 0 ? 1 : t.shape[d];
  if (idx.values().some((i) => i < -size || i >= size)) throw new TorchError('IndexError', 'index out of range in self');
  const indices: (Tensor | null)[] = t.shape.slice(0, d).map(() => null);
  return index(t, [...indices, idx.ndim === 0 ? V.unsqueeze(idx, 0) : idx]);
}
defineOp('aten::index_select(Tensor self, int dim, Tensor index) -> Tensor', (a) => indexSelect(A.tensor(a[0]), A.int(a[1]), A.tensor(a[2])));

export function gather(t: Tensor, dim: number, idx: Tensor): Tensor {
  const d = wrapDim(dim, t.ndim);
  if (idx.dtype !== 'int64') throw new TorchError('RuntimeError', 'gather(): Expected dtype int64 for index');
  if (idx.ndim !== t.ndim && !(t.ndim === 0 && idx.ndim <= 1)) {
    throw new TorchError('RuntimeError', 'Index tensor must have the same number of dimensions as input tensor');
  }
  const iv = idx.values();
  const pos = offsetsOf(idx.shape, contiguousStrides(idx.shape), 0);
  const istr = contiguousStrides(idx.shape);
  const host = t.storage.host;
  const out = newHostArray(t.dtype, iv.length);
  for (let i = 0; i < iv.length; i++) {
    let off = t.storageOffset;
    let r = pos[i];
    for (let k = 0; k < idx.ndim; k++) {
      const c = Math.floor(r / istr[k]);
      r %= istr[k];
      const size = t.shape[k];
      const j = k === d ? iv[i] : c;
      if (k === d && (j < -size || j >= size)) {
        throw new TorchError('RuntimeError', `index ${j} is out of bounds for dimension ${d} with size ${size}`);
      }
      off += (j < 0 ? j + size : j) * t.strides[k];
    }
    out[i] = host[off];
  }
  return Tensor.fromArray(t.dtype, idx.shape, out);
}
defineOp('aten::gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor', (a) =>
  gather(A.tensor(a[0]), A.int(a[1]), A.tensor(a[2])),
);

/** torch.where(cond, a, b) with promotion of a and b. */
export function where(cond: Tensor, a: Arg, b: Arg): Tensor {
  if (cond.dtype !== 'bool' && cond.dtype !== 'uint8') {
    throw new TorchError('RuntimeError', `where expected condition to be a boolean tensor, but got a tensor with dtype ${cond.dtype === 'float32' ? 'Float' : cond.dtype}`);
  }
  const opA = a instanceof Tensor ? { dtype: a.dtype, kind: a.ndim === 0 ? ('zero' as const) : ('dim' as const) } : a.operand;
  const opB = b instanceof Tensor ? { dtype: b.dtype, kind: b.ndim === 0 ? ('zero' as const) : ('dim' as const) } : b.operand;
  const dtype = resultType([opA, opB]);
  const shape = broadcastAll([cond.shape, a instanceof Tensor ? a.shape : [], b instanceof Tensor ? b.shape : []]);
  const c = expandTo(cond, shape).values();
  const pick = (x: Arg): ArrayLike<number> => (x instanceof Tensor ? expandTo(x, shape).values() : new Array<number>(c.length).fill(x.value));
  const av = pick(a);
  const bv = pick(b);
  const out = newHostArray(dtype, c.length);
  for (let i = 0; i < c.length; i++) out[i] = c[i] !== 0 ? av[i] : bv[i];
  return Tensor.fromArray(dtype, shape, dtype === 'bool' ? out.map((x) => (x !== 0 ? 1 : 0)) : out);
}

const argOf = (v: IValue): Arg => (v instanceof Tensor ? v : A.scalar(v));
defineOp('aten::where.self(Tensor condition, Tensor self, Tensor other) -> Tensor', (a) => where(A.tensor(a[0]), argOf(a[1]), argOf(a[2])));
defineOp('aten::where.ScalarOther(Tensor condition, Tensor self, Scalar other) -> Tensor', (a) => where(A.tensor(a[0]), argOf(a[1]), argOf(a[2])));
defineOp('aten::where.ScalarSelf(Tensor condition, Scalar self, Tensor other) -> Tensor', (a) => where(A.tensor(a[0]), argOf(a[1]), argOf(a[2])));
defineOp('aten::where.Scalar(Tensor condition, Scalar self, Scalar other) -> Tensor', (a) => where(A.tensor(a[0]), argOf(a[1]), argOf(a[2])));
defineOp('aten::where(Tensor condition) -> Tensor[]', (a) => {
  const nz = nonzero(A.tensor(a[0]));
  return Array.from({ length: nz.shape[1] }, (_, k) => V.select(nz, 1, k).contiguous());
});

function maskedFill(self: Tensor, mask: Tensor, value: Arg): Tensor {
  if (mask.dtype !== 'bool') {
    throw new TorchError('RuntimeError', `masked_fill_ only supports boolean masks, but got mask with dtype ${mask.dtype === 'uint8' ? 'unsigned char' : mask.dtype}`);
  }
  if (value instanceof Tensor && value.ndim !== 0) {
    throw new TorchError('RuntimeError', `masked_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
  }
  const raw = value instanceof Tensor ? value.item() : value.value;
  const v: Arg = { value: castValue(self.dtype, raw), operand: { dtype: self.dtype, kind: 'wrapped' } };
  const r = where(mask, v, self);
  return r.dtype === self.dtype ? r : r.cast(self.dtype);
}
defineWithInplace('aten::masked_fill.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor', (a) =>
  maskedFill(A.tensor(a[0]), A.tensor(a[1]), argOf(a[2])),
);
defineWithInplace('aten::masked_fill.Tensor(Tensor self, Tensor mask, Tensor value) -> Tensor', (a) =>
  maskedFill(A.tensor(a[0]), A.tensor(a[1]), argOf(a[2])),
);

defineOp('aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)', (a) => A.tensor(a[0]).copy_(A.tensor(a[1])));
defineOp('aten::fill_.Scalar(Tensor(a!) self, Scalar value) -> Tensor(a!)', (a) => A.tensor(a[0]).fill_(A.scalar(a[1]).value));
defineOp('aten::fill_.Tensor(Tensor(a!) self, Tensor value) -> Tensor(a!)', (a) => A.tensor(a[0]).fill_(A.tensor(a[1]).item()));
defineOp('aten::zero_(Tensor(a!) self) -> Tensor(a!)', (a) => A.tensor(a[0]).fill_(0));
