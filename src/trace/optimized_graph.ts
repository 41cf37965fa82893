/**
 * A callee's `optimized_graph`, as PyTorch 1.13 inlines it into `.inlined_graph`
 * (GraphFunction::optimized_graph's preoptimizeGraph): its own calls inlined, the
 * peephole that folds `aten::Int(prim::NumToTensor(x))` to `x`, constants pooled.
 */
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { constantValue } from '../ir/constants';
import { attributeStr } from '../ir/attributes';
import type { CalleeTable } from '../passes/inline';
import { inlineCalls } from '../passes/inline';
import { eliminateDeadCode } from '../passes/dead_code_elimination';
import { Tensor } from '../runtime/tensor';

/** The callee table whose graphs are the callees' optimized graphs (each made once). */
export function pooledCallees(callees: CalleeTable): CalleeTable {
  const done = new Map<Graph, Graph>();
  const prepare = (g: Graph | undefined): Graph | undefined => {
    if (!g) return undefined;
    let p = done.get(g);
    if (!p) {
      p = g.copy();
      inlineCalls(p, table);
      foldIntOfNumToTensor(p);
      poolConstants(p);
      done.set(g, p);
    }
    return p;
  };
  const table: CalleeTable = {
    functionGraph: (name) => prepare(callees.functionGraph(name)),
    methodGraph: (cls, m) => prepare(callees.methodGraph(cls, m)),
  };
  return table;
}

// PeepholeOptimize: `aten::Int(prim::NumToTensor(x))` is `x` (a traced size used as an int).
function foldIntOfNumToTensor(g: Graph): void {
  let changed = false;
  for (const n of [...g.allNodes()]) {
    if (n.kind !== 'aten::Int' || n.inputs.length !== 1 || n.input().node.kind !== 'prim::NumToTensor') continue;
    n.output().replaceAllUsesWith(n.input().node.input());
    n.destroy();
    changed = true;
  }
  if (changed) eliminateDeadCode(g);
}

// The identity of a constant for pooling: its type and value (tensors by their elements, as
// PyTorch's EqualNode compares them with Tensor.equal).
function constantKey(n: Node): string {
  const v = constantValue(n);
  const payload = v?.kind === 'tensor' ? v.value.payload : undefined;
  const value = payload instanceof Tensor ? `${payload.dtype}:${[...payload.shape].join('x')}:${[...payload.values()].join(',')}` : [...n.attributes].map(([k, a]) => `${k}=${attributeStr(a)}`).join(',');
  return `${n.output().type.str()}|${value}`;
}

// ConstantPooling: equal constants become one, hoisted to the top of the graph.
function poolConstants(g: Graph): void {
  const seen = new Map<string, ReturnType<Graph['create']>>();
  for (const n of g.allNodes()) {
    if (n.kind !== 'prim::Constant') continue;
    const key = constantKey(n);
    const first = seen.get(key);
    if (first) {
      n.output().replaceAllUsesWith(first.output());
      n.destroy();
      continue;
    }
    seen.set(key, n);
    const top = g.nodes[0];
    if (top && top !== n) n.moveBefore(top);
  }
}
