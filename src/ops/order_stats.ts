// Order statistics along a dim: median, nanmedian, kthvalue, mode; and unique (_unique2).
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { newHostArray } from '../runtime/dtype';
import { TorchError, wrapDim } from '../runtime/errors';
import * as A from './args';
import { reduce } from './reduction';
import { defineOp } from './registry';
import { atenQuickSelect } from './stl_select';

/** Positions of a row in ascending order, NaN last, stable (ties keep their order). */
function order(v: ArrayLike<number>, s: number, n: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  return idx.sort((i, j) => {
    const [a, b] = [v[s + i], v[s + j]];
    if (a !== a) return b !== b ? 0 : 1;
    if (b !== b) return -1;
    return a - b;
  });
}

/** Picks an index (within the row) for each row; NaN rows pick their first NaN unless `skipNan`. */
type Pick = (v: ArrayLike<number>, s: number, n: number) => number;

function firstNan(v: ArrayLike<number>, s: number, n: number): number {
  for (let i = 0; i < n; i++) if (v[s + i] !== v[s + i]) return i;
  return -1;
}

function medianPick(skipNan: boolean): Pick {
  return (v, s, n) => {
    const nan = firstNan(v, s, n);
    const o = order(v, s, n);
    if (nan >= 0 && !skipNan) return nan;
    const count = skipNan ? o.filter((i) => v[s + i] === v[s + i]).length : n;
    return o[Math.max(0, Math.floor((count - 1) / 2))];
  };
}

/** The most frequent value (the smallest on ties), at its last position, as PyTorch's CPU mode. */
const modePick: Pick = (v, s, n) => {
  const o = order(v, s, n);
  let [best, bestCount, run] = [0, 0, 0];
  for (let k = 0; k < n; k++) {
    run = k > 0 && v[s + o[k]] === v[s + o[k - 1]] ? run + 1 : 1;
    if (run > bestCount) [best, bestCount] = [k, run];
  }
  const value = v[s + o[best]];
  let last = o[best];
  for (let i = 0; i < n; i++) if (v[s + i] === value) last = i;
  return last;
};

function alongDim(t: Tensor, dim: number, keepdim: boolean, name: string, pick: Pick): TupleValue {
  const d = t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  if (t.ndim > 0 && t.shape[d] === 0) throw new TorchError('IndexError', `${name}(): Expected reduction dim ${d} to have non-zero size.`);
  const ds = t.ndim === 0 ? [] : [d];
  const values = reduce(t, ds, keepdim, t.dtype, (v, s, n) => v[s + pick(v, s, n)]);
  const indices = reduce(t, ds, keepdim, 'int64', pick);
  return new TupleValue([values, indices], ['values', 'indices']);
}

function wholeMedian(t: Tensor, skipNan: boolean): Tensor {
  if (t.numel === 0) return Tensor.scalar(t.dtype, NaN);
  const pick = medianPick(skipNan);
  return reduce(t, null, false, t.dtype, (v, s, n) => v[s + pick(v, s, n)]);
}

function kthvalue(t: Tensor, k: number, dim: number, keepdim: boolean): TupleValue {
  const d = t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  const size = t.ndim === 0 ? 1 : t.shape[d];
  if (k < 1 || k > size) throw new TorchError('RuntimeError', `kthvalue(): selected number k out of range for dimension ${d}`);
  // Note [Tie order]: the k-th after ATen's quickselect, which is not stable.
  const gt = (x: number, y: number): boolean => (x !== x && y === y) || x > y;
  return alongDim(t, dim, keepdim, 'kthvalue', (v, s, n) => {
    const idx = Array.from({ length: n }, (_, i) => i);
    atenQuickSelect(idx, k - 1, (i, j) => gt(v[s + i], v[s + j]));
    return idx[k - 1];
  });
}

/**
 * The runs of equal values of the flattened tensor, visiting its elements in `visit` order:
 * each run's value, each element's run (inverse) and each run's length (counts).
 */
export function valueRuns(t: Tensor, visit: Iterable<number>, returnInverse: boolean, returnCounts: boolean): TupleValue {
  const v = t.values();
  const values: number[] = [];
  const counts: number[] = [];
  const inverse = newHostArray('int64', v.length);
  for (const i of visit) {
    if (values.length === 0 || !(values[values.length - 1] === v[i])) {
      values.push(v[i]);
      counts.push(0);
    }
    counts[counts.length - 1]++;
    inverse[i] = values.length - 1;
  }
  const empty = Tensor.fromValues('int64', [0], []);
  return new TupleValue([
    Tensor.fromValues(t.dtype, [values.length], values),
    returnInverse ? Tensor.fromArray('int64', t.shape, inverse) : empty,
    returnCounts ? Tensor.fromValues('int64', [counts.length], counts) : empty,
  ]);
}

/** torch._unique2 on the flattened tensor: sorted values, inverse indices and counts. */
function unique2(t: Tensor, returnInverse: boolean, returnCounts: boolean): TupleValue {
  const v = t.values();
  return valueRuns(t, order(v, 0, v.length), returnInverse, returnCounts);
}

const t0 = (a: IValue[]): Tensor => A.tensor(a[0]);
const ALONG = 'int dim, bool keepdim=False) -> (Tensor values, Tensor indices)';
defineOp('aten::median(Tensor self) -> Tensor', (a) => wholeMedian(t0(a), false));
defineOp(`aten::median.dim(Tensor self, ${ALONG}`, (a) => alongDim(t0(a), A.int(a[1]), A.bool(a[2]), 'median', medianPick(false)));
defineOp('aten::nanmedian(Tensor self) -> Tensor', (a) => wholeMedian(t0(a), true));
defineOp(`aten::nanmedian.dim(Tensor self, ${ALONG}`, (a) => alongDim(t0(a), A.int(a[1]), A.bool(a[2]), 'nanmedian', medianPick(true)));
defineOp('aten::mode(Tensor self, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)', (a) =>
  alongDim(t0(a), A.int(a[1]), A.bool(a[2]), 'mode', modePick),
);
defineOp('aten::kthvalue(Tensor self, int k, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)', (a) =>
  kthvalue(t0(a), A.int(a[1]), A.int(a[2]), A.bool(a[3])),
);
defineOp('aten::_unique2(Tensor self, bool sorted=True, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)', (a) =>
  unique2(t0(a), A.bool(a[2]), A.bool(a[3])),
);
