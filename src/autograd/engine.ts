// The backward pass: runs the Nodes reachable from the roots, newest first, summing the gradients
// that reach each Node before it runs, and accumulating into the leaves' `.grad`.
import type { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import type { Edge, Node, TensorMeta } from './graph';
import { AccumulateGrad, gradOf, gradientEdge, setGrad } from './graph';
import { add, op, sameShape, sumTo, zeros } from './ops';
import { DTypeValue } from '../runtime/ivalue';

// Note [The tape]: every recorded op is a Node holding its formula, its saved arguments and
// outputs, and one Edge per tensor input (to the input's grad_fn or to a leaf's AccumulateGrad).
// backward() walks that graph from the roots: it counts how many edges lead to each Node, then runs
// a Node once all of them have delivered their gradient. Among ready Nodes the newest
// (highest sequence number) runs first, and AccumulateGrad at once, as PyTorch's engine does, so
// gradients are summed in PyTorch's order and float32 results match.

/** A gradient computed for `meta`'s tensor, reduced and cast to it (PyTorch's validate_outputs). */
function fitted(g: Tensor, meta: TensorMeta, node: Node): Tensor {
  let r = g;
  if (!sameShape(r.shape, meta.shape)) {
    const lead = r.ndim - meta.shape.length;
    const expandable = lead >= 0 && meta.shape.every((s, i) => s === 1 || s === r.shape[i + lead]);
    if (!expandable) {
      throw new TorchError('RuntimeError', `Function ${node.name} returned an invalid gradient at index 0 - got [${r.shape.join(', ')}] but expected shape compatible with [${meta.shape.join(', ')}]`);
    }
    r = sumTo(r, meta.shape);
  }
  if (r.dtype !== meta.dtype) r = op('aten::to.dtype', r, new DTypeValue(meta.dtype).code);
  return r;
}

/** Adds `g` to `t.grad` (AccumulateGrad, and the retain_grad hook of a non-leaf). */
export function accumulate(leaf: Tensor, g: Tensor): void {
  const old = gradOf(leaf);
  // The first gradient is stored as a new tensor; later ones add in place (`.grad` keeps its identity).
  if (old === null) setGrad(leaf, g.isContiguous() ? op('aten::clone', g) : op('aten::contiguous', g));
  else op('aten::add_.Tensor', old, g);
}

function dependencies(roots: readonly Node[]): Map<Node, number> {
  const deps = new Map<Node, number>();
  const seen = new Set<Node>(roots);
  const stack = [...roots];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const e of n.next) {
      if (e === null) continue;
      deps.set(e.node, (deps.get(e.node) ?? 0) + 1);
      if (!seen.has(e.node)) {
        seen.add(e.node);
        stack.push(e.node);
      }
    }
  }
  return deps;
}

function priority(n: Node): number {
  return n instanceof AccumulateGrad ? Infinity : n.sequenceNr;
}

/**
 * `torch.autograd.backward(roots, grads)`: `grads[i]` is the gradient of `roots[i]` (already
 * checked to have its shape). Frees saved values unless `retainGraph`. With `capture`
 * (`torch.autograd.grad`), returns the gradient reaching each of those edges and leaves every
 * `.grad` alone.
 */
export function runBackward(roots: readonly Tensor[], grads: readonly Tensor[], retainGraph: boolean, capture?: readonly (Edge | null)[]): (Tensor | null)[] {
  const edges: Edge[] = roots.map((r, i) => {
    const e = gradientEdge(r);
    if (e === null) throw new TorchError('RuntimeError', `element ${i} of tensors does not require grad and does not have a grad_fn`);
    return e;
  });
  const buffers = new Map<Node, (Tensor | null)[]>();
  const deliver = (e: Edge, g: Tensor): void => {
    let buf = buffers.get(e.node);
    if (buf === undefined) {
      buf = e.node.outputMeta.map(() => null);
      buffers.set(e.node, buf);
    }
    const old = buf[e.outputNr];
    buf[e.outputNr] = old ? add(old, g) : g;
  };
  edges.forEach((e, i) => deliver(e, grads[i]!));
  const rootNodes = [...new Set(edges.map((e) => e.node))];
  const deps = dependencies(rootNodes);
  const ready = rootNodes.filter((n) => (deps.get(n) ?? 0) === 0);
  const ran: Node[] = [];
  const captured: (Tensor | null)[] = (capture ?? []).map(() => null);
  while (ready.length > 0) {
    ready.sort((a, b) => priority(a) - priority(b));
    const node = ready.pop()!;
    const buf = buffers.get(node) ?? [];
    buffers.delete(node);
    ran.push(node);
    for (const [nr, hooks] of node.hooks) {
      for (const hook of hooks) if (buf[nr]) buf[nr] = hook(buf[nr]!) ?? buf[nr]!;
    }
    if (capture) {
      capture.forEach((e, i) => {
        if (e?.node === node) captured[i] = buf[e.outputNr] ?? null;
      });
    }
    if (node instanceof AccumulateGrad) {
      if (buf[0] && !capture) accumulate(node.variable, buf[0]);
      continue;
    }
    if (!capture) for (const [nr, t] of node.retained) if (buf[nr]) accumulate(t, buf[nr]);
    const outGrads = node.outputMeta.map((m, i) => buf[i] ?? zeros(m.shape, m.dtype));
    const inGrads = node.apply(outGrads);
    node.next.forEach((e, i) => {
      if (e === null) return;
      const g = inGrads[i];
      if (g) deliver(e, fitted(g, node.inputMeta[i]!, node));
      const left = deps.get(e.node)! - 1;
      deps.set(e.node, left);
      if (left === 0) ready.push(e.node);
    });
  }
  if (!retainGraph) for (const n of ran) n.release();
  return captured;
}
