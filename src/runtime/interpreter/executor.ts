// The IR interpreter: a Graph compiled once into flat arrays of closures over a register frame.
import type { Graph } from '../../ir/graph';
import type { Node } from '../../ir/node';
import { ClassType } from '../../ir/types';
import type { CalleeTable } from '../../passes/inline';
import { calledFunctionName } from '../../passes/inline';
import { TorchError } from '../errors';
import type { IValue, ScriptObject } from '../ivalue';
import { TupleValue } from '../ivalue';
import type { CompiledBody, Frame, IfParts, Instr, LoopParts, RuntimeCallees } from './nodes';
import { GraphCompiler, compileBody, compileLeaf, newFrame } from './nodes';
import { libraryMethodGraph } from './library';

export interface InterpreterOptions {
  /** Graphs of called functions and methods (prim::CallFunction, prim::CallMethod). */
  readonly callees?: RuntimeCallees;
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

/** Remembers `node` as the one that raised `error`, unless an inner call already did. */
export function recordFailure(error: unknown, node: Node | undefined): void {
  if (node && typeof error === 'object' && error !== null && !failedNodes.has(error)) failedNodes.set(error, node);
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
      recordFailure(e, this.current);
      throw e;
    }
  }

  /** The callable for a graph, compiled on first use (calls compile their callees lazily). */
  function(graph: Graph): (inputs: readonly IValue[]) => IValue[] {
    let fn = this.functions.get(graph);
    if (fn) return fn;
    let compiled: CompiledBody<Instr> | undefined;
    fn = (inputs) => {
      compiled ??= compileBody(graph, new BlockCompiler(this));
      const frame = newFrame(compiled, inputs);
      this.runBlock(compiled.body, frame);
      return compiled.outs.map((s) => frame[s]!);
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

  get callees(): RuntimeCallees | undefined {
    return this.options.callees;
  }

  print(line: string): void {
    (this.options.print ?? defaultPrint)?.(line);
  }
}

// Note [Print sink]: a graph run without a `print` option (a scripted function called from eager
// code) prints where the program prints: the eager interpreter installs its stdout here while it runs.
let defaultPrint: ((line: string) => void) | null = null;

/** Sets where prim::Print writes when a run has no `print` option; returns the previous sink. */
export function setDefaultPrint(sink: ((line: string) => void) | null): ((line: string) => void) | null {
  const previous = defaultPrint;
  defaultPrint = sink;
  return previous;
}

// Compiles the blocks of one graph into synchronous instructions.
class BlockCompiler extends GraphCompiler<Instr> {
  constructor(private readonly exec: Executor) {
    super();
  }

  protected override node(n: Node): Instr {
    const exec = this.exec;
    const body = super.node(n);
    return (f) => {
      exec.enter(n);
      body(f);
    };
  }

  protected leaf(n: Node, ins: readonly number[], outs: readonly number[]): Instr {
    return compileLeaf(n, ins, outs, (line) => this.exec.print(line), () => this.exec.callees);
  }

  protected ifNode({ thenCode, elseCode, thenOut, elseOut }: IfParts<Instr>, cond: number, outs: readonly number[]): Instr {
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
  protected loopNode({ code, trip, carriedIn, bodyOut, init }: LoopParts<Instr>, ins: readonly number[], outs: readonly number[]): Instr {
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

  protected call(n: Node, argSlots: readonly number[], outs: readonly number[]): Instr {
    const exec = this.exec;
    const lookup = calleeLookup(n, () => exec.callees);
    let callee: ((inputs: readonly IValue[]) => IValue[]) | undefined;
    return (f) => {
      const actuals = argSlots.map((s) => f[s]!);
      callee ??= exec.function(lookup(actuals[0]!));
      const results = callee(actuals);
      for (let i = 0; i < outs.length; i++) f[outs[i]!] = results[i]!;
    };
  }
}

/** Finds the graph a prim::CallFunction / prim::CallMethod node calls, given its first argument. */
export function calleeLookup(n: Node, callees: () => CalleeTable | undefined): (self: IValue) => Graph {
  const contextMethod = n.kind === 'prim::Enter' ? '__enter__' : n.kind === 'prim::Exit' ? '__exit__' : undefined;
  const isMethod = n.kind === 'prim::CallMethod' || contextMethod !== undefined;
  const staticClass = n.input(0).type;
  const name = contextMethod ?? (isMethod ? n.s('name') : calledFunctionName(n));
  return (self) => {
    const table = callees();
    let g: Graph | undefined;
    if (table && name !== undefined && !isMethod) g = table.functionGraph(name);
    else if (table && name !== undefined) {
      const cls = staticClass instanceof ClassType ? staticClass.qualifiedName : `__torch__.${(self as ScriptObject).className}`;
      g = table.methodGraph(cls, name);
    }
    if (!g && isMethod && name !== undefined && staticClass instanceof ClassType) g = libraryMethodGraph(staticClass.qualifiedName, name);
    if (!g) throw new TorchError('RuntimeError', `${n.kind}: no graph for ${name ?? 'the callee'}`);
    return g;
  };
}
