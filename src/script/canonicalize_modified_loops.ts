/**
 * CanonicalizeModifiedLoops (frontend/canonicalize_modified_loop.cpp): a prim::Loop with both a
 * real trip count and a loop condition (a `for ... in range(n)` with `break`) becomes a while
 * loop that counts its own iterations, so it prints as Python.
 */
import type { Block } from '../ir/block';
import { constantValue, insertConstant } from '../ir/constants';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { BoolType, IntType } from '../ir/types';
import type { Value } from '../ir/value';

const MAX_TRIP = 9223372036854775807n;

function isTrue(v: Value): boolean {
  const c = constantValue(v.node);
  return c?.kind === 'bool' && c.value;
}

// LoopView::ModifiedLoop: neither a plain `for` (constant true conditions) nor a plain `while`.
function isModified(loop: Node): boolean {
  const body = loop.blocks[0]!;
  if (isTrue(loop.input(1)) && isTrue(body.outputs[0]!)) return false;
  const trip = constantValue(loop.input(0).node);
  const unbounded = trip?.kind === 'int' && BigInt(trip.value) === MAX_TRIP;
  return !unbounded || body.inputs[0]!.uses.length > 0;
}

function insert(graph: Graph, kind: string, inputs: readonly Value[], type = BoolType): Value {
  const v = graph.insert(kind, inputs, 1).output();
  v.setType(type);
  return v;
}

function canonicalize(graph: Graph, loop: Node): void {
  const body = loop.blocks[0]!;
  graph.setInsertPoint(loop);
  const zero = insertConstant(graph, { kind: 'int', value: 0 });
  const one = insertConstant(graph, { kind: 'int', value: 1 });
  const maxTrip = loop.input(0);
  let condition = insert(graph, 'aten::gt', [maxTrip, zero]);
  loop.replaceInput(0, insertConstant(graph, { kind: 'int', value: MAX_TRIP }));
  const initial = constantValue(loop.input(1).node);
  if (!(initial?.kind === 'bool' && initial.value)) condition = insert(graph, 'aten::__and__', [condition, loop.input(1)]);
  loop.replaceInput(1, condition);
  loop.addOutput(IntType);
  loop.addInput(zero);
  const iter = body.addInput(undefined, IntType);
  const oldIter = body.inputs[0]!;
  oldIter.setDebugName('');
  oldIter.replaceAllUsesWith(iter);
  graph.setInsertPoint(body);
  const next = insert(graph, 'aten::add', [iter, one], IntType);
  body.registerOutput(next);
  const below = insert(graph, 'aten::lt', [next, maxTrip]);
  const proceed = insert(graph, 'aten::__and__', [below, body.outputs[0]!]);
  body.eraseOutput(0);
  body.insertOutput(0, proceed);
}

function visit(graph: Graph, block: Block): void {
  for (const n of block.nodes) {
    n.blocks.forEach((b) => visit(graph, b));
    if (n.kind === 'prim::Loop' && isModified(n)) canonicalize(graph, n);
  }
}

export function canonicalizeModifiedLoops(graph: Graph): void {
  const saved = graph.insertPoint();
  visit(graph, graph.block);
  graph.setInsertPoint(saved);
}
