/**
 * Structural checks on a Graph, run after every pass in tests: dominance and
 * block scoping, use-list consistency, prim::If / prim::Loop arity and types.
 */
import type { Block } from './block';
import type { Graph } from './graph';
import type { Node } from './node';
import { printNodeHeader } from './printer';
import { BoolType, IntType } from './types';
import type { Type } from './types';
import type { Value } from './value';

export interface VerifyProblem {
  readonly message: string;
  readonly node?: Node;
}

/** Every problem found; an empty list means the graph is well formed. */
export function verifyGraph(graph: Graph): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  const report = (message: string, node?: Node): void => {
    problems.push({ message: node ? `${message}\n  in: ${printNodeHeader(node)}` : message, node });
  };
  checkBlock(graph.block, new Set(graph.inputs), report);
  checkNames(graph, report);
  return problems;
}

/** Throws with all problems listed when the graph is malformed (for tests and debug builds). */
export function assertValidGraph(graph: Graph): void {
  const problems = verifyGraph(graph);
  if (problems.length > 0) {
    throw new Error(`invalid graph:\n${problems.map((p) => `- ${p.message}`).join('\n')}\n${graph.toString()}`);
  }
}

type Report = (message: string, node?: Node) => void;

const name = (v: Value): string => `%${v.debugName()}`;

// Note [Dominance]: a value is visible after its definition in its block and in
// every block nested below that point; `visible` grows as we walk forward.
function checkBlock(block: Block, visible: Set<Value>, report: Report): void {
  checkOwnValues(block.paramNode, report);
  for (const n of block.nodes) {
    if (n.owningBlock !== block) report('node is listed in a block it does not belong to', n);
    n.inputs.forEach((v, i) => {
      if (!visible.has(v)) report(`input ${name(v)} is used before its definition or outside its scope`, n);
      if (!v.uses.some((u) => u.user === n && u.offset === i)) report(`use of ${name(v)} is missing from its use list`, n);
    });
    checkOwnValues(n, report);
    for (const b of n.blocks) {
      if (b.owningNode !== n) report('block does not point back to its node', n);
      checkBlock(b, new Set([...visible, ...b.inputs]), report);
    }
    checkControlFlow(n, report);
    n.outputs.forEach((o) => visible.add(o));
  }
  for (const v of block.outputs) {
    if (!visible.has(v)) report(`block output ${name(v)} is not visible at the end of the block`, block.owningNode);
  }
}

function checkOwnValues(n: Node, report: Report): void {
  n.outputs.forEach((o, i) => {
    if (o.node !== n || o.offset !== i) report(`value ${name(o)} has a wrong producer or offset`, n);
    for (const u of o.uses) {
      if (u.user.inputs[u.offset] !== o) report(`stale use of ${name(o)} in ${u.user.kind}`, n);
      else if (!u.user.owningBlock) report(`${name(o)} is used by a node that is not in the graph`, n);
    }
  });
}

function checkNames(graph: Graph, report: Report): void {
  for (const [key, v] of graph.uniqueNames) {
    if (v.debugName() !== key) report(`name table maps ${key} to a value named ${v.debugName()}`);
  }
}

function expectSubtype(actual: Type, expected: Type, what: string, n: Node, report: Report): void {
  if (!actual.isSubtypeOf(expected)) report(`${what} has type ${actual.str()}, expected ${expected.str()}`, n);
}

function checkControlFlow(n: Node, report: Report): void {
  if (n.kind === 'prim::If') checkIf(n, report);
  else if (n.kind === 'prim::Loop') checkLoop(n, report);
}

// Note [prim::If]: one bool input, two blocks without inputs, each returning one
// value per node output, each a subtype of that output's type.
function checkIf(n: Node, report: Report): void {
  if (n.inputs.length !== 1) return report(`prim::If takes 1 input, got ${n.inputs.length}`, n);
  expectSubtype(n.input().type, BoolType, 'prim::If condition', n, report);
  if (n.blocks.length !== 2) return report(`prim::If needs 2 blocks, got ${n.blocks.length}`, n);
  n.blocks.forEach((b, bi) => {
    if (b.inputs.length !== 0) report(`prim::If block${bi} must have no inputs`, n);
    if (b.outputs.length !== n.outputs.length) {
      return report(`prim::If block${bi} returns ${b.outputs.length} values for ${n.outputs.length} outputs`, n);
    }
    b.outputs.forEach((v, i) => expectSubtype(v.type, n.outputs[i]!.type, `block${bi} output ${i} (${name(v)})`, n, report));
  });
}

// Note [Loop-carried values]: prim::Loop(max_trip_count, cond, carried...) has
// one block with inputs (iteration, carried...) and outputs (cond, carried...);
// node outputs are the final carried values.
function checkLoop(n: Node, report: Report): void {
  if (n.inputs.length < 2) return report(`prim::Loop needs at least 2 inputs, got ${n.inputs.length}`, n);
  expectSubtype(n.input(0).type, IntType, 'prim::Loop max trip count', n, report);
  expectSubtype(n.input(1).type, BoolType, 'prim::Loop condition', n, report);
  if (n.blocks.length !== 1) return report(`prim::Loop needs 1 block, got ${n.blocks.length}`, n);
  const body = n.blocks[0]!;
  const carried = n.inputs.length - 2;
  if (n.outputs.length !== carried) report(`prim::Loop has ${carried} carried inputs but ${n.outputs.length} outputs`, n);
  if (body.inputs.length !== carried + 1) report(`prim::Loop body takes ${body.inputs.length} inputs, expected ${carried + 1}`, n);
  if (body.outputs.length !== carried + 1) report(`prim::Loop body returns ${body.outputs.length} values, expected ${carried + 1}`, n);
  if (body.inputs[0]) expectSubtype(body.inputs[0].type, IntType, 'prim::Loop iteration counter', n, report);
  if (body.outputs[0]) expectSubtype(body.outputs[0].type, BoolType, 'prim::Loop body condition', n, report);
  for (let i = 0; i < carried; i++) {
    const out = n.outputs[i];
    if (!out) break;
    expectSubtype(n.input(2 + i).type, out.type, `carried input ${i}`, n, report);
    const bodyOut = body.outputs[1 + i];
    if (bodyOut) expectSubtype(bodyOut.type, out.type, `body output ${1 + i} (${name(bodyOut)})`, n, report);
    const bodyIn = body.inputs[1 + i];
    if (bodyIn) expectSubtype(out.type, bodyIn.type, `body input ${1 + i} (${name(bodyIn)})`, n, report);
  }
}
