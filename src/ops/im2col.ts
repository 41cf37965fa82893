// im2col / col2im (F.unfold / F.fold): sliding blocks of a batched 4-d input as columns, and back.
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';
import * as V from './views';

interface Geometry {
  readonly k: number[];
  readonly d: number[];
  readonly p: number[];
  readonly s: number[];
}

/** Number of block positions along one spatial dim. */
const blocks = (size: number, g: Geometry, i: number): number => Math.floor((size + 2 * g.p[i]! - g.d[i]! * (g.k[i]! - 1) - 1) / g.s[i]!) + 1;

/** Visits each (channel, kernel offset, block) with the input position it reads, or -1 in the padding. */
function forEachTap(c: number, h: number, w: number, g: Geometry, visit: (row: number, col: number, y: number, x: number) => void): void {
  const [oh, ow] = [blocks(h, g, 0), blocks(w, g, 1)];
  for (let ch = 0; ch < c; ch++) {
    for (let ki = 0; ki < g.k[0]!; ki++) {
      for (let kj = 0; kj < g.k[1]!; kj++) {
        const row = (ch * g.k[0]! + ki) * g.k[1]! + kj;
        for (let bi = 0; bi < oh; bi++) {
          for (let bj = 0; bj < ow; bj++) {
            const y = bi * g.s[0]! - g.p[0]! + ki * g.d[0]!;
            const x = bj * g.s[1]! - g.p[1]! + kj * g.d[1]!;
            visit(row, bi * ow + bj, y >= 0 && y < h ? y : -1, x >= 0 && x < w ? x : -1);
          }
        }
      }
    }
  }
}

function geometry(a: readonly unknown[], at: number): Geometry {
  const [k, d, p, s] = [0, 1, 2, 3].map((i) => A.intList(a[at + i] as bigint[], 2));
  return { k: k!, d: d!, p: p!, s: s! };
}

defineOp('aten::im2col(Tensor self, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  const batched = t.ndim === 4 ? t : V.unsqueeze(t, 0);
  const [n, c, h, w] = batched.shape as [number, number, number, number];
  const g = geometry(a, 1);
  const [oh, ow] = [blocks(h, g, 0), blocks(w, g, 1)];
  if (oh < 1 || ow < 1) throw new TorchError('RuntimeError', `Given input with spatial size (${h}, ${w}), kernel_size=(${g.k.join(', ')}), dilation=(${g.d.join(', ')}), padding=(${g.p.join(', ')}), calculated shape of the array of sliding blocks as (${oh}, ${ow}), but its components must be at least one.`);
  const v = batched.contiguous().values();
  const rows = c * g.k[0]! * g.k[1]!;
  const cols = oh * ow;
  const out = new Float64Array(n * rows * cols);
  for (let b = 0; b < n; b++) {
    forEachTap(c, h, w, g, (row, col, y, x) => {
      const ch = Math.floor(row / (g.k[0]! * g.k[1]!));
      out[(b * rows + row) * cols + col] = y < 0 || x < 0 ? 0 : v[((b * c + ch) * h + y) * w + x]!;
    });
  }
  const r = Tensor.fromValues(t.dtype, [n, rows, cols], out);
  return t.ndim === 4 ? r : V.squeeze(r, 0);
});

defineOp('aten::col2im(Tensor self, SymInt[2] output_size, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor', (a) => {
  const t = A.tensor(a[0]);
  const batched = t.ndim === 3 ? t : V.unsqueeze(t, 0);
  const [n, rows, cols] = batched.shape as [number, number, number];
  const [h, w] = A.intList(a[1], 2) as [number, number];
  const g = geometry(a, 2);
  const kk = g.k[0]! * g.k[1]!;
  if (rows % kk !== 0) throw new TorchError('RuntimeError', `Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)=${rows} and kernel_size=(${g.k.join(', ')})`);
  if (blocks(h, g, 0) * blocks(w, g, 1) !== cols) throw new TorchError('RuntimeError', `Given output_size=(${h}, ${w}), kernel_size=(${g.k.join(', ')}), dilation=(${g.d.join(', ')}), padding=(${g.p.join(', ')}), stride=(${g.s.join(', ')}), expected size of input's dimension 2 to match the calculated number of sliding blocks ${blocks(h, g, 0)} * ${blocks(w, g, 1)} = ${blocks(h, g, 0) * blocks(w, g, 1)}, but got input.size(2)=${cols}.`);
  const c = rows / kk;
  const v = batched.contiguous().values();
  const out = new Float64Array(n * c * h * w);
  for (let b = 0; b < n; b++) {
    forEachTap(c, h, w, g, (row, col, y, x) => {
      if (y < 0 || x < 0) return;
      const ch = Math.floor(row / kk);
      out[((b * c + ch) * h + y) * w + x] += v[(b * rows + row) * cols + col]!;
    });
  }
  const r = Tensor.fromValues(t.dtype, [n, c, h, w], out);
  return t.ndim === 3 ? r : V.squeeze(r, 0);
});
