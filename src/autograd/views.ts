// In-place ops on views (`y[1] = x`, `out[:, t].copy_(h)`): the base's history is rewritten as
// PyTorch's CopySlices does (Note [In-place on views]).
import type { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import type { Edge, TensorMeta } from './graph';
import { Node, gradFnNode, gradientEdge, setGradFn } from './graph';
import { op, zeros } from './ops';

// Note [In-place on views]: a view shares its base's storage, so writing through it changes the
// base. After an in-place op on view v of base b, b's grad_fn becomes CopySlices: its gradient is
// b's incoming gradient with v's region replaced by what the op's Node gives for v's old value,
// and the op's other inputs get the rest of that Node's gradients. v's own grad_fn then reads its
// region of b's gradient (AsStridedBackward0). Views are remembered when view ops run.
const bases = new WeakMap<Tensor, Tensor>();

/** Remembers that `view` (a result sharing `input`'s storage) is a view of `input`'s base. */
export function noteView(view: Tensor, input: Tensor): void {
  bases.set(view, bases.get(input) ?? input);
}

/** The tensor `t` is a view of, or undefined for a base. */
export function viewBaseOf(t: Tensor): Tensor | undefined {
  return bases.get(t);
}

/** The region of a contiguous tensor shaped like `base` that `view` covers. */
function region(t: Tensor, view: Tensor, base: Tensor): Tensor {
  return t.asStrided(view.shape, view.strides, view.storageOffset - base.storageOffset);
}

const meta = (t: Tensor): TensorMeta => ({ shape: [...t.shape], dtype: t.dtype });

/**
 * After in-place op Node `fn` was recorded on `view` (a view of `base`), moves the history to the
 * base. A base that is not contiguous keeps an op whose backward is not implemented.
 */
export function rebaseHistory(view: Tensor, base: Tensor): void {
  const fn = gradFnNode(view);
  if (fn === null) return;
  const old = gradientEdge(base);
  const next: (Edge | null)[] = [old, ...fn.next.slice(1)];
  const contiguous = base.isContiguous();
  const copySlices = new Node(
    'CopySlices',
    contiguous
      ? ([g]) => {
          const res = op('aten::clone', g!);
          const part = region(res, view, base);
          const grads = fn.apply([op('aten::clone', part)]);
          op('aten::copy_', part, grads[0] ?? op('aten::zeros_like', part));
          return [res, ...grads.slice(1)];
        }
      : null,
    { args: [], outputs: [] },
    next,
    next.map((_, i) => i),
    [meta(base), ...fn.inputMeta.slice(1)],
    [meta(base)],
    true,
  );
  base.requiresGrad = true;
  setGradFn(base, copySlices, 0);
  const viewNode = new Node(
    'AsStridedBackward0',
    ([g]) => {
      if (!contiguous) throw new TorchError('NotImplementedError', 'the derivative through a view of a non-contiguous tensor is not implemented yet');
      const z = zeros(base.shape, g!.dtype);
      op('aten::copy_', region(z, view, base), g!);
      return [z];
    },
    { args: [], outputs: [view] },
    [{ node: copySlices, outputNr: 0 }],
    [0],
    [meta(base)],
    [meta(view)],
    false,
  );
  setGradFn(view, viewNode, 0);
}
