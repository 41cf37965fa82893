/**
 * The cleanup PyTorch runs on a freshly emitted graph (runCleanupPasses in
 * ir_emitter.cpp): tuple construct/index pairs fold away, dead code goes, and
 * constants are pooled at the top of the graph (ConstantPooling).
 */
import type { Attribute } from '../ir/attributes';
import { attributeStr } from '../ir/attributes';
import type { Block } from '../ir/block';
import { constantValue } from '../ir/constants';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { eliminateDeadCode } from '../passes/dead_code_elimination';
import { canonicalizeModifiedLoops } from './canonicalize_modified_loops';
import { propagateImmutableConstants } from './constant_propagation';
import { inlineConsecutiveIfs } from './inline_consecutive_ifs';

// TupleIndex/TupleUnpack of a TupleConstruct read its inputs directly (LowerSimpleTuples).
function lowerSimpleTuples(graph: Graph): void {
  for (const n of graph.allNodes()) {
    const source = n.inputs[0]?.node;
    if (!source || source.kind !== 'prim::TupleConstruct' || !n.owningBlock) continue;
    if (n.kind === 'prim::TupleUnpack') {
      n.outputs.forEach((o, i) => o.replaceAllUsesWith(source.input(i)));
    } else if (n.kind === 'prim::TupleIndex') {
      const c = constantValue(n.input(1).node);
      if (c?.kind === 'int') n.output().replaceAllUsesWith(source.input(Number(c.value)));
    }
  }
}

const attrKey = (a: Attribute | undefined): string => (a ? `${a.kind}:${attributeStr(a)}` : '');

// Note [Constant pooling]: equal constants (same type and value) become one node at the top.
function poolConstants(graph: Graph): void {
  const pool = new Map<string, Node>();
  let anchor: Node | undefined;
  let firstUnlocated: Node | undefined;
  const visit = (block: Block): void => {
    for (const n of block.nodes) {
      n.blocks.forEach(visit);
      if ((n.kind !== 'prim::Constant' && n.kind !== 'prim::Uninitialized') || n.outputs.length !== 1) continue;
      const key = `${n.kind}|${n.output().type.str()}|${[...n.attributes].map(([k, a]) => `${k}=${attrKey(a)}`).join(',')}`;
      const existing = pool.get(key);
      if (existing) {
        n.output().replaceAllUsesWith(existing.output());
        n.destroy();
        continue;
      }
      pool.set(key, n);
      // Constants with no source location (defaults, `alpha=1`, function constants) go first,
      // the latest first; located ones follow in order (what PyTorch 1.13's graphs show).
      if (!n.sourceRange) {
        if (n !== graph.block.nodes[0]) n.moveBefore(graph.block.nodes[0]!);
        firstUnlocated ??= n;
        continue;
      }
      if (anchor) n.moveAfter(anchor);
      else if (firstUnlocated) n.moveAfter(firstUnlocated);
      else if (n !== graph.block.nodes[0]) n.moveBefore(graph.block.nodes[0]!);
      anchor = n;
    }
  };
  visit(graph.block);
}

// prim::If on a constant condition becomes the taken branch (part of constant propagation).
function foldConstantIfs(block: Block): void {
  for (const n of block.nodes) {
    n.blocks.forEach(foldConstantIfs);
    if (n.kind !== 'prim::If' || !n.owningBlock) continue;
    const c = constantValue(n.input().node);
    if (c?.kind !== 'bool') continue;
    const taken = n.blocks[c.value ? 0 : 1]!;
    for (const inner of taken.nodes) inner.moveBefore(n);
    n.outputs.forEach((o, i) => o.replaceAllUsesWith(taken.outputs[i]!));
    taken.returnNode.removeAllInputs();
    n.destroy();
  }
}

/** What PyTorch inlines for a callee (Function::optimized_graph): its graph inlined, constant branches folded. */
export function optimizedGraph(graph: Graph, inline: (g: Graph) => void): Graph {
  const g = graph.copy();
  inline(g);
  foldConstantIfs(g.block);
  for (const n of g.allNodes()) if (n.kind === 'prim::Constant' && !n.output().hasUses()) n.destroy();
  poolConstants(g);
  return g;
}

export function runCleanupPasses(graph: Graph): void {
  inlineConsecutiveIfs(graph.block);
  canonicalizeModifiedLoops(graph);
  lowerSimpleTuples(graph);
  propagateImmutableConstants(graph);
  eliminateDeadCode(graph);
  poolConstants(graph);
}
