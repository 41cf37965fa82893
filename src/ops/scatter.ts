// scatter / scatter_add / scatter_reduce and their in-place forms, on the host.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { castValue, isFloating } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import { contiguousStrides } from '../runtime/strided';
import * as A from './args';
import { defineOp } from './registry';

type Reduce = 'none' | 'sum' | 'prod' | 'mean' | 'amax' | 'amin';

/** PyTorch's scatter_gather_dtype_check and shape check (index no larger than self and src). */
function check(self: Tensor, dim: number, index: Tensor, src: Tensor | null, name: string): void {
  if (index.dtype !== 'int64') throw new TorchError('RuntimeError', `${name}(): Expected dtype int64 for index`);
  if (src !== null && src.dtype !== self.dtype) throw new TorchError('RuntimeError', `${name}(): Expected self.dtype to be equal to src.dtype`);
  if (index.ndim !== self.ndim && index.numel > 0) {
    throw new TorchError('RuntimeError', 'Index tensor must have the same number of dimensions as self tensor');
  }
  if (src !== null && index.ndim !== src.ndim && index.numel > 0) {
    throw new TorchError('RuntimeError', 'Index tensor must have the same number of dimensions as src tensor');
  }
  const bad = index.shape.some((s, d) => (d !== dim && s > self.shape[d]) || (src !== null && s > src.shape[d]));
  if (bad) {
    const tail = src === null ? '' : ` and to be smaller size than src [${src.shape.join(', ')}]`;
    throw new TorchError('RuntimeError', `Expected index [${index.shape.join(', ')}] to be smaller than self [${self.shape.join(', ')}] apart from dimension ${dim}${tail}`);
  }
}

/**
 * A new tensor: `self` with `src` (or `value`) scattered along `dim` at `index`, combined by
 * `reduce`. `includeSelf` false starts every written slot from the first scattered value.
 */
function scatter(self: Tensor, dimArg: number, index: Tensor, src: Tensor | number, reduce: Reduce, includeSelf = true): Tensor {
  const dim = wrapDim(dimArg, Math.max(self.ndim, 1));
  const srcT = src instanceof Tensor ? src : null;
  check(self, dim, index, srcT, reduce === 'none' ? 'scatter' : reduce === 'sum' && includeSelf ? 'scatter_add' : 'scatter');
  const out = Float64Array.from(self.contiguous().values());
  const outStrides = contiguousStrides(self.shape);
  const idx = index.contiguous().values();
  const sv = srcT?.values();
  const srcStrides = srcT === null ? [] : contiguousStrides(srcT.shape);
  const counts = new Float64Array(out.length);
  const touched = new Uint8Array(out.length);
  const idxStrides = contiguousStrides(index.shape);
  for (let i = 0; i < idx.length; i++) {
    let o = 0;
    let s = 0;
    let rest = i;
    for (let d = 0; d < index.ndim; d++) {
      const c = Math.floor(rest / idxStrides[d]);
      rest %= idxStrides[d];
      if (d === dim) {
        const j = idx[i];
        if (j < 0 || j >= self.shape[d]) throw new TorchError('RuntimeError', `index ${j} is out of bounds for dimension ${d} with size ${self.shape[d]}`);
        o += j * outStrides[d];
      } else o += c * outStrides[d];
      if (srcT !== null) s += c * srcStrides[d];
    }
    const v = sv === undefined ? (src as number) : sv[s];
    if (reduce === 'none') out[o] = v;
    else if (!includeSelf && !touched[o]) out[o] = v;
    else if (reduce === 'sum' || reduce === 'mean') out[o] += v;
    else if (reduce === 'prod') out[o] *= v;
    else if (reduce === 'amax') out[o] = Math.max(out[o], v);
    else out[o] = Math.min(out[o], v);
    touched[o] = 1;
    counts[o] += 1;
  }
  if (reduce === 'mean') {
    for (let o = 0; o < out.length; o++) {
      const n = counts[o] + (includeSelf ? 1 : 0);
      if (touched[o] && n > 0) out[o] = isFloating(self.dtype) ? out[o] / n : Math.floor(out[o] / n);
    }
  }
  return Tensor.fromValues(self.dtype, self.shape, out);
}

function reduceArg(v: IValue): Reduce {
  const r = A.str(v);
  if (r === 'add') return 'sum';
  if (r === 'multiply') return 'prod';
  throw new TorchError('RuntimeError', 'reduce argument must be either add or multiply.');
}

function scatterReduceArg(v: IValue): Reduce {
  const r = A.str(v);
  if (!['sum', 'prod', 'mean', 'amax', 'amin'].includes(r)) throw new TorchError('RuntimeError', 'reduce argument must be either sum, prod, mean, amax or amin.');
  return r as Reduce;
}

const value = (self: Tensor, v: IValue): number => castValue(self.dtype, A.scalar(v).value);

/** Defines the functional form and its in-place twin `name_` (which writes through `self`). */
function defineBoth(functional: string, inplace: string, compute: (a: IValue[]) => Tensor): void {
  defineOp(functional, compute);
  defineOp(inplace, (a) => A.tensor(a[0]).copy_(compute(a)));
}

const T = (a: IValue[]) => [A.tensor(a[0]), A.int(a[1]), A.tensor(a[2])] as const;
defineBoth(
  'aten::scatter.src(Tensor self, int dim, Tensor index, Tensor src) -> Tensor',
  'aten::scatter_.src(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)',
  (a) => scatter(...T(a), A.tensor(a[3]), 'none'),
);
defineBoth(
  'aten::scatter.value(Tensor self, int dim, Tensor index, Scalar value) -> Tensor',
  'aten::scatter_.value(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)',
  (a) => scatter(...T(a), value(A.tensor(a[0]), a[3]), 'none'),
);
defineBoth(
  'aten::scatter.reduce(Tensor self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor',
  'aten::scatter_.reduce(Tensor(a!) self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor(a!)',
  (a) => scatter(...T(a), A.tensor(a[3]), reduceArg(a[4])),
);
defineBoth(
  'aten::scatter.value_reduce(Tensor self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor',
  'aten::scatter_.value_reduce(Tensor(a!) self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor(a!)',
  (a) => scatter(...T(a), value(A.tensor(a[0]), a[3]), reduceArg(a[4])),
);
defineBoth(
  'aten::scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor',
  'aten::scatter_add_(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)',
  (a) => scatter(...T(a), A.tensor(a[3]), 'sum'),
);
defineBoth(
  'aten::scatter_reduce.two(Tensor self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor',
  'aten::scatter_reduce_.two(Tensor(a!) self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor(a!)',
  (a) => scatter(...T(a), A.tensor(a[3]), scatterReduceArg(a[4]), A.bool(a[5])),
);
