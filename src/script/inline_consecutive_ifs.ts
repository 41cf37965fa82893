/**
 * inlineConsecutiveIfs, the last step of PyTorch's exit transforms: after an exit, the rest
 * is guarded by `prim::If(exited)`. When that If directly follows the If that made `exited`,
 * and the first If's branches give `exited` as different constants, each branch of the first
 * If takes a copy of the second If's branch it selects, and the second If goes away. So
 * `if c: break` at the end of a loop body is one If, as PyTorch prints it.
 */
import { constantValue } from '../ir/constants';
import type { Block } from '../ir/block';
import { cloneBlockFrom } from '../ir/graph';
import type { Node } from '../ir/node';
import type { Value } from '../ir/value';

// The If right after `n`, skipping constants (ours are still in place; PyTorch's are hoisted).
function nextIf(n: Node): Node | undefined {
  const nodes = n.owningBlock!.nodes;
  for (let i = nodes.indexOf(n) + 1; i < nodes.length; i++) {
    const next = nodes[i]!;
    if (next.kind === 'prim::Constant') continue;
    return next.kind === 'prim::If' ? next : undefined;
  }
  return undefined;
}

function inlineNext(first: Node): boolean {
  if (first.kind !== 'prim::If') return false;
  const second = nextIf(first);
  if (!second || second.input().node !== first) return false;
  const offset = first.outputs.indexOf(second.input());
  const flags = first.blocks.map((b) => {
    const c = constantValue(b.outputs[offset]!.node);
    return c?.kind === 'bool' ? c.value : undefined;
  });
  if (flags[0] === undefined || flags[1] === undefined || flags[0] === flags[1]) return false;
  first.blocks.forEach((b, i) => {
    const taken = second.blocks[flags[i] ? 0 : 1]!;
    // Outputs of the first If read, inside its own branch, as that branch's values.
    const map = (v: Value): Value => (v.node === first ? b.outputs[first.outputs.indexOf(v)]! : v);
    cloneBlockFrom(b, taken, map);
  });
  for (const out of second.outputs) {
    const fresh = first.addOutput(out.type);
    if (out.hasDebugName()) fresh.setDebugName(out.debugNameBase());
    out.replaceAllUsesWith(fresh);
  }
  second.destroy();
  return true;
}

export function inlineConsecutiveIfs(block: Block): void {
  for (let i = 0; i < block.nodes.length; i++) {
    const n = block.nodes[i]!;
    n.blocks.forEach(inlineConsecutiveIfs);
    // After fusing, the same If may fuse with its new next If.
    while (inlineNext(n)) n.blocks.forEach(inlineConsecutiveIfs);
  }
}
