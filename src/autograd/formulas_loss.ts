// Backward formulas of losses and nn ops: mse_loss, l1_loss, nll_loss, cross_entropy_loss, embedding.
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { isFloating, newHostArray } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import { defineFormula } from './record';
import { div, ints, mul, neg, op, sub, zeros } from './ops';
import { logSoftmaxBackward } from './formulas_reduce';

const T = (v: IValue | undefined): Tensor => v as Tensor;
const MEAN = 1;

// mse_loss_backward: (self - target) * norm * grad, norm = 2 / numel for a mean, else 2.
defineFormula('aten::mse_loss', ([g], { args }) => {
  const [x, y] = [T(args[0]), T(args[1])];
  const norm = Number(args[2]) === MEAN ? 2 / x.numel : 2;
  const gx = mul(mul(sub(x, y), Math.fround(norm)), g!);
  return [gx, neg(gx)];
});
defineFormula('aten::l1_loss', ([g], { args }) => {
  const [x, y] = [T(args[0]), T(args[1])];
  const s = mul(op('aten::sign', sub(x, y)), g!);
  const gx = Number(args[2]) === MEAN ? div(s, BigInt(x.numel)) : s;
  return [gx, neg(gx)];
});

/**
 * nll_loss_backward: -w[t] * grad at each target's class (divided by the total weight for a mean),
 * 0 for ignored targets. The class dim is 1 (0 for an unbatched input).
 */
function nllBackward(g: Tensor, logp: Tensor, target: Tensor, weight: Tensor | null, reduction: number, ignoreIndex: number): Tensor {
  const batched = logp.ndim >= 2;
  const classes = logp.shape[batched ? 1 : 0]!;
  const inner = batched ? logp.shape.slice(2).reduce((a, b) => a * b, 1) : 1;
  const tv = target.values();
  const wv = weight?.values();
  const gv = g.contiguous().values();
  let total = 0;
  for (let i = 0; i < tv.length; i++) if (tv[i] !== ignoreIndex) total = Math.fround(total + (wv ? wv[tv[i]!]! : 1));
  const out = newHostArray(logp.dtype, logp.numel);
  for (let i = 0; i < tv.length; i++) {
    const t = tv[i]!;
    if (t === ignoreIndex) continue;
    if (t < 0 || t >= classes) throw new TorchError('IndexError', `Target ${t} is out of bounds.`);
    const gi = reduction === 0 ? gv[i]! : gv[0]!;
    const scaled = -(reduction === MEAN ? Math.fround(gi / total) : gi);
    const [n, k] = [Math.floor(i / inner), i % inner];
    out[(n * classes + t) * inner + k] = wv ? Math.fround(wv[t]! * scaled) : scaled;
  }
  return Tensor.fromArray(logp.dtype, logp.shape, out);
}

defineFormula(['aten::nll_loss', 'aten::nll_loss_nd'], ([g], { args }) => {
  const weight = args[2] instanceof Tensor ? args[2] : null;
  return [nllBackward(g!, T(args[0]), T(args[1]), weight, Number(args[3]), Number(args[4]))];
});

// cross_entropy_loss = nll_loss(log_softmax(self, class dim)): the two backward formulas in turn.
defineFormula('aten::cross_entropy_loss', ([g], { args }) => {
  const [x, target] = [T(args[0]), T(args[1])];
  const weight = args[2] instanceof Tensor ? args[2] : null;
  const [reduction, ignoreIndex, smoothing] = [Number(args[3]), Number(args[4]), Number(args[5])];
  if (smoothing > 0) throw new TorchError('NotImplementedError', 'the derivative of cross_entropy with label_smoothing is not implemented yet');
  const dim = x.ndim >= 2 ? 1 : 0;
  const logp = op('aten::log_softmax.int', x, BigInt(dim));
  let glogp: Tensor;
  if (isFloating(target.dtype)) {
    if (weight !== null) throw new TorchError('NotImplementedError', 'the derivative of cross_entropy with class weights and probability targets is not implemented yet');
    // The loss is -(logp * target).sum(...) [/ (numel / C)]: neg and div come back first, then mul.
    const classes = x.shape[dim]!;
    const scaled = reduction === MEAN ? div(g!, BigInt(x.numel / classes)) : g!;
    glogp = mul(neg(reduction === 0 ? op('aten::unsqueeze', scaled, BigInt(dim)) : scaled), target);
  } else {
    glogp = nllBackward(g!, logp, target, weight, reduction, ignoreIndex);
  }
  return [logSoftmaxBackward(glogp, logp, dim)];
});

// embedding_backward: rows of the weight receive the sum of their lookups' gradients.
defineFormula('aten::embedding', ([g], { args }) => {
  const [w, idx] = [T(args[0]), T(args[1])];
  const d = w.shape[1]!;
  const gw = op('aten::index_put_', zeros(w.shape, g!.dtype), [op('aten::reshape', idx, ints([-1]))], op('aten::reshape', g!, ints([-1, d])), true);
  const pad = Number(args[2]);
  if (pad >= 0) op('aten::fill_.Scalar', op('aten::select.int', gw, 0n, BigInt(pad)), 0);
  return [gw, null];
}, { reads: [1] });
