// The asynchronous IR interpreter: runs a Graph on a backend that cannot read back synchronously.
import type { Graph } from '../../ir/graph';
import type { Node } from '../../ir/node';
import type { BackendName } from '../backend';
import { activeBackend, currentBackend, switchBackend } from '../backend';
import type { IValue } from '../ivalue';
import { TupleValue } from '../ivalue';
import { closeScope, downloadAll, openScope, storagesOf } from '../memory';
import type { Scope } from '../storage';
import { NeedsDownload, Storage, popScope, pushScope } from '../storage';
import type { InterpreterOptions } from './executor';
import { StepBudgetExceeded, calleeLookup, recordFailure } from './executor';
import type { CompiledBody, Frame, IfParts, Instr, LoopParts } from './nodes';
import { GraphCompiler, compileBody, compileLeaf, newFrame } from './nodes';

// Note [Async readback] (the interpreter's side; the storage's side is in storage.ts): the graph
// runs node by node like the synchronous interpreter, and stays synchronous until a kernel throws
// NeedsDownload. Then that node's inputs are downloaded (tfjs `data()`) and the node runs again:
// kernels read every input before they write, so the retry is safe. When the storage that needs a
// download was made by the failed attempt itself (an in-place op computing on the device, then
// writing through the host), no download of the inputs can help: the node is marked and from then
// on runs on the synchronous backend. Steps return a Promise only when they had to wait, so a run
// that needs no download never awaits. While waiting, tfjs' active backend and the memory scope
// stack are restored, so synchronous code that runs meanwhile sees them unchanged.

export interface AsyncInterpreterOptions extends InterpreterOptions {
  /** The backend kernels run on (default: the backend initBackend chose). */
  readonly backend?: BackendName;
}

/** A step of a compiled block: a Promise only when it had to wait for a download. */
type Step = (f: Frame) => void | Promise<void>;
type Fn = (inputs: readonly IValue[]) => IValue[] | Promise<IValue[]>;

/** A graph ready for repeated asynchronous runs. */
export interface CompiledGraphAsync {
  run(inputs: readonly IValue[]): Promise<IValue[]>;
}

// Runs never interleave: each owns tfjs' active backend while it runs.
let queue: Promise<unknown> = Promise.resolve();

