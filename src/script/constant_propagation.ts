/**
 * ConstantPropagationImmutableTypes, as runCleanupPasses runs it on every freshly
 * emitted graph: an operator whose inputs are all constants and whose inputs and
 * outputs are immutable (int, float, bool, str, None, Device, tuples of them) runs
 * at compile time and becomes a constant; a prim::If on a constant condition becomes
 * the branch it takes. Nodes with side effects, blocks or calls stay.
 */
import type { IValue as IRValue } from '../ir/attributes';
import type { Block } from '../ir/block';
import { constantValue, insertConstant } from '../ir/constants';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { OptionalType, TupleType } from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import { ivalueEqual } from '../ir/python_print_values';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { resolveKernel } from '../runtime/interpreter/kernels';
import { runtimeConstant } from '../runtime/interpreter/values';

const immutableKinds = new Set(['int', 'float', 'bool', 'str', 'NoneType', 'Device', 'complex', 'Number']);

function immutable(t: Type): boolean {
  if (t instanceof TupleType) return t.elements.every(immutable);
  if (t instanceof OptionalType) return immutable(t.elementType);
  return immutableKinds.has(t.kind);
}

// Nodes that must run at run time although their types are immutable (side effects, no kernel).
const skip = new Set([
  'prim::Constant', 'prim::Uninitialized', 'prim::RaiseException', 'prim::Print', 'aten::warn',
  'prim::CallFunction', 'prim::CallMethod', 'prim::Enter', 'prim::Exit',
  'prim::TupleUnpack', 'prim::TupleSlice', 'prim::ListUnpack', 'prim::ListConstruct',
  'prim::DictConstruct', 'prim::unchecked_cast', 'prim::unchecked_unwrap_optional', 'prim::isinstance',
  'prim::GetAttr', 'prim::SetAttr', 'prim::CreateObject', 'aten::manual_seed', 'prim::rpc_async',
  // Operators of vararg schemas are not run at compile time.
  'aten::format', 'aten::percentFormat',
]);

/** A run-time value as a constant, when it is an immutable one. */
function irConstant(v: IValue): IRValue | undefined {
  if (v === null) return { kind: 'none' };
  if (typeof v === 'bigint') return { kind: 'int', value: v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v };
  if (typeof v === 'number') return { kind: 'float', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (v instanceof TupleValue) {
    const items = v.elements.map(irConstant);
    return items.every((x) => x !== undefined) ? { kind: 'tuple', items: items as IRValue[] } : undefined;
  }
  return undefined;
}

// The node's value at compile time; undefined when it raises (`1 // 0`: PyTorch leaves it in the graph).
function evaluate(n: Node, inputs: IRValue[]): IRValue | undefined {
  if (n.kind === 'prim::TupleConstruct') {
    // A tuple of constants is a constant tuple (a NamedTuple keeps its construction).
    const t = n.output().type;
    return t instanceof TupleType && !t.qualifiedName ? { kind: 'tuple', items: inputs } : undefined;
  }
  if (n.kind === 'prim::TupleIndex') {
    const [t, i] = inputs;
    if (t?.kind !== 'tuple' || i?.kind !== 'int') return undefined;
    const k = Number(i.value);
    return t.items[k < 0 ? t.items.length + k : k];
  }
  try {
    return irConstant(resolveKernel(n)(inputs.map(runtimeConstant)));
  } catch {
    return undefined;
  }
}

function fold(graph: Graph, n: Node): void {
  if (skip.has(n.kind) || n.blocks.length > 0 || n.outputs.length !== 1 || n.kind.startsWith('prim::Call')) return;
  if (![...n.inputs, ...n.outputs].every((v) => immutable(v.type))) return;
  const inputs = n.inputs.map((v) => constantValue(v.node));
  if (inputs.some((c) => c === undefined)) return;
  const result = evaluate(n, inputs as IRValue[]);
  if (!result) return;
  const c = graph.withInsertPoint(n, () => insertConstant(graph, result));
  if (!c.type.isSubtypeOf(n.output().type)) {
    c.node.destroy();
    return;
  }
  n.output().replaceAllUsesWith(c);
  n.destroy();
}

// Both branches give the same value: the same Value (Uninitialized ones of a type count as one,
// as PyTorch keeps one per type), or equal constants.
function sameOutput(a: Value, b: Value): IRValue | 'same' | undefined {
  if (a === b) return 'same';
  if (a.node.kind === 'prim::Uninitialized' && b.node.kind === 'prim::Uninitialized' && a.type.equals(b.type)) return 'same';
  const [ca, cb] = [constantValue(a.node), constantValue(b.node)];
  return ca && cb && a.type.equals(b.type) && ivalueEqual(ca, cb) ? ca : undefined;
}

// removeExtraIfOutputs: an If output both branches give alike is replaced by that value.
function removeExtraIfOutputs(graph: Graph, n: Node): void {
  const [t, f] = n.blocks as [Block, Block];
  for (let i = 0; i < t.outputs.length; ) {
    const same = sameOutput(t.outputs[i]!, f.outputs[i]!);
    const outer = t.outputs[i]!;
    if (same === undefined || (same === 'same' && outer.node.owningBlock !== null && outer.node.isInBlockOrNested(t))) {
      i++;
      continue;
    }
    const replacement = same === 'same' ? outer : graph.withInsertPoint(n, () => insertConstant(graph, same));
    n.output(i).replaceAllUsesWith(replacement);
    n.eraseOutput(i);
    t.eraseOutput(i);
    f.eraseOutput(i);
  }
}

function visit(graph: Graph, block: Block): void {
  for (const n of block.nodes) {
    if (n.kind === 'prim::If') {
      const c = constantValue(n.input().node);
      if (c?.kind === 'bool') {
        const taken = n.blocks[c.value ? 0 : 1]!;
        visit(graph, taken);
        for (const inner of taken.nodes) inner.moveBefore(n);
        n.outputs.forEach((o, i) => o.replaceAllUsesWith(taken.outputs[i]!));
        taken.returnNode.removeAllInputs();
        n.destroy();
        continue;
      }
    }
    n.blocks.forEach((b) => visit(graph, b));
    if (n.kind === 'prim::If') removeExtraIfOutputs(graph, n);
    fold(graph, n);
  }
}

export function propagateImmutableConstants(graph: Graph): void {
  visit(graph, graph.block);
}
