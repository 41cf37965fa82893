// exponential_, geometric_, cauchy_, log_normal_ and multinomial on the PyTorch-exact generator (ATen's default CPU kernels: this
// build has no MKL, so exponential_ draws one double uniform per element).
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import { defaultGenerator, normalScalar, uniformDouble } from '../runtime/random';
import * as A from './args';
import { defineOp } from './registry';
import { topk } from './sorting';

const f32 = Math.fround;

/** exponential_distribution<double>: -1/lambda * log(1 - u), rounded to the tensor's dtype. */
function exponentialValues(n: number, lambda: number, single: boolean): Float64Array {
  const gen = defaultGenerator();
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = (-1 / lambda) * Math.log(1 - uniformDouble(gen, 0, 1));
    out[i] = single ? f32(v) : v;
  }
  return out;
}

defineOp('aten::exponential_(Tensor(a!) self, float lambd=1., *, Generator? generator=None) -> Tensor(a!)', (a) => {
  const t = A.tensor(a[0]);
  const lambda = A.float(a[1]);
  if (!(lambda > 0)) throw new TorchError('RuntimeError', `exponential_ expects lambda > 0.0, but found lambda=${lambda}`);
  return t.copy_(Tensor.fromValues(t.dtype, t.shape, exponentialValues(t.numel, lambda, t.dtype !== 'float64')));
});

/** Fills `t` with one double draw per element (ATen's serial CPU kernels), rounded to its dtype. */
function fillDraws(t: Tensor, draw: () => number): Tensor {
  const single = t.dtype !== 'float64';
  const out = new Float64Array(t.numel);
  for (let i = 0; i < out.length; i++) out[i] = single ? f32(draw()) : draw();
  return t.copy_(Tensor.fromValues(t.dtype, t.shape, out));
}

defineOp('aten::geometric_(Tensor(a!) self, float p, *, Generator? generator=None) -> Tensor(a!)', (a) => {
  const p = A.float(a[1]);
  if (!(p > 0 && p < 1)) throw new TorchError('RuntimeError', `geometric_ expects p to be in (0, 1), but got p=${p}`);
  const gen = defaultGenerator();
  return fillDraws(A.tensor(a[0]), () => Math.ceil(Math.log(uniformDouble(gen, 0, 1)) / Math.log1p(-p)));
});
defineOp('aten::cauchy_(Tensor(a!) self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor(a!)', (a) => {
  const [median, sigma] = [A.float(a[1]), A.float(a[2])];
  const gen = defaultGenerator();
  return fillDraws(A.tensor(a[0]), () => median + sigma * Math.tan(Math.PI * (uniformDouble(gen, 0, 1) - 0.5)));
});
defineOp('aten::log_normal_(Tensor(a!) self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor(a!)', (a) => {
  const [mean, std] = [A.float(a[1]), A.float(a[2])];
  const gen = defaultGenerator();
  return fillDraws(A.tensor(a[0]), () => Math.exp(normalScalar(gen, mean, std)));
});

function multinomial(p: Tensor, n: number, replacement: boolean): Tensor {
  if (p.ndim < 1 || p.ndim > 2) throw new TorchError('RuntimeError', 'prob_dist must be 1 or 2 dim');
  const rows = p.ndim === 1 ? 1 : p.shape[0]!;
  const cats = p.shape[p.ndim - 1]!;
  if (!replacement && n > cats) throw new TorchError('RuntimeError', 'cannot sample n_sample > prob_dist.size(-1) samples without replacement');
  const v = p.contiguous().values();
  if (v.some((x) => x < 0 || !Number.isFinite(x))) throw new TorchError('RuntimeError', 'probability tensor contains either `inf`, `nan` or element < 0');
  const out = new Float64Array(rows * n);
  const single = p.dtype !== 'float64';
  if (!replacement) {
    // Gumbel-top-k as ATen: q ~ Exp(1), then the n largest of p / q.
    const q = exponentialValues(v.length, 1, single);
    const ratio = Tensor.fromValues(p.dtype, [rows, cats], Array.from(v, (x, i) => (single ? f32(x / q[i]!) : x / q[i]!)));
    const idx = topk(ratio, n, -1, true)[1].values();
    for (let i = 0; i < out.length; i++) out[i] = idx[i]!;
  } else {
    const gen = defaultGenerator();
    const cum = new Float64Array(cats);
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let j = 0; j < cats; j++) {
        sum = single ? f32(sum + v[r * cats + j]!) : sum + v[r * cats + j]!;
        cum[j] = sum;
      }
      if (sum <= 0) throw new TorchError('RuntimeError', 'invalid multinomial distribution (sum of probabilities <= 0)');
      for (let j = 0; j < cats; j++) cum[j] = single ? f32(cum[j]! / sum) : cum[j]! / sum;
      cum[cats - 1] = 1;
      for (let k = 0; k < n; k++) {
        const u = uniformDouble(gen, 0, 1);
        let [lo, hi] = [0, cats];
        while (hi - lo > 0) {
          const mid = lo + ((hi - lo) >> 1);
          if (cum[mid]! < u) lo = mid + 1;
          else hi = mid;
        }
        out[r * n + k] = lo;
      }
    }
  }
  return Tensor.fromValues('int64', p.ndim === 1 ? [n] : [rows, n], out);
}
defineOp('aten::multinomial(Tensor self, int num_samples, bool replacement=False, *, Generator? generator=None) -> Tensor', (a) =>
  multinomial(A.tensor(a[0]), A.int(a[1]), A.bool(a[2])),
);
