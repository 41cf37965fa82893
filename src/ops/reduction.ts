// Reductions over dimensions: sum, mean, max/min (+indices), prod, std/var, all/any, cumsum, norm.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { SCALAR_TYPE_NAME, isFloating, newHostArray } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { defineOp, defineOps } from './registry';
import { binaryOp } from './elementwise';
import { float32Sum } from './float32_sum';

/** A reduction of one row of values to one number (or [value, index]). */
type RowFn = (v: ArrayLike<number>, start: number, len: number) => number;

/** Moves `dims` last and returns the row-major values, rows of length `inner`. */
function rows(t: Tensor, dims: readonly number[]): { values: ArrayLike<number>; outer: number; inner: number; kept: number[] } {
  const set = new Set(dims);
  const keptDims = t.shape.map((_, i) => i).filter((i) => !set.has(i));
  const perm = [...keptDims, ...dims];
  const view = t.asStrided(
    perm.map((i) => t.shape[i]),
    perm.map((i) => t.strides[i]),
  );
  const inner = dims.reduce((acc, d) => acc * t.shape[d], 1);
  const outer = keptDims.reduce((acc, d) => acc * t.shape[d], 1);
  return { values: view.values(), outer, inner, kept: keptDims };
}

function normDims(t: Tensor, dims: readonly number[] | null): number[] {
  if (dims === null || dims.length === 0) return t.shape.map((_, i) => i);
  const ds = dims.map((d) => wrapDim(d, t.ndim));
  if (new Set(ds).size !== ds.length) throw new TorchError('RuntimeError', `dim ${ds.find((d, i) => ds.indexOf(d) !== i)} appears multiple times in the list of dims`);
  return ds.filter((d) => d < Math.max(t.ndim, 1) && t.ndim > 0);
}

function outShape(t: Tensor, dims: readonly number[], keepdim: boolean): number[] {
  const set = new Set(dims);
  if (keepdim) return t.shape.map((s, i) => (set.has(i) ? 1 : s));
  return t.shape.filter((_, i) => !set.has(i));
}

export function reduce(t: Tensor, dims: readonly number[] | null, keepdim: boolean, out: DType, fn: RowFn): Tensor {
  const ds = normDims(t, dims);
  const { values, outer, inner } = rows(t, ds);
  const res = newHostArray(out, outer);
  for (let o = 0; o < outer; o++) res[o] = fn(values, o * inner, inner);
  return Tensor.fromArray(out, outShape(t, ds, keepdim), res);
}

const sumRow: RowFn = (v, s, n) => {
  let acc = 0;
  for (let i = s; i < s + n; i++) acc += v[i];
  return acc;
};

/** sum: bool and integer inputs accumulate in int64. */
function sumDtype(t: Tensor, dtype: DType | null): DType {
  return dtype ?? (isFloating(t.dtype) ? t.dtype : 'int64');
}

export function sum(t: Tensor, dims: readonly number[] | null, keepdim: boolean, dtype: DType | null): Tensor {
  if (sumDtype(t, dtype) === 'float32') {
    const ds = normDims(t, dims);
    const exact = float32Sum(t, ds, outShape(t, ds, keepdim));
    if (exact !== null) return exact;
  }
  return reduce(t, dims, keepdim, sumDtype(t, dtype), sumRow);
}

