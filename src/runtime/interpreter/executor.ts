// The IR interpreter: a Graph compiled once into flat arrays of closures over a register frame.
import type { Block } from '../../ir/block';
import { constantValue } from '../../ir/constants';
import type { Graph } from '../../ir/graph';
import type { Node } from '../../ir/node';
import { ClassType, TupleType } from '../../ir/types';
import type { Value } from '../../ir/value';
import type { CalleeTable } from '../../passes/inline';
import { calledFunctionName } from '../../passes/inline';
import { TorchError } from '../errors';
import type { PyErrorKind } from '../errors';
import type { DictKey, IValue , ScriptObject} from '../ivalue';
import { DictValue, TupleValue } from '../ivalue';
import { resolveKernel } from './kernels';
import { isInstance, printLine, runtimeConstant } from './values';

export interface InterpreterOptions {
  /** Graphs of called functions and methods (prim::CallFunction, prim::CallMethod). */
  readonly callees?: CalleeTable;
  /** How many nodes one run may execute before it is stopped (default 10 million). */
  readonly stepBudget?: number;
  /** Receives each line printed by prim::Print (default: dropped). */
  readonly print?: (line: string) => void;
}

/** Thrown when a run executes more nodes than its budget, typically a runaway loop. */
export class StepBudgetExceeded extends TorchError {
  constructor(budget: number) {
    super('RuntimeError', `the interpreter stopped after ${budget} steps (is there an endless loop?)`);
  }
}

type Frame = IValue[];
type Instr = (f: Frame) => void;

/** A graph ready to run: call `run` with the graph's inputs. */
export interface CompiledGraph {
  run(inputs: readonly IValue[]): IValue[];
}

// The node that was executing when a run failed, for diagnostics with a source range.
const failedNodes = new WeakMap<object, Node>();

/** The node whose execution raised `error` (innermost call first), if the interpreter saw it. */
export function failingNode(error: unknown): Node | undefined {
  return typeof error === 'object' && error !== null ? failedNodes.get(error) : undefined;
}

/** Compiles `graph` for repeated runs. */
export function compileGraph(graph: Graph, options: InterpreterOptions = {}): CompiledGraph {
  const exec = new Executor(options);
  const fn = exec.function(graph);
  return { run: (inputs) => exec.top(() => fn(inputs)) };
}

/** Runs `graph` once on `inputs` and returns its single output (or a tuple of several). */
export function runGraph(graph: Graph, inputs: readonly IValue[], options: InterpreterOptions = {}): IValue {
  const outs = compileGraph(graph, options).run(inputs);
  return outs.length === 1 ? outs[0]! : new TupleValue(outs);
}

const PY_ERRORS = new Set<string>(['RuntimeError', 'IndexError', 'ValueError', 'TypeError', 'KeyError', 'ZeroDivisionError', 'AssertionError', 'NotImplementedError', 'OverflowError']);

class Executor {
  private steps = 0;
  private current: Node | undefined;
  private readonly budget: number;
  private readonly functions = new Map<Graph, (inputs: readonly IValue[]) => IValue[]>();

  constructor(private readonly options: InterpreterOptions) {
    this.budget = options.stepBudget ?? 10_000_000;
  }

  top<T>(run: () => T): T {
    this.steps = 0;
    try {
      return run();
    } catch (e) {
      if (this.current && typeof e === 'object' && e !== null && !failedNodes.has(e)) failedNodes.set(e, this.current);
      throw e;
    }
  }

  /** The callable for a graph, compiled on first use (calls compile their callees lazily). */
  function(graph: Graph): (inputs: readonly IValue[]) => IValue[] {
    let fn = this.functions.get(graph);
    if (fn) return fn;
    let compiled: { body: Instr[]; size: number; ins: number[]; outs: number[] } | undefined;
    fn = (inputs) => {
      if (!compiled) {
        const c = new BlockCompiler(this);
        const ins = graph.inputs.map((v) => c.slot(v));
        const body = c.block(graph.block);
        compiled = { body, size: c.size, ins, outs: graph.outputs.map((v) => c.slot(v)) };
      }
      const { body, size, ins, outs } = compiled;
      const frame: Frame = new Array<IValue>(size).fill(null);
      if (inputs.length !== ins.length) throw new TorchError('RuntimeError', `expected ${ins.length} inputs, got ${inputs.length}`);
      for (let i = 0; i < ins.length; i++) frame[ins[i]!] = inputs[i]!;
      this.runBlock(body, frame);
      return outs.map((s) => frame[s]!);
    };
    this.functions.set(graph, fn);
    return fn;
  }

  runBlock(instrs: readonly Instr[], frame: Frame): void {
    for (let i = 0; i < instrs.length; i++) {
      if (++this.steps > this.budget) throw new StepBudgetExceeded(this.budget);
      instrs[i]!(frame);
    }
  }

  enter(node: Node): void {
    this.current = node;
  }

  get callees(): CalleeTable | undefined {
    return this.options.callees;
  }

  print(line: string): void {
    this.options.print?.(line);
  }
}

// Compiles the blocks of one graph; every Value gets a register slot.
class BlockCompiler {
  private readonly slots = new Map<Value, number>();
  size = 0;

  constructor(private readonly exec: Executor) {}

  slot(v: Value): number {
    let s = this.slots.get(v);
    if (s === undefined) {
      s = this.size++;
      this.slots.set(v, s);
    }
    return s;
  }

  block(b: Block): Instr[] {
    return b.nodes.map((n) => this.node(n));
  }

  private node(n: Node): Instr {
    const exec = this.exec;
    const body = this.body(n);
    return (f) => {
      exec.enter(n);
      body(f);
    };
  }

