// Submodule calls during a trace: each becomes its own method graph and a prim::CallMethod (Note [Module scopes]).
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { TensorType, TupleType } from '../ir/types';
import type { Value } from '../ir/value';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import type { TraceModule } from './host';
import { TraceScope } from './tracing_state';
import type { TracingState } from './tracing_state';

/** The method graphs recorded for one module instance: `forward`, `forward1`, ... */
export interface RecordedMethods {
  readonly module: TraceModule;
  readonly methods: Map<string, Graph>;
}

/** The chain of child names from `from` down to `to`, or undefined when `to` is not inside `from`. */
export function childPath(from: TraceModule, to: TraceModule): { names: string[]; modules: TraceModule[] } | undefined {
  if (from.is(to)) return { names: [], modules: [] };
  for (const [name, child] of from.children()) {
    const rest = childPath(child, to);
    if (rest) return { names: [name, ...rest.names], modules: [child, ...rest.modules] };
  }
  return undefined;
}

/**
 * Runs a submodule call. When `module` belongs to the traced tree its body is recorded into a new
 * method graph and the caller gets `prim::CallMethod`; other modules are traced inline.
 */
export function traceModuleCall(state: TracingState, recorded: RecordedMethods[], module: TraceModule, args: readonly IValue[], call: () => IValue): IValue {
  const outer = state.scope;
  const path = outer.module ? childPath(outer.module, module) : undefined;
  if (!path || path.names.length === 0) return call();
  const type = state.types.typeOf(module);
  const scope = new TraceScope(module, type, outer, 'self');
  const scopeName = moduleScopeName(state, outer, module);
  scope.scopeName = scopeName;
  if (scope.self) state.selves.push(scope.self);
  state.allScopes.push(scope);
  // A tensor passed several times (`self_attn(x, x, x)`) is one input, as a captured value is in PyTorch.
  const tensorArgs = [...new Set(args.filter((a): a is Tensor => a instanceof Tensor))];
  const argValues = tensorArgs.map((t) => outerValue(state, t));
  tensorArgs.forEach((t, i) => {
    const v = scope.graph.addInput(undefined, state.typeOf(t));
    if (argValues[i]!.hasDebugName()) v.setDebugName(argValues[i]!.debugNameBase() || argValues[i]!.debugName());
    scope.env.set(t, v);
  });
  state.scopes.push(scope);
  let result: IValue;
  let inner: Value[];
  try {
    result = call();
    stampScope(scope.graph, scopeName);
    inner = registerOutputs(state, scope, result);
  } finally {
    state.scopes.pop();
  }
  const methodName = addMethod(recorded, module, scope.graph);
  const self = outer.getAttr(path.names, path.modules.map((m) => state.types.typeOf(m)), type, state.site());
  const captured = scope.captures.map((t) => state.getValue(t));
  const node = outer.graph.insert('prim::CallMethod', [self, ...argValues, ...captured], 0).s_('name', methodName);
  state.markCallSite(node);
  lifted.add(node);
  mapCallOutputs(state, node, result).forEach((v, i) => state.callOrigins.set(v, inner[i]!));
  state.calls.push({ node, callee: scope.graph });
  return result;
}

/**
 * Note [Scope names]: PyTorch names every submodule of the traced tree `__module.<path from the
 * root>` (its `_trace_module_map`, first path in named_modules order) and pushes that name while
 * the submodule runs; a node prints the names from the root, `__module.sub/__module.sub.fc1`.
 * Nodes the tracer's later passes make (GetAttr chains, the lifted CallMethod and its unpack,
 * the method's TupleConstruct of outputs) have none, nor do nodes of the root module.
 */
const lifted = new WeakSet<Node>();

function moduleScopeName(state: TracingState, outer: TraceScope, module: TraceModule): string {
  const root = state.scopes[0]?.module;
  const path = root ? childPath(root, module) : undefined;
  const own = `__module.${path?.names.join('.') ?? ''}`;
  return outer.scopeName ? `${outer.scopeName}/${own}` : own;
}

function stampScope(g: Graph, name: string): void {
  for (const n of g.nodes) {
    if (n.scope === undefined && n.kind !== 'prim::GetAttr' && !lifted.has(n)) n.scope = name;
  }
}

// Arguments are looked up in the caller's scope without naming them there (Note [Lifted inputs]).
function outerValue(state: TracingState, t: Tensor): Value {
  return state.argumentValue(t);
}

// Note [Submodule outputs]: PyTorch lifts a traced submodule's scope block into a method whose
// outputs are the tensors defined inside and used after it, so None (MultiheadAttention's
// `(attn_output, None)`) never leaves the call. Here: the result's tensors, flattened in order.
function outputTensors(result: IValue): Tensor[] {
  if (result instanceof Tensor) return [result];
  if (result instanceof TupleValue) return result.elements.flatMap(outputTensors);
  if (Array.isArray(result)) return result.flatMap(outputTensors);
  return [];
}

// The method's outputs; returns the values inside the method that the call's outputs stand for.
function registerOutputs(state: TracingState, scope: TraceScope, result: IValue): Value[] {
  const g = scope.graph;
  const items = outputTensors(result).map((t) => state.getValue(t));
  if (items.length === 1) {
    g.registerOutput(items[0]!);
    return items;
  }
  const n = g.insert('prim::TupleConstruct', items, 1);
  n.output().setType(new TupleType(items.map((v) => v.type)));
  g.registerOutput(n.output());
  return items;
}

function addMethod(recorded: RecordedMethods[], module: TraceModule, graph: Graph): string {
  let entry = recorded.find((r) => r.module.is(module));
  if (!entry) {
    entry = { module, methods: new Map() };
    recorded.push(entry);
  }
  const n = entry.methods.size;
  const name = n === 0 ? 'forward' : `forward${n}`;
  entry.methods.set(name, graph);
  return name;
}

// The caller's values of the call's result tensors, in output order.
function mapCallOutputs(state: TracingState, node: ReturnType<Graph['create']>, result: IValue): Value[] {
  const items = outputTensors(result);
  if (items.length === 1) {
    const v = node.addOutput(TensorType.get());
    state.setValue(items[0]!, v);
    return [v];
  }
  const tuple = node.addOutput(new TupleType(items.map(() => TensorType.get())));
  // PyTorch's setValue gives the unpacked results the types of the tensors they stand for.
  const unpack = state.graph.insert('prim::TupleUnpack', [tuple], 0);
  lifted.add(unpack);
  return items.map((t) => {
    const v = unpack.addOutput(state.typeOf(t));
    state.setValue(t, v);
    return v;
  });
}
