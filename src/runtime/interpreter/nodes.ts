// Straight-line nodes compiled to closures over a register frame; shared by the synchronous and
// the asynchronous interpreters (control flow and calls are theirs).
import type { Block } from '../../ir/block';
import { constantValue } from '../../ir/constants';
import type { Graph } from '../../ir/graph';
import type { Node } from '../../ir/node';
import type { Value } from '../../ir/value';
import { ClassType, TupleType, UnionType } from '../../ir/types';
import { TorchError } from '../errors';
import type { PyErrorKind } from '../errors';
import type { DictKey, IValue } from '../ivalue';
import { DictValue, ScriptObject, TupleValue } from '../ivalue';
import { resolveKernel } from './kernels';
import type { CalleeTable } from '../../passes/inline';
import { isInstance, printLine, runtimeConstant } from './values';
import { noGradClassName } from './library';

/**
 * Note [Python ops]: a `prim::PythonOp` (an `@torch.jit.ignore` method or function) runs code the
 * graph does not hold. Whoever compiled the graph supplies it as a callback, by the op's key
 * (`<class qualified name>.<name>` for methods, the name for functions); the runtime never sees
 * the eager interpreter itself.
 */
export type PythonCallable = (args: readonly IValue[]) => IValue;

/** The callee table of the compiler, plus the callbacks of prim::PythonOp nodes. */
export interface RuntimeCallees extends CalleeTable {
  pythonOp?(key: string): PythonCallable | undefined;
}

/** The key a prim::PythonOp's callback is registered under (Note [Python ops]). */
export function pythonOpKey(n: Node): string {
  const self = n.inputs[0]?.type;
  return self instanceof ClassType ? `${self.qualifiedName}.${n.s('name')}` : n.s('name');
}

export type Frame = IValue[];
export type Instr = (f: Frame) => void;

const PY_ERRORS = new Set<string>(['RuntimeError', 'IndexError', 'ValueError', 'TypeError', 'KeyError', 'ZeroDivisionError', 'AssertionError', 'NotImplementedError', 'OverflowError']);

/** prim::Enter/prim::Exit of a script class (not torch.no_grad, which the runtime needs not run). */
export function isUserContextManager(n: Node): boolean {
  const t = n.input(0).type;
  return t instanceof ClassType && t.qualifiedName !== noGradClassName;
}

/** Compiles the blocks of one graph into steps `S`; every Value gets a register slot. */
export abstract class GraphCompiler<S> {
  private readonly slots = new Map<Value, number>();
  size = 0;

  slot(v: Value): number {
    let s = this.slots.get(v);
    if (s === undefined) {
      s = this.size++;
      this.slots.set(v, s);
    }
    return s;
  }

  block(b: Block): S[] {
    return b.nodes.map((n) => this.node(n));
  }

  protected node(n: Node): S {
    const ins = n.inputs.map((v) => this.slot(v));
    const outs = n.outputs.map((v) => this.slot(v));
    switch (n.kind) {
      case 'prim::If':
        return this.ifNode(this.ifParts(n), ins[0]!, outs);
      case 'prim::Loop':
        return this.loopNode(this.loopParts(n, ins), ins, outs);
      case 'prim::CallFunction':
      case 'prim::CallMethod':
        return this.call(n, n.kind === 'prim::CallMethod' ? ins : ins.slice(1), outs);
      case 'prim::Enter':
      case 'prim::Exit': {
        // A user context manager runs its __enter__(self) and __exit__(self, None, None, None).
        if (!isUserContextManager(n)) return this.leaf(n, ins, outs);
        const none = this.size++;
        return this.call(n, n.kind === 'prim::Exit' ? [ins[0]!, none, none, none] : ins, outs);
      }
      default:
        return this.leaf(n, ins, outs);
    }
  }

  private ifParts(n: Node): IfParts<S> {
    const [thenB, elseB] = n.blocks as [Block, Block];
    return {
      thenCode: this.block(thenB),
      elseCode: this.block(elseB),
      thenOut: thenB.outputs.map((v) => this.slot(v)),
      elseOut: elseB.outputs.map((v) => this.slot(v)),
    };
  }

  private loopParts(n: Node, ins: readonly number[]): LoopParts<S> {
    const body = n.blocks[0]!;
    return {
      code: this.block(body),
      trip: this.slot(body.inputs[0]!),
      carriedIn: body.inputs.slice(1).map((v) => this.slot(v)),
      bodyOut: body.outputs.map((v) => this.slot(v)),
      init: ins.slice(2),
    };
  }

  protected abstract ifNode(p: IfParts<S>, cond: number, outs: readonly number[]): S;
  protected abstract loopNode(p: LoopParts<S>, ins: readonly number[], outs: readonly number[]): S;
  /** prim::CallFunction / prim::CallMethod; `args` are the callee's argument slots. */
  protected abstract call(n: Node, args: readonly number[], outs: readonly number[]): S;
  protected abstract leaf(n: Node, ins: readonly number[], outs: readonly number[]): S;
}

export interface IfParts<S> {
  readonly thenCode: S[];
  readonly elseCode: S[];
  readonly thenOut: number[];
  readonly elseOut: number[];
}

/** Note [Loop-carried values]: the body's carried inputs hold the state between trips. */
export interface LoopParts<S> {
  readonly code: S[];
  readonly trip: number;
  readonly carriedIn: number[];
  readonly bodyOut: number[];
  readonly init: readonly number[];
}

/** A graph's body with its register file layout. */
export interface CompiledBody<S> {
  readonly body: S[];
  readonly size: number;
  readonly ins: number[];
  readonly outs: number[];
}

