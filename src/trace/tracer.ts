/**
 * Running a callable with the recorder on and turning what ran into a Graph, after
 * torch/csrc/jit/frontend/tracer.cpp `trace()`. The eager interpreter reaches the active
 * trace through the hooks at the bottom of this file.
 */
import type { Graph } from '../ir/graph';
import type { Value } from '../ir/value';
import type { CalleeTable } from '../passes/inline';
import { eliminateDeadCode } from '../passes/dead_code_elimination';
import type { IValue } from '../runtime/ivalue';
import type { TraceCallee, TraceHost, TraceModule } from './host';
import { recordFunctionCall } from './function_calls';
import { recordCompiledModuleCall } from './compiled_calls';
import { TypeNamer } from './module_types';
import { pruneCallOutputs } from './call_outputs';
import type { RecordedMethods } from './module_calls';
import { traceModuleCall } from './module_calls';
import { plain, recordOpCall } from './record';
import { TraceScope, TracingState } from './tracing_state';
import type { PythonConversion, TracerWarning } from './warnings';
import { ITERATION_MESSAGE, conversionMessage } from './warnings';
import { addInput, checkTraceableInputs, outputValue } from './trace_io';

/** What to trace: a function, or a module's method bound to its module. */
export interface TraceTarget {
  /** The function's or method's name (`forward`, `loop_in_traced_fn`). */
  readonly name: string;
  /** Parameter names after `self`, naming the graph's inputs. */
  readonly argNames: readonly string[];
  /** The module for `trace_module`; its parameters become `prim::GetAttr` chains from `self`. */
  readonly module?: TraceModule;
  /** Runs the Python code (the eager interpreter) on the inputs. */
  call(inputs: readonly IValue[]): IValue;
}

/** A finished recording: the top graph, the method graphs of submodules and the warnings. */
export interface Recording {
  readonly graph: Graph;
  readonly methods: readonly RecordedMethods[];
  /** Compiled functions the trace calls, by qualified name. */
  readonly functions: ReadonlyMap<string, TraceCallee>;
  /** Callee tables of the scripted or traced submodules the trace calls, by class name. */
  readonly modules: ReadonlyMap<string, CalleeTable>;
  readonly warnings: readonly TracerWarning[];
  readonly types: TypeNamer;
}

interface Session {
  readonly state: TracingState;
  readonly methods: RecordedMethods[];
  readonly functions: Map<string, TraceCallee>;
  readonly modules: Map<string, CalleeTable>;
}

let active: Session | undefined;

/**
 * Traces `target` on `inputs`: runs it with the recorder on, then runs the cleanup PyTorch runs
 * on traced graphs (dead code elimination). Throws TorchError for outputs the tracer cannot follow.
 */
export function recordTrace(host: TraceHost, target: TraceTarget, inputs: readonly IValue[], strict = true, types = new TypeNamer()): Recording {
  const state = new TracingState(host, types);
  const module = target.module;
  const root = new TraceScope(module, module ? types.nameTree(module) : undefined, undefined);
  state.scopes.push(root);
  state.allScopes.push(root);
  if (root.self) state.selves.push(root.self);
  if (module) collectHomes(state, module);
  checkTraceableInputs(inputs);
  inputs.forEach((v, i) => addInput(state, root, v, target.argNames[i]));
  const session: Session = { state, methods: [], functions: new Map(), modules: new Map() };
  const saved = active;
  active = session;
  let result: IValue;
  try {
    result = target.call(inputs);
  } finally {
    active = saved;
  }
  nameSelves(state.selves);
  root.graph.registerOutput(outputValue(state, result, 0, strict));
  const graphs = [root.graph, ...session.methods.flatMap((r) => [...r.methods.values()])];
  graphs.forEach((g) => eliminateDeadCode(g));
  pruneCallOutputs(state.calls);
  graphs.forEach((g) => eliminateDeadCode(g));
  return { graph: root.graph, methods: session.methods, functions: session.functions, modules: session.modules, warnings: state.warnings, types };
}

