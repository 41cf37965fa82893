/**
 * Reverse-mode autograd over the operator registry: ops record Nodes (Note [The tape]) whose
 * backward formulas are data keyed by schema name (Note [Formulas as data]); `backward` runs them.
 */
import type { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import { runBackward } from './engine';
import { op, sameShape } from './ops';
import './formulas_pointwise';
import './formulas_shape';
import './formulas_linalg';
import './formulas_reduce';
import './formulas_loss';
import './formulas_nn';

export { recordOp, hasFormula } from './record';
export { gradOf, setGrad, gradFnNode, setGradFn } from './graph';
export type { Node } from './graph';

function sizeText(t: Tensor): string {
  return `torch.Size([${t.shape.join(', ')}])`;
}

/**
 * `torch.autograd.backward(tensors, grad_tensors)` / `t.backward(gradient)`: a missing gradient
 * is ones for a scalar that requires grad (torch/autograd/__init__.py's _make_grads).
 */
export function backward(tensors: readonly Tensor[], gradients: readonly (Tensor | null)[], retainGraph = false): void {
  const grads = tensors.map((t, i) => {
    const g = gradients[i] ?? null;
    if (g === null) {
      if (t.requiresGrad && t.numel !== 1) throw new TorchError('RuntimeError', 'grad can be implicitly created only for scalar outputs');
      return op('aten::ones_like', t);
    }
    if (!sameShape(g.shape, t.shape)) {
      throw new TorchError('RuntimeError', `Mismatch in shape: grad_output[${i}] has a shape of ${sizeText(g)} and output[${i}] has a shape of ${sizeText(t)}.`);
    }
    return g;
  });
  runBackward(tensors, grads, retainGraph);
}
