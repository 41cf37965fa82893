/**
 * Dead code elimination, after torch/csrc/jit/passes/dead_code_elimination.cpp
 * (`EliminateDeadCode`): removes nodes whose outputs are unused and that have no
 * side effects, unused prim::If outputs and unused loop-carried values.
 */
import type { Block } from '../ir/block';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import type { Value } from '../ir/value';

// Kinds PyTorch's Node::hasSideEffects lists.
const sideEffectKinds = new Set([
  'prim::PythonOp', 'prim::IgnoredPythonOp', 'prim::Print', 'prim::RaiseException', 'prim::SetAttr',
  'aten::warn', 'aten::save', 'aten::manual_seed', 'prim::AddStatValue', 'prim::TimePoint',
  'prim::CallFunction', 'prim::CallMethod', 'prim::BailoutTemplate', 'prim::BailOut', 'prim::rpc_async',
  'prim::rpc_sync', 'prim::rpc_remote', 'aten::wait', 'prim::Enter', 'prim::Exit',
]);

// Container mutators, for nodes without a schema attached.
const mutatingKinds = new Set([
  'aten::append', 'aten::_set_item', 'aten::insert', 'aten::pop', 'aten::clear', 'aten::extend',
  'aten::remove', 'aten::setdefault', 'aten::update', 'aten::sort', 'aten::reverse', 'aten::popitem',
  'aten::__setitem__', 'aten::delete', 'aten::_list_delete',
]);

/**
 * True when the node must stay even if its outputs are unused: PyTorch's side
 * effect kinds, and ops that write to an input (`Tensor(a!)` in the schema,
 * in-place `aten::add_`, list and dict mutators). Note [Conservative writes]:
 * unlike PyTorch, which asks alias analysis whether the written value is live,
 * we keep every writing node.
 */
export function hasSideEffects(n: Node): boolean {
  if (sideEffectKinds.has(n.kind) || mutatingKinds.has(n.kind)) return true;
  if (n.schema) return n.schema.isMutable();
  return n.kind.startsWith('aten::') && n.kind.endsWith('_') && !n.kind.endsWith('__');
}

export interface DeadCodeOptions {
  /** Overrides the side-effect test, e.g. with the op registry's schemas. */
  readonly hasSideEffects?: (n: Node) => boolean;
}

/** Removes dead code from `graph` in place. */
export function eliminateDeadCode(graph: Graph, options: DeadCodeOptions = {}): void {
  const live = markLive(graph, options.hasSideEffects ?? hasSideEffects);
  sweep(graph.block, live);
}

interface Liveness {
  readonly values: Set<Value>;
  readonly nodes: Set<Node>;
}

// Marks live values and nodes until nothing changes; graphs are small enough for repeated sweeps.
function markLive(graph: Graph, sideEffects: (n: Node) => boolean): Liveness {
  const values = new Set<Value>(graph.outputs);
  const nodes = new Set<Node>();
  const all = graph.allNodes();
  let changed = true;
  const markValue = (v: Value): void => {
    if (!values.has(v)) {
      values.add(v);
      changed = true;
    }
  };
  const markNode = (n: Node): void => {
    if (!nodes.has(n)) {
      nodes.add(n);
      changed = true;
    }
  };
  while (changed) {
    changed = false;
    for (const n of all) {
      if (!nodes.has(n) && !sideEffects(n) && !n.outputs.some((o) => values.has(o))) continue;
      markNode(n);
      // A live node keeps the nodes that enclose it.
      const owner = n.owningBlock?.owningNode;
      if (owner) markNode(owner);
      markInputs(n, values, markValue);
    }
  }
  return { values, nodes };
}

function markInputs(n: Node, values: Set<Value>, markValue: (v: Value) => void): void {
  if (n.kind === 'prim::If' && n.blocks.length === 2) {
    markValue(n.input());
    for (const b of n.blocks) n.outputs.forEach((o, i) => values.has(o) && markValue(b.outputs[i]!));
  } else if (n.kind === 'prim::Loop' && n.blocks.length === 1) {
    // Note [Loop-carried values]: a carried value is live when the loop's output
    // is used or the body reads it; then its whole chain stays.
    const body = n.blocks[0]!;
    markValue(n.input(0));
    markValue(n.input(1));
    markValue(body.outputs[0]!);
    n.outputs.forEach((o, i) => {
      if (!values.has(o) && !values.has(body.inputs[i + 1]!)) return;
      [o, n.input(i + 2), body.inputs[i + 1]!, body.outputs[i + 1]!].forEach(markValue);
    });
  } else {
    n.inputs.forEach(markValue);
    for (const b of n.blocks) b.outputs.forEach(markValue);
  }
}

// Reverse order: every user of a dead value is gone before its definition is.
function sweep(block: Block, live: Liveness): void {
  for (const n of [...block.nodes].reverse()) {
    if (!live.nodes.has(n)) {
      n.destroy();
      continue;
    }
    if (n.kind === 'prim::Loop' && n.blocks.length === 1) sweepLoop(n, live);
    else if (n.kind === 'prim::If' && n.blocks.length === 2) sweepIf(n, live);
    else n.blocks.forEach((b) => sweep(b, live));
  }
}

function deadOutputs(n: Node, live: Liveness): number[] {
  return n.outputs.flatMap((o, i) => (live.values.has(o) ? [] : [i])).reverse();
}

function sweepIf(n: Node, live: Liveness): void {
  const dead = deadOutputs(n, live);
  for (const b of n.blocks) dead.forEach((i) => b.eraseOutput(i));
  n.blocks.forEach((b) => sweep(b, live));
  dead.forEach((i) => n.eraseOutput(i));
}

function sweepLoop(n: Node, live: Liveness): void {
  const body = n.blocks[0]!;
  const dead = deadOutputs(n, live);
  dead.forEach((i) => body.eraseOutput(i + 1));
  sweep(body, live);
  for (const i of dead) {
    body.eraseInput(i + 1);
    n.removeInput(i + 2);
    n.eraseOutput(i);
  }
}