/**
 * Note [Self names]: PyTorch names values across all method graphs at once, and a new `self`
 * takes the name from the previous holder, which becomes `self.N` (two names per call): in
 * call order the root is `self.1`, the next calls `self.3`, `self.5`, ..., the last plain `self`.
 */
function nameSelves(selves: readonly Value[]): void {
  selves.forEach((v, k) => v.setDebugName(k === selves.length - 1 ? 'self' : `self.${2 * k + 1}`));
}

// Parameters and buffers of the whole tree, so uses find their GetAttr chain (gatherParametersAndBuffers).
function collectHomes(state: TracingState, root: TraceModule): void {
  const walk = (m: TraceModule, modules: TraceModule[], path: string[]): void => {
    for (const [name, t] of m.tensors()) if (!state.homes.has(t)) state.homes.set(t, { modules, path: [...path, name] });
    for (const [name, child] of m.children()) walk(child, [...modules, child], [...path, name]);
  };
  walk(root, [], []);
}

export { setGradModeQuery } from './tracing_state';

// Hooks for the eager interpreter: each is a no-op pass-through when no trace is running.

/** True while a trace records (PyTorch's `torch.jit.is_tracing()`). */
export function isTracing(): boolean {
  return active !== undefined;
}

/** The running trace's state, for code that records by hand (scripted calls inside a trace). */
export function activeTracingState(): TracingState | undefined {
  return active?.state;
}

/**
 * The eager interpreter's operator call while tracing: binds, runs the kernel and records the node.
 * `x.size(d)` returns a traced 0-dim Long tensor, as PyTorch's tracer does.
 */
export function traceOp(name: string, args: readonly IValue[], kwargs: ReadonlyMap<string, IValue>): IValue {
  if (!active) throw new Error('traceOp outside a trace');
  return recordOpCall(active.state, name, args, kwargs);
}

/** Calls an nn.Module while tracing (PyTorch's `_slow_forward` with scopes). */
export function traceModule(module: TraceModule, args: readonly IValue[], call: () => IValue): IValue {
  if (!active) return call();
  if (module.compiled) return traceCompiledModule(active, module, args, call);
  return traceModuleCall(active.state, active.methods, module, args, call);
}

// A scripted or traced submodule runs untraced and is recorded as one prim::CallMethod.
function traceCompiledModule(session: Session, module: TraceModule, traced: readonly IValue[], call: () => IValue): IValue {
  const args = traced.map((v) => plain(session.state, v));
  active = undefined;
  let result: IValue;
  try {
    result = call();
  } finally {
    active = session;
  }
  const compiled = module.compiled!;
  const key = compiled.type.qualifiedName;
  if (recordCompiledModuleCall(session.state, module, args, result)) session.modules.set(key, compiled.callees);
  return result;
}

/** Calls a compiled function while tracing: runs it, recorded as one `prim::CallFunction`. */
export function traceFunctionCall(callee: TraceCallee, traced: readonly IValue[], run: (args?: readonly IValue[]) => IValue): IValue {
  const session = active;
  if (!session) return run();
  // A traced size passed to a compiled function is baked in as a constant, as PyTorch does.
  const args = traced.map((v) => plain(session.state, v));
  active = undefined;
  let result: IValue;
  try {
    result = run(args);
  } finally {
    active = session;
  }
  session.functions.set(callee.qualifiedName, callee);
  recordFunctionCall(session.state, callee, args, result);
  return result;
}

/** `bool(t)`, `int(t)`, `float(t)`, `t.item()`, `t.tolist()` while tracing: a TracerWarning at the line. */
export function traceConversion(kind: PythonConversion): void {
  const message = conversionMessage(kind);
  if (active && message) active.state.warn(message);
}

/** `for row in t` while tracing: a TracerWarning; the caller then iterates `t.unbind(0)`. */
export function traceIteration(): void {
  active?.state.warn(ITERATION_MESSAGE);
}

/** Any other TracerWarning (`torch.tensor(...)` inside a trace, ...). */
export function traceWarning(message: string): void {
  active?.state.warn(message);
}
