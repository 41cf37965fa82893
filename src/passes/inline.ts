/**
 * Inline: replaces `prim::CallFunction` and `prim::CallMethod` by the callee's body, after
 * torch/csrc/jit/passes/inliner.cpp. This is what `.inlined_graph` shows. Callees are found
 * through a CalleeTable, which the script compiler fills as it compiles functions and methods.
 */
import type { Block } from '../ir/block';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { ClassType, FunctionType } from '../ir/types';
import type { Value } from '../ir/value';

/**
 * Where calls find their callees' graphs (PyTorch's Function objects hang off FunctionType and
 * ClassType; ours are looked up by qualified name). The interpreter uses the same table.
 */
export interface CalleeTable {
  /** The graph of a free function, by qualified name (`__torch__.torch.nn.functional.relu`). */
  functionGraph(qualifiedName: string): Graph | undefined;
  /** The graph of a method, by its class's qualified name and the method name. */
  methodGraph(classQualifiedName: string, method: string): Graph | undefined;
}

/** The qualified name a `prim::CallFunction` calls: from the function constant's type, else its `name`. */
export function calledFunctionName(call: Node): string | undefined {
  const fn = call.input(0);
  if (fn.type instanceof FunctionType && fn.type.qualifiedName) return fn.type.qualifiedName;
  const constant = fn.node;
  return constant.kind === 'prim::Constant' && constant.hasAttribute('name') ? constant.s('name') : undefined;
}

/** The callee graph of a call node, or undefined when the table does not know it. */
export function calleeGraph(call: Node, callees: CalleeTable): Graph | undefined {
  if (call.kind === 'prim::CallFunction') {
    const name = calledFunctionName(call);
    return name === undefined ? undefined : callees.functionGraph(name);
  }
  if (call.kind === 'prim::CallMethod') {
    const self = call.input(0).type;
    return self instanceof ClassType ? callees.methodGraph(self.qualifiedName, call.s('name')) : undefined;
  }
  return undefined;
}

/** Inlines every call whose callee is known, recursively (callees are inlined first). */
export function inlineCalls(graph: Graph, callees: CalleeTable): void {
  new Inliner(callees).inlineBlock(graph.block);
}

class Inliner {
  // Inlined copies of callee graphs, and the callees being inlined (a cycle is left as a call).
  private readonly inlined = new Map<Graph, Graph>();
  private readonly active = new Set<Graph>();

  constructor(private readonly callees: CalleeTable) {}

  inlineBlock(block: Block): void {
    for (const node of block.nodes) {
      const callee = calleeGraph(node, this.callees);
      if (callee !== undefined && !this.active.has(callee)) this.inlineCallTo(node, this.prepared(callee));
      else node.blocks.forEach((b) => this.inlineBlock(b));
    }
  }

  private prepared(callee: Graph): Graph {
    let g = this.inlined.get(callee);
    if (g === undefined) {
      this.active.add(callee);
      g = callee.copy();
      this.inlineBlock(g.block);
      this.active.delete(callee);
      this.inlined.set(callee, g);
    }
    return g;
  }

  // Note [Inlined names]: the call's outputs give their debug names to the callee's results;
  // other callee names are uniqued by setDebugName as PyTorch does.
  private inlineCallTo(call: Node, callee: Graph): void {
    const graph = call.graph;
    const args = call.kind === 'prim::CallFunction' ? call.inputs.slice(1) : [...call.inputs];
    const results = graph.withInsertPoint(call, () => insertGraph(graph, callee, args));
    call.outputs.forEach((old, i) => {
      const replacement = results[i]!;
      if (old.hasDebugName()) replacement.setDebugName(old.debugName());
      old.replaceAllUsesWith(replacement);
    });
    call.destroy();
  }
}

/** Copies `callee`'s nodes to `graph`'s insertion point with its inputs bound to `args`; returns its outputs there. */
export function insertGraph(graph: Graph, callee: Graph, args: readonly Value[]): Value[] {
  const map = new Map<Value, Value>();
  callee.inputs.forEach((v, i) => map.set(v, args[i]!));
  const lookup = (v: Value): Value => map.get(v) ?? v;
  for (const n of callee.nodes) {
    const copy = graph.insertNode(graph.createClone(n, lookup));
    n.outputs.forEach((o, i) => map.set(o, copy.outputs[i]!));
  }
  return callee.outputs.map(lookup);
}