/** Compiles `graph` for repeated asynchronous runs (see runGraphAsync). */
export function compileGraphAsync(graph: Graph, options: AsyncInterpreterOptions = {}): CompiledGraphAsync {
  const exec = new AsyncExecutor(options);
  const fn = exec.function(graph);
  return {
    run: (inputs) => {
      // A run belongs to the generation it was asked in, even if it starts later (Note [Cancelled runs]).
      const asked = generation;
      const run = queue.then(() => exec.top(fn, inputs, asked));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * Runs `graph` once on `inputs` on the compute backend (WebGPU when chosen) and returns its single
 * output (or a tuple of several). Every tensor reachable from the outputs and the inputs is on the
 * host when the promise resolves, so synchronous code (printing, eager) can read it.
 */
export async function runGraphAsync(graph: Graph, inputs: readonly IValue[], options: AsyncInterpreterOptions = {}): Promise<IValue> {
  const outs = await compileGraphAsync(graph, options).run(inputs);
  return outs.length === 1 ? outs[0]! : new TupleValue(outs);
}

const MAX_ATTEMPTS = 4;

// Note [Cancelled runs] (the interpreter's side; the channel's side is in src/api/rpc.ts): a run
// cannot be stopped inside synchronous code, but it awaits at every readback; `cancelRuns()` makes
// every run started before it throw RunCancelled when it next resumes, so a worker drops a
// superseded run without being restarted (keeping its warm backend and compiled shaders).
let generation = 0;

export class RunCancelled extends Error {
  constructor() {
    super('the run was cancelled: a newer request replaced it');
    this.name = 'RunCancelled';
  }
}

/** Cancels every asynchronous run in progress, at its next await. */
export function cancelRuns(): void {
  generation++;
}

class AsyncExecutor {
  private steps = 0;
  private current: Node | undefined;
  private readonly budget: number;
  private readonly functions = new Map<Graph, Fn>();
  private compute: string = '';
  private sync: string = '';
  private scope: Scope | null = null;
  private active = false;
  private previous = '';
  private generation = generation;

  constructor(private readonly options: AsyncInterpreterOptions) {
    this.budget = options.stepBudget ?? 10_000_000;
  }

  async top(fn: Fn, inputs: readonly IValue[], asked: number): Promise<IValue[]> {
    const info = currentBackend();
    this.compute = this.options.backend ?? info.name;
    this.sync = info.syncName;
    this.steps = 0;
    this.generation = asked;
    const mark = Storage.created;
    const scope = openScope();
    this.scope = scope;
    let outs: IValue[] | undefined;
    this.resume();
    try {
      const r = fn(inputs);
      if (Array.isArray(r)) outs = r;
      else {
        this.suspend();
        outs = await r;
      }
      this.suspend();
      await downloadAll([outs, inputs]);
      // Results are read on the host from now on: free their device copies (parameters keep theirs).
      for (const s of storagesOf([outs])) if (s.id >= mark && s.hasHost && s.hasDevice) s.release();
      return outs;
    } catch (e) {
      recordFailure(e, this.current);
      throw e;
    } finally {
      this.suspend();
      closeScope(scope, outs === undefined ? [inputs] : [outs, inputs]);
      this.scope = null;
    }
  }

  /** Enters the run's state: its memory scope and the compute backend. */
  resume(): void {
    if (this.active) return;
    if (this.generation !== generation) throw new RunCancelled();
    pushScope(this.scope as Scope);
    this.previous = activeBackend();
    switchBackend(this.compute);
    this.active = true;
  }

  /** Leaves the run's state before waiting (Note [Async readback]). */
  suspend(): void {
    if (!this.active) return;
    popScope(this.scope as Scope);
    switchBackend(this.previous);
    this.active = false;
  }

  /** Continues with `then` once `p` settles; the promise settles with the state left. */
  async after<T, R>(p: Promise<T>, then: (v: T) => R): Promise<R> {
    try {
      this.suspend();
      const v = await p;
      this.resume();
      return then(v);
    } finally {
      this.suspend();
    }
  }

  /** The callable for a graph, compiled on first use. */
  function(graph: Graph): Fn {
    let fn = this.functions.get(graph);
    if (fn) return fn;
    let compiled: CompiledBody<Step> | undefined;
    fn = (inputs) => {
      const c = (compiled ??= compileBody(graph, new AsyncBlockCompiler(this)));
      const frame = newFrame(c, inputs);
      const results = (): IValue[] => c.outs.map((s) => frame[s]!);
      const r = this.runBlock(c.body, frame);
      return r === undefined ? results() : this.after(r, results);
    };
    this.functions.set(graph, fn);
    return fn;
  }

  runBlock(steps: readonly Step[], f: Frame): void | Promise<void> {
    for (let i = 0; i < steps.length; i++) {
      if (++this.steps > this.budget) throw new StepBudgetExceeded(this.budget);
      const r = steps[i]!(f);
      if (r !== undefined) return this.finishBlock(r, steps, f, i + 1);
    }
  }

  private async finishBlock(p: Promise<void>, steps: readonly Step[], f: Frame, from: number): Promise<void> {
    try {
      this.suspend();
      await p;
      this.resume();
      for (let i = from; i < steps.length; i++) {
        if (++this.steps > this.budget) throw new StepBudgetExceeded(this.budget);
        const r = steps[i]!(f);
        if (r !== undefined) {
          this.suspend();
          await r;
          this.resume();
        }
      }
    } finally {
      this.suspend();
    }
  }

  /** A straight-line node with the download-and-retry protocol of Note [Async readback]. */
  leaf(n: Node, instr: Instr, ins: readonly number[]): Step {
    const state = { onSync: false };
    return (f) => {
      this.current = n;
      const mark = Storage.created;
      try {
        this.attempt(instr, f, state.onSync);
        return undefined;
      } catch (e) {
        if (!(e instanceof NeedsDownload)) throw e;
        return this.recover(n, instr, f, ins, state, e, mark);
      }
    };
  }

  private attempt(instr: Instr, f: Frame, onSync: boolean): void {
    if (!onSync || this.sync === this.compute) return instr(f);
    switchBackend(this.sync);
    try {
      instr(f);
    } finally {
      switchBackend(this.compute);
    }
  }

  private async recover(n: Node, instr: Instr, f: Frame, ins: readonly number[], state: { onSync: boolean }, first: NeedsDownload, firstMark: number): Promise<void> {
    try {
      let e = first;
      let mark = firstMark;
      for (let attempt = 1; ; attempt++) {
        const fresh = e.storage.id >= mark;
        if (fresh) state.onSync = true;
        if (attempt > MAX_ATTEMPTS) throw new Error(`${n.kind} still needs a download after ${MAX_ATTEMPTS} attempts`);
        this.suspend();
        await Promise.all([fresh ? undefined : e.storage.download(), downloadAll(ins.map((s) => f[s]))]);
        this.resume();
        this.current = n;
        mark = Storage.created;
        try {
          this.attempt(instr, f, state.onSync);
          return;
        } catch (x) {
          if (!(x instanceof NeedsDownload)) throw x;
          e = x;
        }
      }
    } finally {
      this.suspend();
    }
  }

  get callees(): InterpreterOptions['callees'] {
    return this.options.callees;
  }

  print(line: string): void {
    this.options.print?.(line);
  }
}

// Compiles the blocks of one graph into steps; control flow continues asynchronously when a
// nested step had to wait.
class AsyncBlockCompiler extends GraphCompiler<Step> {
  constructor(private readonly exec: AsyncExecutor) {
    super();
  }

  protected leaf(n: Node, ins: readonly number[], outs: readonly number[]): Step {
    return this.exec.leaf(n, compileLeaf(n, ins, outs, (line) => this.exec.print(line), () => this.exec.callees), ins);
  }

  protected ifNode({ thenCode, elseCode, thenOut, elseOut }: IfParts<Step>, cond: number, outs: readonly number[]): Step {
    const exec = this.exec;
    return (f) => {
      const taken = f[cond] === true;
      const from = taken ? thenOut : elseOut;
      const copy = (): void => {
        for (let i = 0; i < outs.length; i++) f[outs[i]!] = f[from[i]!]!;
      };
      const r = exec.runBlock(taken ? thenCode : elseCode, f);
      return r === undefined ? copy() : exec.after(r, copy);
    };
  }

  // Note [Loop-carried values] (executor.ts) holds here too.
  protected loopNode({ code, trip, carriedIn, bodyOut, init }: LoopParts<Step>, ins: readonly number[], outs: readonly number[]): Step {
    const exec = this.exec;
    const k = carriedIn.length;
    // Copies the body's outputs into the carried inputs; returns the condition for the next trip.
    const endTrip = (f: Frame): boolean => {
      const tmp = bodyOut.slice(1).map((s) => f[s]!);
      for (let i = 0; i < k; i++) f[carriedIn[i]!] = tmp[i]!;
      return f[bodyOut[0]!] === true;
    };
    const finish = (f: Frame): void => {
      for (let i = 0; i < k; i++) f[outs[i]!] = f[carriedIn[i]!]!;
    };
    const rest = async (p: Promise<void>, f: Frame, t: number, max: number): Promise<void> => {
      try {
        exec.suspend();
        await p;
        exec.resume();
        for (let cond = endTrip(f), i = t + 1; cond && i < max; i++) {
          f[trip] = BigInt(i);
          const r = exec.runBlock(code, f);
          if (r !== undefined) {
            exec.suspend();
            await r;
            exec.resume();
          }
          cond = endTrip(f);
        }
        finish(f);
      } finally {
        exec.suspend();
      }
    };
    return (f) => {
      const max = Number(f[ins[0]!] as bigint);
      let cond = f[ins[1]!] === true;
      for (let i = 0; i < k; i++) f[carriedIn[i]!] = f[init[i]!]!;
      for (let t = 0; cond && t < max; t++) {
        f[trip] = BigInt(t);
        const r = exec.runBlock(code, f);
        if (r !== undefined) return rest(r, f, t, max);
        cond = endTrip(f);
      }
      finish(f);
      return undefined;
    };
  }

  protected call(n: Node, argSlots: readonly number[], outs: readonly number[]): Step {
    const exec = this.exec;
    const lookup = calleeLookup(n, () => exec.callees);
    let callee: Fn | undefined;
    return (f) => {
      const actuals = argSlots.map((s) => f[s]!);
      callee ??= exec.function(lookup(actuals[0]!));
      const assign = (results: IValue[]): void => {
        for (let i = 0; i < outs.length; i++) f[outs[i]!] = results[i]!;
      };
      const results = callee(actuals);
      return Array.isArray(results) ? assign(results) : exec.after(results, assign);
    };
  }
}
