// Backward formulas of products: mm, bmm, mv, dot, matmul, addmm and linear.
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import { defineFormula } from './record';
import { ints, op, scaled } from './ops';

const T = (v: IValue | undefined): Tensor => v as Tensor;

const mm = (a: Tensor, b: Tensor): Tensor => op('aten::mm', a, b);
const t = (a: Tensor): Tensor => op('aten::t', a);
const mT = (a: Tensor): Tensor => op('aten::transpose.int', a, -1n, -2n);

defineFormula('aten::mm', ([g], { args }) => [mm(g!, t(T(args[1]))), mm(t(T(args[0])), g!)]);
defineFormula('aten::bmm', ([g], { args }) => [op('aten::bmm', g!, mT(T(args[1]))), op('aten::bmm', mT(T(args[0])), g!)]);
defineFormula('aten::mv', ([g], { args }) => [
  op('aten::mul.Tensor', op('aten::unsqueeze', g!, 1n), T(args[1])),
  op('aten::mv', t(T(args[0])), g!),
]);
defineFormula('aten::dot', ([g], { args }) => [op('aten::mul.Tensor', T(args[1]), g!), op('aten::mul.Tensor', T(args[0]), g!)]);
defineFormula('aten::addmm', ([g], { args }) => {
  const [m1, m2, beta, alpha] = [T(args[1]), T(args[2]), args[3]!, args[4]!];
  return [scaled(g!, beta), scaled(mm(g!, t(m2)), alpha), scaled(mm(t(m1), g!), alpha)];
}, { reads: [1, 2] });

/** Gradients of `matmul(a, b)` (at::matmul's cases; a batch of matrices times a matrix is folded into one mm). */
function matmulGrads(g: Tensor, a: Tensor, b: Tensor): [Tensor, Tensor] {
  if (a.ndim === 1 && b.ndim === 1) return [op('aten::mul.Tensor', b, g), op('aten::mul.Tensor', a, g)];
  if (a.ndim === 2 && b.ndim === 1) return [op('aten::mul.Tensor', op('aten::unsqueeze', g, 1n), b), op('aten::mv', t(a), g)];
  if (a.ndim === 1) {
    const ga = op('aten::squeeze.dim', op('aten::matmul', op('aten::unsqueeze', g, -2n), mT(b)), -2n);
    return [ga, op('aten::matmul', op('aten::unsqueeze', a, -1n), op('aten::unsqueeze', g, -2n))];
  }
  if (b.ndim === 1) {
    const gb = op('aten::squeeze.dim', op('aten::matmul', mT(a), op('aten::unsqueeze', g, -1n)), -1n);
    return [op('aten::mul.Tensor', op('aten::unsqueeze', g, -1n), b), gb];
  }
  if (a.ndim === 2 && b.ndim === 2) return [mm(g, t(b)), mm(t(a), g)];
  if (b.ndim === 2) {
    // at::matmul folds a [..., n, k] @ [k, m] into one [N, k] mm; its backward does the same.
    const k = a.shape[a.ndim - 1]!;
    const m = b.shape[1]!;
    const a2 = op('aten::reshape', a, ints([-1, k]));
    const g2 = op('aten::reshape', g, ints([-1, m]));
    return [op('aten::reshape', mm(g2, t(b)), ints(a.shape)), mm(t(a2), g2)];
  }
  return [op('aten::matmul', g, mT(b)), op('aten::matmul', mT(a), g)];
}

defineFormula('aten::matmul', ([g], { args }) => matmulGrads(g!, T(args[0]), T(args[1])));
// linear(x, W, b) = matmul(x, W.t()) + b: W's gradient is the transposed gradient of W.t().
defineFormula('aten::linear', ([g], { args }) => {
  const [x, w, b] = [T(args[0]), T(args[1]), args[2]];
  const [gx, gwt] = matmulGrads(g!, x, t(w));
  return [gx, t(gwt), b === null || b === undefined ? null : g];
}, { reads: [0, 1] });
