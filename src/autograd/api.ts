// The entry points of a backward pass: torch.autograd.backward / grad and retain_grad.
import type { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import { runBackward } from './engine';
import { op, sameShape } from './ops';
import type { GradHook } from './graph';
import { gradFnNode, gradientEdge } from './graph';

function sizeText(t: Tensor): string {
  return `torch.Size([${t.shape.join(', ')}])`;
}

/**
 * `torch.autograd.backward(tensors, grad_tensors)` / `t.backward(gradient)`: a missing gradient
 * is ones for a scalar that requires grad (torch/autograd/__init__.py's _make_grads).
 */
export function backward(tensors: readonly Tensor[], gradients: readonly (Tensor | null)[], retainGraph = false): void {
  runBackward(tensors, rootGrads(tensors, gradients), retainGraph);
}

/**
 * `torch.autograd.grad(outputs, inputs, grad_outputs)`: the gradients of `inputs`, without
 * touching any `.grad`. An input the outputs do not depend on is an error unless `allowUnused`.
 */
export function grad(outputs: readonly Tensor[], inputs: readonly Tensor[], gradOutputs: readonly (Tensor | null)[], retainGraph = false, allowUnused = false): (Tensor | null)[] {
  const edges = inputs.map((t) => {
    if (!t.requiresGrad) throw new TorchError('RuntimeError', `One of the differentiated Tensors does not require grad`);
    return gradientEdge(t);
  });
  const got = runBackward(outputs, rootGrads(outputs, gradOutputs), retainGraph, edges);
  if (!allowUnused && got.some((g) => g === null)) {
    throw new TorchError('RuntimeError', 'One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.');
  }
  return got;
}

/** `t.retain_grad()`: a non-leaf keeps its gradient in `.grad` (a no-op for leaves). */
export function retainGrad(t: Tensor): void {
  if (!t.requiresGrad) throw new TorchError('RuntimeError', "can't retain_grad on Tensor that has requires_grad=False");
  const e = gradientEdge(t);
  if (e !== null && gradFnNode(t) !== null) e.node.retained.set(e.outputNr, t);
}

function rootGrads(tensors: readonly Tensor[], gradients: readonly (Tensor | null)[]): Tensor[] {
  return tensors.map((t, i) => {
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
}

/**
 * `t.register_hook(fn)`: `fn` sees (and may replace) the gradient of `t` before it is used, a
 * leaf's before it is accumulated. Returns the function that removes it.
 */
export function registerHook(t: Tensor, hook: GradHook): () => void {
  if (!t.requiresGrad) throw new TorchError('RuntimeError', "cannot register a hook on a tensor that doesn't require gradient");
  const e = gradientEdge(t)!;
  const list = e.node.hooks.get(e.outputNr) ?? [];
  list.push(hook);
  e.node.hooks.set(e.outputNr, list);
  return () => {
    const i = list.indexOf(hook);
    if (i >= 0) list.splice(i, 1);
  };
}
