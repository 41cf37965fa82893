/**
 * Running a callable with the recorder on and turning what ran into a Graph, after
 * torch/csrc/jit/frontend/tracer.cpp `trace()`. The eager interpreter reaches the active
 * trace through the hooks at the bottom of this file.
 */
import type { Graph } from '../ir/graph';
import type { CalleeTable } from '../passes/inline';
import { ListType, TensorType, TupleType } from '../ir/types';
import type { Value } from '../ir/value';
import { eliminateDeadCode } from '../passes/dead_code_elimination';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
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
  const root = new TraceScope(module, module ? types.nameTree(module) : undefined, undefined, 'self.1');
  state.scopes.push(root);
  if (module) collectHomes(state, module);
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
  // PyTorch names values across all method graphs at once: the root's `self` is `self.1` only
  // because a submodule's `self` took the name after it.
  if (root.self && session.methods.length === 0) root.self.setDebugName('self');
  root.graph.registerOutput(outputValue(state, result, 0, strict));
  const graphs = [root.graph, ...session.methods.flatMap((r) => [...r.methods.values()])];
  graphs.forEach((g) => eliminateDeadCode(g));
  pruneCallOutputs(state.calls);
  graphs.forEach((g) => eliminateDeadCode(g));
  return { graph: root.graph, methods: session.methods, functions: session.functions, modules: session.modules, warnings: state.warnings, types };
}

// Parameters and buffers of the whole tree, so uses find their GetAttr chain (gatherParametersAndBuffers).
function collectHomes(state: TracingState, root: TraceModule): void {
  const walk = (m: TraceModule, modules: TraceModule[], path: string[]): void => {
    for (const [name, t] of m.tensors()) if (!state.homes.has(t)) state.homes.set(t, { modules, path: [...path, name] });
    for (const [name, child] of m.children()) walk(child, [...modules, child], [...path, name]);
  };
  walk(root, [], []);
}

function addInput(state: TracingState, scope: TraceScope, v: IValue, name: string | undefined): void {
  if (v instanceof Tensor) {
    scope.env.set(v, scope.graph.addInput(name, state.typeOf(v)));
    return;
  }
  if (v instanceof TupleValue && v.elements.every((e) => e instanceof Tensor)) {
    const items = v.elements as Tensor[];
    const input = scope.graph.addInput(name, new TupleType(items.map((t) => state.typeOf(t))));
    const unpack = scope.graph.insert('prim::TupleUnpack', [input], 0);
    items.forEach((t) => scope.env.set(t, unpack.addOutput(state.typeOf(t))));
    return;
  }
  throw new TorchError('RuntimeError', 'Type not supported as an input to a traced function: only tensors and tuples of tensors are');
}

// PyTorch's TracingState::getOutput: outputs are looked up without naming them.
function outputValue(state: TracingState, v: IValue, i: number, strict: boolean): Value {
  const g = state.graph;
  if (v instanceof Tensor) {
    const known = state.scope.env.get(v);
    if (known) return known;
    if (state.homes.has(v)) return state.getValue(v);
    throw new TorchError(
      'RuntimeError',
      `output ${i} (tensor) of traced region did not have observable data dependence with trace inputs; this probably indicates your program cannot be understood by the tracer.`,
    );
  }
  if (v instanceof TupleValue) {
    const items = v.elements.map((e, k) => outputValue(state, e, k, strict));
    const n = g.insert('prim::TupleConstruct', items, 1);
    return n.output().setType(new TupleType(items.map((x) => x.type)));
  }
  if (Array.isArray(v) && v.every((e) => e instanceof Tensor)) {
    if (strict) {
      throw new TorchError(
        'RuntimeError',
        'Encountering a list at the output of the tracer might cause the trace to be incorrect, this is only valid if the container structure does not change based on the module\'s inputs. Consider using a constant container instead (e.g. for `list`, use a `tuple` instead. for `dict`, use a `NamedTuple` instead). If you absolutely need this and know the side effects, pass strict=False to trace() to allow this behavior.',
      );
    }
    const items = v.map((e, k) => outputValue(state, e, k, strict));
    return g.insert('prim::ListConstruct', items, 1).output().setType(new ListType(TensorType.get()));
  }
  throw new TorchError('RuntimeError', 'Only tensors, lists, tuples of tensors, or dictionary of tensors can be output from traced functions');
}

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