export function compileBody<S>(graph: Graph, c: GraphCompiler<S>): CompiledBody<S> {
  const ins = graph.inputs.map((v) => c.slot(v));
  const body = c.block(graph.block);
  return { body, size: c.size, ins, outs: graph.outputs.map((v) => c.slot(v)) };
}

/** A fresh register frame holding `inputs` in the graph's input slots. */
export function newFrame(c: CompiledBody<unknown>, inputs: readonly IValue[]): Frame {
  const frame: Frame = new Array<IValue>(c.size).fill(null);
  if (inputs.length !== c.ins.length) throw new TorchError('RuntimeError', `expected ${c.ins.length} inputs, got ${inputs.length}`);
  for (let i = 0; i < c.ins.length; i++) frame[c.ins[i]!] = inputs[i]!;
  return frame;
}

/** Compiles a node that is not control flow or a call; `ins` and `outs` are its register slots. */
export function compileLeaf(
  n: Node,
  ins: readonly number[],
  outs: readonly number[],
  print: (line: string) => void,
  callees: () => RuntimeCallees | undefined,
): Instr {
  const o = outs[0]!;
  const args = (f: Frame): IValue[] => ins.map((s) => f[s]!);
  switch (n.kind) {
    case 'prim::Constant': {
      const ir = constantValue(n);
      const value = ir === undefined ? null : runtimeConstant(ir);
      return (f) => void (f[o] = value);
    }
    case 'prim::ListConstruct':
      return (f) => void (f[o] = args(f));
    case 'prim::TupleConstruct': {
      const t = n.output().type;
      const names = t instanceof TupleType ? t.names : undefined;
      return (f) => void (f[o] = new TupleValue(args(f), names));
    }
    case 'prim::ListUnpack':
    case 'prim::TupleUnpack':
      return (f) => {
        const v = f[ins[0]!]!;
        const items = v instanceof TupleValue ? v.elements : (v as IValue[]);
        if (items.length !== outs.length) throw new TorchError('ValueError', `Expected ${outs.length} elements in a list but found ${items.length}`);
        for (let i = 0; i < outs.length; i++) f[outs[i]!] = items[i]!;
      };
    case 'prim::TupleIndex':
      return (f) => {
        const items = (f[ins[0]!] as TupleValue).elements;
        const i = Number(f[ins[1]!] as bigint);
        const j = i < 0 ? i + items.length : i;
        if (j < 0 || j >= items.length) throw new TorchError('IndexError', 'tuple index out of range');
        f[o] = items[j]!;
      };
    case 'prim::TupleSlice': {
      const beg = Number(n.i('beg'));
      const end = Number(n.i('end'));
      return (f) => void (f[o] = new TupleValue((f[ins[0]!] as TupleValue).elements.slice(beg, end)));
    }
    case 'prim::DictConstruct':
      return (f) => {
        const d = new DictValue();
        for (let i = 0; i + 1 < ins.length; i += 2) d.map.set(f[ins[i]!] as DictKey, f[ins[i + 1]!]!);
        f[o] = d;
      };
    case 'prim::GetAttr': {
      const name = n.s('name');
      return (f) => {
        const obj = f[ins[0]!] as ScriptObject;
        const v = obj.attributes.get(name);
        if (v === undefined) throw new TorchError('RuntimeError', `object has no attribute ${name}`);
        f[o] = v;
      };
    }
    case 'prim::SetAttr': {
      const name = n.s('name');
      return (f) => void (f[ins[0]!] as ScriptObject).attributes.set(name, f[ins[1]!]!);
    }
    case 'prim::CreateObject': {
      const className = n.output().type.str();
      return (f) => void (f[o] = new ScriptObject(className));
    }
    // The runtime has no autograd, so entering and leaving `torch.no_grad()` changes no result.
    case 'prim::Enter':
    case 'prim::Exit':
      return (f) => void (f[o] = null);
    case 'prim::RaiseException':
      return (f) => {
        const msg = String(f[ins[0]!]);
        const cls = ins.length > 1 ? f[ins[1]!] : null;
        const kind = typeof cls === 'string' ? cls.replace(/^builtins\./, '') : 'RuntimeError';
        throw new TorchError((PY_ERRORS.has(kind) ? kind : 'RuntimeError') as PyErrorKind, msg);
      };
    case 'prim::Print':
      return (f) => print(printLine(args(f)));
    case 'prim::PythonOp': {
      const key = pythonOpKey(n);
      return (f) => {
        const fn = callees()?.pythonOp?.(key);
        if (!fn) throw new TorchError('RuntimeError', `prim::PythonOp: no Python function for ${key}`);
        f[o] = fn(args(f));
      };
    }
    case 'prim::Uninitialized':
      return (f) => void (f[o] = null);
    case 'prim::unchecked_cast':
    case 'prim::unchecked_unwrap_optional':
      return (f) => void (f[o] = f[ins[0]!]!);
    case 'prim::isinstance': {
      const attr = n.attributes.get('types');
      const type = attr?.kind === 'tys' ? UnionType.create(attr.value) : attr?.kind === 'ty' ? attr.value : undefined;
      return (f) => void (f[o] = type !== undefined && isInstance(f[ins[0]!]!, type));
    }
    default:
      return operator(n, args, outs);
  }
}

function operator(n: Node, args: (f: Frame) => IValue[], outs: readonly number[]): Instr {
  const kernel = resolveKernel(n);
  if (outs.length === 0) return (f) => void kernel(args(f));
  const o = outs[0]!;
  if (outs.length === 1) return (f) => void (f[o] = kernel(args(f)));
  return (f) => {
    const r = kernel(args(f)) as TupleValue;
    for (let i = 0; i < outs.length; i++) f[outs[i]!] = r.elements[i]!;
  };
}
