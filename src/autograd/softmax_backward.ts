// float32 softmax/log_softmax backward over the last dim in the order of PyTorch 1.13's
// vectorized CPU kernels (Note [Softmax backward order]).
import { Tensor } from '../runtime/tensor';
import { op } from './ops';

// Note [Softmax backward order]: each row's sum is read as 8-lane vectors (a shorter row is summed
// left to right), the lanes folded by halves (4, 2, 1 apart); for softmax the products g * y are
// accumulated fused into the lanes when the row has 8 or more. log_softmax's g - exp(y) * sum is
// one fused multiply-add. Rounding each step to float32 in that order gives PyTorch's bits.
const VEC = 8;
const f = Math.fround;

/** vec::reduce_all / map2_reduce_all of one row: `term(i)` is element i, `fused` its unrounded product form. */
function rowSum(n: number, term: (i: number) => number, fusedTerms: boolean): number {
  if (n < VEC) {
    let acc = f(term(0));
    for (let i = 1; i < n; i++) acc = f(acc + f(term(i)));
    return acc;
  }
  const lanes = new Float32Array(VEC);
  for (let l = 0; l < VEC; l++) lanes[l] = term(l);
  const add = (l: number, i: number): void => {
    lanes[l] = fusedTerms ? lanes[l]! + term(i) : lanes[l]! + f(term(i));
  };
  let d = VEC;
  for (; d < n - (n % VEC); d += VEC) for (let l = 0; l < VEC; l++) add(l, d + l);
  for (let l = 0; d + l < n; l++) add(l, d + l);
  for (const step of [4, 2, 1]) {
    const prev = Float32Array.from(lanes);
    for (let l = 0; l < VEC; l++) lanes[l] = prev[l]! + prev[l ^ step]!;
  }
  return lanes[0]!;
}

function lastDimRows(t: Tensor): [number, number] {
  const n = t.shape[t.ndim - 1] ?? 1;
  return [t.numel / Math.max(n, 1), n];
}

/** Null unless both are contiguous float32 and `dim` is the last. */
function usable(g: Tensor, y: Tensor, dim: number): boolean {
  return g.dtype === 'float32' && y.dtype === 'float32' && dim === y.ndim - 1 && y.ndim > 0 && g.isContiguous() && y.isContiguous();
}

export function logSoftmaxBackwardFloat32(g: Tensor, y: Tensor, dim: number): Tensor | null {
  if (!usable(g, y, dim)) return null;
  const gv = g.values();
  const ev = (op('aten::exp', y) as Tensor).values();
  const [rows, n] = lastDimRows(y);
  const out = new Float32Array(y.numel);
  for (let r = 0; r < rows; r++) {
    const s = rowSum(n, (i) => gv[r * n + i]!, false);
    for (let i = 0; i < n; i++) out[r * n + i] = gv[r * n + i]! - ev[r * n + i]! * s;
  }
  return Tensor.fromArray('float32', y.shape, out);
}

export function softmaxBackwardFloat32(g: Tensor, y: Tensor, dim: number): Tensor | null {
  if (!usable(g, y, dim)) return null;
  const gv = g.values();
  const yv = y.values();
  const [rows, n] = lastDimRows(y);
  const out = new Float32Array(y.numel);
  for (let r = 0; r < rows; r++) {
    const s = rowSum(n, (i) => gv[r * n + i]! * yv[r * n + i]!, true);
    for (let i = 0; i < n; i++) out[r * n + i] = f(gv[r * n + i]! - s) * yv[r * n + i]!;
  }
  return Tensor.fromArray('float32', y.shape, out);
}
