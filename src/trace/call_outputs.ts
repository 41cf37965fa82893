// Note [Submodule outputs], continued: a traced submodule method returns only what its caller uses.
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { TensorType, TupleType } from '../ir/types';

/** One `prim::CallMethod` recorded by the trace and the method graph it calls. */
export interface CallSite {
  readonly node: Node;
  readonly callee: Graph;
}

/**
 * PyTorch's FixupTraceScopeBlocks makes a method's outputs the values defined in the call and used
 * after it, so a result the caller drops (`out, (h, c) = self.lstm(x)` without `c`) is not returned.
 * `calls` is in completion order; callers are pruned before callees, as dropping a callee's output
 * can leave the callee's own calls with unused results.
 */
export function pruneCallOutputs(calls: readonly CallSite[]): void {
  for (let i = calls.length - 1; i >= 0; i--) pruneCall(calls[i]!);
}

function pruneCall({ node, callee }: CallSite): void {
  const uses = node.output().uses;
  const unpack = uses.length === 1 ? uses[0]!.user : undefined;
  const construct = callee.outputs[0]?.node;
  if (!unpack || unpack.kind !== 'prim::TupleUnpack' || !construct || construct.kind !== 'prim::TupleConstruct') return;
  const keep = unpack.outputs.map((o, i) => (o.hasUses() ? i : -1)).filter((i) => i >= 0);
  if (keep.length === unpack.outputs.length || keep.length === 0) return;
  if (keep.length === 1) {
    // One result left: the method returns it as it is and the call's output is a plain Tensor.
    const single = construct.input(keep[0]);
    callee.eraseOutput(0);
    callee.registerOutput(single);
    construct.destroy();
    unpack.output(keep[0]).replaceAllUsesWith(node.output().setType(TensorType.get()));
    unpack.destroy();
    return;
  }
  for (let i = unpack.outputs.length - 1; i >= 0; i--) {
    if (keep.includes(i)) continue;
    unpack.eraseOutput(i);
    construct.removeInput(i);
  }
  construct.output().setType(new TupleType(construct.inputs.map((v) => v.type)));
  node.output().setType(new TupleType(keep.map(() => TensorType.get())));
}