  private body(n: Node): Instr {
    const ins = n.inputs.map((v) => this.slot(v));
    const outs = n.outputs.map((v) => this.slot(v));
    const o = outs[0]!;
    const args = (f: Frame): IValue[] => ins.map((s) => f[s]!);
    switch (n.kind) {
      case 'prim::Constant': {
        const ir = constantValue(n);
        const value = ir === undefined ? null : runtimeConstant(ir);
        return (f) => void (f[o] = value);
      }
      case 'prim::If':
        return this.ifNode(n, ins[0]!, outs);
      case 'prim::Loop':
        return this.loopNode(n, ins, outs);
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
      case 'prim::CallFunction':
      case 'prim::CallMethod':
        return this.call(n, ins, outs);
      case 'prim::RaiseException':
        return (f) => {
          const msg = String(f[ins[0]!]);
          const cls = ins.length > 1 ? f[ins[1]!] : null;
          const kind = typeof cls === 'string' ? cls.replace(/^builtins\./, '') : 'RuntimeError';
          throw new TorchError((PY_ERRORS.has(kind) ? kind : 'RuntimeError') as PyErrorKind, msg);
        };
      case 'prim::Print':
        return (f) => this.exec.print(printLine(args(f)));
      case 'prim::Uninitialized':
        return (f) => void (f[o] = null);
      case 'prim::unchecked_cast':
      case 'prim::unchecked_unwrap_optional':
        return (f) => void (f[o] = f[ins[0]!]!);
      case 'prim::isinstance': {
        const attr = n.attributes.get('types');
        const type = attr?.kind === 'ty' ? attr.value : undefined;
        return (f) => void (f[o] = type !== undefined && isInstance(f[ins[0]!]!, type));
      }
      default:
        return this.operator(n, args, outs);
    }
  }

  private operator(n: Node, args: (f: Frame) => IValue[], outs: number[]): Instr {
    const kernel = resolveKernel(n);
    if (outs.length === 0) return (f) => void kernel(args(f));
    const o = outs[0]!;
    if (outs.length === 1) return (f) => void (f[o] = kernel(args(f)));
    return (f) => {
      const r = kernel(args(f)) as TupleValue;
      for (let i = 0; i < outs.length; i++) f[outs[i]!] = r.elements[i]!;
    };
  }

  private ifNode(n: Node, cond: number, outs: number[]): Instr {
    const [thenB, elseB] = n.blocks as [Block, Block];
    const thenCode = this.block(thenB);
    const elseCode = this.block(elseB);
    const thenOut = thenB.outputs.map((v) => this.slot(v));
    const elseOut = elseB.outputs.map((v) => this.slot(v));
    const exec = this.exec;
    return (f) => {
      const taken = f[cond] === true;
      exec.runBlock(taken ? thenCode : elseCode, f);
      const from = taken ? thenOut : elseOut;
      for (let i = 0; i < outs.length; i++) f[outs[i]!] = f[from[i]!]!;
    };
  }

  // Note [Loop-carried values]: the body's carried inputs hold the state between trips; the
  // body's outputs are copied into them (through a temporary, as they may swap) after each trip.
  private loopNode(n: Node, ins: number[], outs: number[]): Instr {
    const body = n.blocks[0]!;
    const code = this.block(body);
    const trip = this.slot(body.inputs[0]!);
    const carriedIn = body.inputs.slice(1).map((v) => this.slot(v));
    const bodyOut = body.outputs.map((v) => this.slot(v));
    const init = ins.slice(2);
    const exec = this.exec;
    const k = carriedIn.length;
    return (f) => {
      const max = Number(f[ins[0]!] as bigint);
      let cond = f[ins[1]!] === true;
      for (let i = 0; i < k; i++) f[carriedIn[i]!] = f[init[i]!]!;
      const tmp: IValue[] = new Array<IValue>(k);
      for (let t = 0; cond && t < max; t++) {
        f[trip] = BigInt(t);
        exec.runBlock(code, f);
        cond = f[bodyOut[0]!] === true;
        for (let i = 0; i < k; i++) tmp[i] = f[bodyOut[i + 1]!]!;
        for (let i = 0; i < k; i++) f[carriedIn[i]!] = tmp[i]!;
      }
      for (let i = 0; i < k; i++) f[outs[i]!] = f[carriedIn[i]!]!;
    };
  }

  private call(n: Node, ins: number[], outs: number[]): Instr {
    const exec = this.exec;
    const isMethod = n.kind === 'prim::CallMethod';
    const argSlots = isMethod ? ins : ins.slice(1);
    const staticClass = n.input(0).type;
    const name = isMethod ? n.s('name') : calledFunctionName(n);
    const lookup = (self: IValue): Graph | undefined => {
      const table = exec.callees;
      if (!table || name === undefined) return undefined;
      if (!isMethod) return table.functionGraph(name);
      const cls = staticClass instanceof ClassType ? staticClass.qualifiedName : `__torch__.${(self as ScriptObject).className}`;
      return table.methodGraph(cls, name);
    };
    let callee: ((inputs: readonly IValue[]) => IValue[]) | undefined;
    return (f) => {
      const actuals = argSlots.map((s) => f[s]!);
      if (!callee) {
        const g = lookup(actuals[0]!);
        if (!g) throw new TorchError('RuntimeError', `${n.kind}: no graph for ${name ?? 'the callee'}`);
        callee = exec.function(g);
      }
      const results = callee(actuals);
      for (let i = 0; i < outs.length; i++) f[outs[i]!] = results[i]!;
    };
  }
}