export function mean(t: Tensor, dims: readonly number[] | null, keepdim: boolean, dtype: DType | null): Tensor {
  const d = dtype ?? t.dtype;
  if (!isFloating(d)) {
    throw new TorchError(
      'RuntimeError',
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${SCALAR_TYPE_NAME[d]}`,
    );
  }
  if (d === 'float32' && t.dtype === 'float32') {
    // PyTorch's CPU mean is the float32 sum divided by the count.
    const ds = normDims(t, dims);
    const n = ds.reduce((acc, i) => acc * t.shape[i]!, 1);
    const s = float32Sum(t, ds, outShape(t, ds, keepdim));
    if (s !== null) return Tensor.fromArray('float32', s.shape, (s.values() as Float32Array).map((x) => x / n));
  }
  return reduce(t, dims, keepdim, d, (v, s, n) => sumRow(v, s, n) / n);
}

function checkNonEmpty(t: Tensor, name: string, dim: number | null): void {
  if (t.numel === 0 && (dim === null || t.shape[dim] === 0)) {
    const msg =
      dim === null
        ? `${name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`
        : `${name}(): Expected reduction dim ${dim} to have non-zero size.`;
    throw new TorchError(dim === null ? 'RuntimeError' : 'IndexError', msg);
  }
}

/** Index of the max (or min) of a row; NaN wins like in PyTorch, first occurrence on ties. */
function argExtreme(v: ArrayLike<number>, s: number, n: number, max: boolean): number {
  let best = s;
  for (let i = s + 1; i < s + n; i++) {
    const x = v[i];
    const b = v[best];
    if (b !== b) break;
    if (x !== x || (max ? x > b : x < b)) best = i;
  }
  return best - s;
}

export function extremeAll(t: Tensor, max: boolean): Tensor {
  if (t.numel === 0) {
    throw new TorchError(
      'RuntimeError',
      `${max ? 'max' : 'min'}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`,
    );
  }
  return reduce(t, null, false, t.dtype, (v, s, n) => v[s + argExtreme(v, s, n, max)]);
}

export function extremeDim(t: Tensor, dim: number, keepdim: boolean, max: boolean): TupleValue {
  const d = wrapDim(dim, t.ndim);
  checkNonEmpty(t, max ? 'max' : 'min', d);
  const ds = t.ndim === 0 ? [] : [d];
  const values = reduce(t, ds, keepdim, t.dtype, (v, s, n) => v[s + argExtreme(v, s, n, max)]);
  const indices = reduce(t, ds, keepdim, 'int64', (v, s, n) => argExtreme(v, s, n, max));
  return new TupleValue([values, indices], ['values', 'indices']);
}

function argReduce(t: Tensor, dim: number | null, keepdim: boolean, max: boolean): Tensor {
  const name = max ? 'argmax' : 'argmin';
  if (dim === null) {
    if (t.numel === 0) throw new TorchError('IndexError', `${name}(): Expected reduction dim to be specified for input.numel() == 0.`);
    const flat = t.values();
    const r = Tensor.scalar('int64', argExtreme(flat, 0, flat.length, max));
    return keepdim ? r.asStrided(t.shape.map(() => 1), t.shape.map(() => 1)) : r;
  }
  const d = wrapDim(dim, t.ndim);
  checkNonEmpty(t, name, d);
  return reduce(t, t.ndim === 0 ? [] : [d], keepdim, 'int64', (v, s, n) => argExtreme(v, s, n, max));
}

function variance(t: Tensor, dims: readonly number[] | null, correction: number, keepdim: boolean, sqrt: boolean): Tensor {
  if (!isFloating(t.dtype)) {
    throw new TorchError('RuntimeError', `std and var only support floating point and complex dtypes`);
  }
  return reduce(t, dims, keepdim, t.dtype, (v, s, n) => {
    const m = sumRow(v, s, n) / n;
    let acc = 0;
    for (let i = s; i < s + n; i++) acc += (v[i] - m) * (v[i] - m);
    const r = acc / Math.max(n - correction, 0);
    return sqrt ? Math.sqrt(r) : r;
  });
}

const t0 = (a: IValue[]): Tensor => A.tensor(a[0]);

defineOp('aten::sum(Tensor self, *, ScalarType? dtype=None) -> Tensor', (a) => sum(t0(a), null, false, A.optDtype(a[1])));
defineOp('aten::sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  sum(t0(a), A.optIntList(a[1]), A.bool(a[2]), A.optDtype(a[3])),
);
defineOp('aten::mean(Tensor self, *, ScalarType? dtype=None) -> Tensor', (a) => mean(t0(a), null, false, A.optDtype(a[1])));
defineOp('aten::mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  mean(t0(a), A.optIntList(a[1]), A.bool(a[2]), A.optDtype(a[3])),
);
defineOp('aten::prod(Tensor self, *, ScalarType? dtype=None) -> Tensor', (a) =>
  reduce(t0(a), null, false, sumDtype(t0(a), A.optDtype(a[1])), prodRow),
);
defineOp('aten::prod.dim_int(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  reduce(t0(a), [A.int(a[1])], A.bool(a[2]), sumDtype(t0(a), A.optDtype(a[3])), prodRow),
);
function prodRow(v: ArrayLike<number>, s: number, n: number): number {
  let acc = 1;
  for (let i = s; i < s + n; i++) acc *= v[i];
  return acc;
}

defineOp('aten::max(Tensor self) -> Tensor', (a) => extremeAll(t0(a), true));
defineOp('aten::min(Tensor self) -> Tensor', (a) => extremeAll(t0(a), false));
defineOp('aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)', (a) =>
  extremeDim(t0(a), A.int(a[1]), A.bool(a[2]), true),
);
defineOp('aten::min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)', (a) =>
  extremeDim(t0(a), A.int(a[1]), A.bool(a[2]), false),
);
for (const [name, max] of [['amax', true], ['amin', false]] as const) {
  defineOp(`aten::${name}(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor`, (a) =>
    reduce(t0(a), A.intList(a[1]), A.bool(a[2]), t0(a).dtype, (v, s, n) => v[s + argExtreme(v, s, n, max)]),
  );
}
defineOp('aten::argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor', (a) => argReduce(t0(a), A.optInt(a[1]), A.bool(a[2]), true));
defineOp('aten::argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor', (a) => argReduce(t0(a), A.optInt(a[1]), A.bool(a[2]), false));

for (const [name, sqrt] of [['std', true], ['var', false]] as const) {
  defineOp(`aten::${name}(Tensor self, bool unbiased=True) -> Tensor`, (a) => variance(t0(a), null, A.bool(a[1]) ? 1 : 0, false, sqrt));
  defineOp(`aten::${name}.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor`, (a) =>
    variance(t0(a), A.optIntList(a[1]), A.bool(a[2]) ? 1 : 0, A.bool(a[3]), sqrt),
  );
  defineOp(`aten::${name}.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> Tensor`, (a) =>
    variance(t0(a), A.optIntList(a[1]), A.optInt(a[2]) ?? 1, A.bool(a[3]), sqrt),
  );
}

for (const [name, sqrt] of [['std_mean', true], ['var_mean', false]] as const) {
  const pairWithMean = (t: Tensor, dims: number[] | null, correction: number, keepdim: boolean): TupleValue =>
    new TupleValue([variance(t, dims, correction, keepdim, sqrt), mean(t, dims, keepdim, null)]);
  defineOp(`aten::${name}(Tensor self, bool unbiased=True) -> (Tensor, Tensor)`, (a) => pairWithMean(t0(a), null, A.bool(a[1]) ? 1 : 0, false));
  defineOp(`aten::${name}.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)`, (a) =>
    pairWithMean(t0(a), A.optIntList(a[1]), A.bool(a[2]) ? 1 : 0, A.bool(a[3])),
  );
  defineOp(`aten::${name}.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)`, (a) =>
    pairWithMean(t0(a), A.optIntList(a[1]), A.optInt(a[2]) ?? 1, A.bool(a[3])),
  );
}
defineOp('aten::nansum(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor', (a) =>
  reduce(t0(a), A.optIntList(a[1]), A.bool(a[2]), sumDtype(t0(a), A.optDtype(a[3])), (v, s, n) => {
    let acc = 0;
    for (let i = s; i < s + n; i++) if (v[i] === v[i]) acc += v[i];
    return acc;
  }),
);
const countRow: RowFn = (v, s, n) => {
  let acc = 0;
  for (let i = s; i < s + n; i++) if (v[i] !== 0) acc++;
  return acc;
};
defineOp('aten::count_nonzero.dim_IntList(Tensor self, int[] dim) -> Tensor', (a) => reduce(t0(a), A.intList(a[1]), false, 'int64', countRow));
defineOp('aten::count_nonzero(Tensor self, int? dim=None) -> Tensor', (a) => {
  const d = A.optInt(a[1]);
  return reduce(t0(a), d === null ? null : [d], false, 'int64', countRow);
});

const allRow: RowFn = (v, s, n) => {
  for (let i = s; i < s + n; i++) if (v[i] === 0) return 0;
  return 1;
};
const anyRow: RowFn = (v, s, n) => {
  for (let i = s; i < s + n; i++) if (v[i] !== 0) return 1;
  return 0;
};
/** all/any return bool, except uint8 inputs which keep uint8. */
const logicalOut = (t: Tensor): DType => (t.dtype === 'uint8' ? 'uint8' : 'bool');
defineOp('aten::all(Tensor self) -> Tensor', (a) => reduce(t0(a), null, false, logicalOut(t0(a)), allRow));
defineOp('aten::all.dim(Tensor self, int dim, bool keepdim=False) -> Tensor', (a) =>
  reduce(t0(a), [A.int(a[1])], A.bool(a[2]), logicalOut(t0(a)), allRow),
);
defineOp('aten::any(Tensor self) -> Tensor', (a) => reduce(t0(a), null, false, logicalOut(t0(a)), anyRow));
defineOp('aten::any.dim(Tensor self, int dim, bool keepdim=False) -> Tensor', (a) =>
  reduce(t0(a), [A.int(a[1])], A.bool(a[2]), logicalOut(t0(a)), anyRow),
);

defineOp('aten::logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor', (a) => {
  const t = t0(a);
  return reduce(t, A.intList(a[1]), A.bool(a[2]), isFloating(t.dtype) ? t.dtype : 'float32', (v, s, n) => {
    let m = -Infinity;
    for (let i = s; i < s + n; i++) m = Math.max(m, v[i]);
    if (!Number.isFinite(m)) return m;
    let acc = 0;
    for (let i = s; i < s + n; i++) acc += Math.exp(v[i] - m);
    return m + Math.log(acc);
  });
});

/** The vector p-norm over `dims` (all when null), as linalg.vector_norm computes it. */
export function pNorm(t: Tensor, p: number, dims: readonly number[] | null, keepdim: boolean): Tensor {
  if (!isFloating(t.dtype)) throw new TorchError('RuntimeError', `linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${SCALAR_TYPE_NAME[t.dtype]}`);
  return reduce(t, dims, keepdim, t.dtype, (v, s, n) => {
    if (p === Infinity || p === -Infinity) {
      let m = p > 0 ? 0 : Infinity;
      for (let i = s; i < s + n; i++) m = p > 0 ? Math.max(m, Math.abs(v[i])) : Math.min(m, Math.abs(v[i]));
      return m;
    }
    let acc = 0;
    for (let i = s; i < s + n; i++) acc += p === 0 ? (v[i] !== 0 ? 1 : 0) : Math.abs(v[i]) ** p;
    return p === 0 ? acc : acc ** (1 / p);
  });
}
defineOp('aten::norm.Scalar(Tensor self, Scalar p=2) -> Tensor', (a) => pNorm(t0(a), A.scalar(a[1]).value, null, false));
defineOp('aten::norm.ScalarOpt_dim(Tensor self, Scalar? p, int[1] dim, bool keepdim=False) -> Tensor', (a) =>
  pNorm(t0(a), A.optScalar(a[1])?.value ?? 2, A.intList(a[2]), A.bool(a[3])),
);
defineOp('aten::dist(Tensor self, Tensor other, Scalar p=2) -> Tensor', (a) =>
  pNorm(binaryOp(t0(a), A.tensor(a[1]), { host: (x, y) => x - y }), A.scalar(a[2]).value, null, false),
);

/** cumsum/cumprod along `dim`; integer inputs accumulate in int64. */
function scan(t: Tensor, dim: number, dtype: DType | null, op: (acc: number, x: number) => number): Tensor {
  const d = t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  const out = dtype ?? (isFloating(t.dtype) ? t.dtype : 'int64');
  if (t.ndim === 0) return t.cast(out);
  const { values, outer, inner, kept } = rows(t, [d]);
  const res = newHostArray(out, values.length);
  for (let o = 0; o < outer; o++) {
    let acc = values[o * inner];
    res[o * inner] = acc;
    for (let i = 1; i < inner; i++) {
      acc = op(acc, values[o * inner + i]);
      res[o * inner + i] = acc;
    }
  }
  const moved = Tensor.fromArray(out, [...kept.map((k) => t.shape[k]), t.shape[d]], res);
  const perm = [...kept, d];
  const inverse = perm.map((_, i) => perm.indexOf(i));
  return moved.asStrided(inverse.map((i) => moved.shape[i]), inverse.map((i) => moved.strides[i])).contiguous().cast(out);
}
defineOps(['aten::cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor'], (a) =>
  scan(t0(a), A.int(a[1]), A.optDtype(a[2]), (x, y) => x + y),
);
defineOp('aten::cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor', (a) => scan(t0(a), A.int(a[1]), A.optDtype(a[2]), (x, y) => x * y));
