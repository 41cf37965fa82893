// float32 sums in the order of PyTorch 1.13's CPU cascade_sum (aten/src/ATen/native/cpu/SumKernel.cpp),
// so `loss.sum()` / `x.mean()` give PyTorch's last bit (Note [Float32 sums in PyTorch's order]).
import { Tensor } from '../runtime/tensor';

// Note [Float32 sums in PyTorch's order]: PyTorch accumulates a float32 sum in float32, in an
// order fixed by the kernel: a contiguous row is read as 8-lane vectors into 4 interleaved
// accumulators, each summed in cascade levels (multi_row_sum), the lanes added last; a reduction
// over an outer dimension sums each column in cascade levels (blocks of 4 or 32 columns) or
// interleaved (row_sum, the other columns). Rounding every step to float32 in that order gives the
// same bits as PyTorch's single-threaded reduction (the reference runs with torch.get_num_threads() == 1,
// so large sums are not split across threads either). Other layouts return null
// and the caller sums in float64.

const VEC = 8;
const ILP = 4;
const LEVELS = 4;

type Load = (i: number) => number;

function ceilLog2(x: number): number {
  return x <= 1 ? 0 : Math.ceil(Math.log2(x));
}

/** multi_row_sum: `nrows` running sums over `size` steps, folded into higher levels every level_step. */
function multiRowSum(load: (i: number, k: number) => number, nrows: number, size: number): Float32Array {
  const power = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const step = 1 << power;
  const mask = step - 1;
  const acc = Array.from({ length: LEVELS }, () => new Float32Array(nrows));
  let i = 0;
  while (i + step <= size) {
    for (let j = 0; j < step; j++, i++) for (let k = 0; k < nrows; k++) acc[0]![k] += load(i, k);
    for (let j = 1; j < LEVELS; j++) {
      for (let k = 0; k < nrows; k++) {
        acc[j]![k] += acc[j - 1]![k]!;
        acc[j - 1]![k] = 0;
      }
      if ((i & (mask << (j * power))) !== 0) break;
    }
  }
  for (; i < size; i++) for (let k = 0; k < nrows; k++) acc[0]![k] += load(i, k);
  for (let j = 1; j < LEVELS; j++) for (let k = 0; k < nrows; k++) acc[0]![k] += acc[j]![k]!;
  return acc[0]!;
}

/** row_sum: `width`-lane loads, 4 interleaved accumulators, the leftover loads into the first. */
function rowSum(load: (i: number, lane: number) => number, width: number, size: number): Float32Array {
  const sizeIlp = Math.floor(size / ILP);
  const acc = multiRowSum((i, k) => load(i * ILP + Math.floor(k / width), k % width), ILP * width, sizeIlp);
  const first = acc.subarray(0, width);
  for (let i = sizeIlp * ILP; i < size; i++) for (let l = 0; l < width; l++) first[l] += load(i, l);
  for (let k = 1; k < ILP; k++) for (let l = 0; l < width; l++) first[l] += acc[k * width + l]!;
  return first;
}

/** vectorized_inner_sum / scalar_inner_sum of one contiguous row. */
function innerSum(load: Load, n: number): number {
  if (n < VEC) return rowSum((i) => load(i), 1, n)[0]!;
  const vecs = Math.floor(n / VEC);
  const lanes = rowSum((i, l) => load(i * VEC + l), VEC, vecs);
  const out = new Float32Array(1);
  for (let k = vecs * VEC; k < n; k++) out[0] += load(k);
  for (let l = 0; l < VEC; l++) out[0] += lanes[l]!;
  return out[0]!;
}

/** vectorized_outer_sum / scalar_outer_sum: column sums of a contiguous [rows, cols] block. */
function outerSums(load: (r: number, c: number) => number, rows: number, cols: number, out: Float32Array, at: number): void {
  const block = cols >= VEC ? ILP * VEC : ILP;
  let j = 0;
  for (; j + block <= cols; j += block) {
    const s = multiRowSum((r, k) => load(r, j + k), block, rows);
    for (let k = 0; k < block; k++) out[at + j + k] = s[k]!;
  }
  for (; j < cols; j++) {
    const c = j;
    out[at + j] = rowSum((r) => load(r, c), 1, rows)[0]!;
  }
}

interface Group {
  readonly size: number;
  readonly reduced: boolean;
}

/** The non-1 dims of a contiguous tensor, adjacent dims of the same kind merged (TensorIterator's coalescing). */
function groupsOf(t: Tensor, reduced: ReadonlySet<number>): Group[] {
  const out: Group[] = [];
  t.shape.forEach((size, d) => {
    if (size === 1) return;
    const r = reduced.has(d);
    const last = out[out.length - 1];
    if (last !== undefined && last.reduced === r) out[out.length - 1] = { size: last.size * size, reduced: r };
    else out.push({ size, reduced: r });
  });
  return out;
}

/**
 * The float32 sum of `t` over `dims` (wrapped) in PyTorch's order: the two innermost coalesced
 * dims are one inner or outer reduction, the dims outside it are looped in row-major order and
 * their partial results added to the output. Null for a strided or big input (Note [Float32 sums in PyTorch's order]).
 */
export function float32Sum(t: Tensor, dims: readonly number[], outShape: readonly number[]): Tensor | null {
  if (t.dtype !== 'float32' || !t.isContiguous()) return null;
  const groups = groupsOf(t, new Set(dims));
  if (!groups.some((g) => g.reduced)) return null;
  const v = t.values();
  const last = groups[groups.length - 1]!;
  const prev = groups.length >= 2 ? groups[groups.length - 2]! : { size: 1, reduced: !last.reduced };
  const loop = groups.slice(0, Math.max(0, groups.length - 2));
  const block = last.size * prev.size;
  // Output elements per block: the kept one of the two inner groups.
  const blockOut = last.reduced ? prev.size : last.size;
  const out = new Float32Array(outShape.reduce((a, b) => a * b, 1));
  const part = new Float32Array(blockOut);
  const outerCount = loop.reduce((a, g) => a * g.size, 1);
  for (let n = 0; n < outerCount; n++) {
    // Row-major index over the loop groups: the kept ones address the output.
    let rest = n;
    let outIndex = 0;
    let scale = 1;
    for (let gi = loop.length - 1; gi >= 0; gi--) {
      const g = loop[gi]!;
      const k = rest % g.size;
      rest = Math.floor(rest / g.size);
      if (!g.reduced) {
        outIndex += k * scale;
        scale *= g.size;
      }
    }
    const base = n * block;
    if (last.reduced) for (let row = 0; row < prev.size; row++) part[row] = innerSum((i) => v[base + row * last.size + i]!, last.size);
    else outerSums((r, c) => v[base + r * last.size + c]!, prev.size, last.size, part, 0);
    for (let k = 0; k < blockOut; k++) out[outIndex * blockOut + k] += part[k]!;
  }
  return Tensor.fromArray('float32', outShape, out);
}
