/**
 * Traced functions and modules as Python values of the eager interpreter (PyTorch's
 * ScriptFunction, TopLevelTracedModule and TracedModule), and the TraceModule view of an
 * eager nn.Module instance that the tracer records against.
 */
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { printNode } from '../ir/printer';
import type { IValue } from '../runtime/ivalue';
import { PyInstance } from '../eager';
import { type CompiledFunction, PyBuiltin, PyNative, type PyValue, moduleBuffers, moduleChildren, moduleParameters, pyError, tupleOf } from '../eager';
import type { TraceModule } from '../trace/host';
import type { TracedFunction, TracedModule } from '../trace/traced';
import type { Tensor } from '../runtime/tensor';
import { FunctionSchema, Argument } from '../ir/schema';
import { unshapedType } from '../ir/unify';
import { compiledModuleOf, moduleChildValues, registerCompiledModule } from '../eager/module';

const views = new WeakMap<PyInstance | PyNative, TraceModule>();

/**
 * The tracer's view of a traced or scripted module object: a leaf the trace calls with
 * prim::CallMethod (Note [Compiled submodules] in src/eager/module.ts).
 */
export function compiledTraceModuleOf(obj: PyNative): TraceModule | undefined {
  const c = compiledModuleOf(obj);
  if (!c) return undefined;
  const known = views.get(obj);
  if (known) return known;
  const view: TraceModule = {
    pythonName: `${c.eagerModule.cls.moduleName}.${c.eagerModule.cls.name}`,
    children: () => [],
    tensors: () => [],
    is: (other) => other === view,
    compiled: {
      type: c.type,
      object: c.object,
      callees: c.callees,
      hasGradParameters: namedTensors(c.eagerModule, moduleParameters).some(([, t]) => t.requiresGrad),
      returnType: (name) => {
        const returns = c.method(name)?.schema.returns ?? [];
        return returns.length === 1 ? returns[0]!.type : undefined;
      },
    },
  };
  views.set(obj, view);
  return view;
}

/** The tracer's view of an eager module instance; one view per instance, so `is` is identity. */
export function traceModuleOf(m: PyInstance): TraceModule {
  const known = views.get(m);
  if (known) return known;
  const child = (v: PyValue): TraceModule | undefined => (v instanceof PyNative ? compiledTraceModuleOf(v) : v instanceof PyInstance ? traceModuleOf(v) : undefined);
  const view: TraceModule = {
    pythonName: `${m.cls.moduleName}.${m.cls.name}`,
    children: () => [...moduleChildValues(m)].flatMap(([k, v]) => {
      const c = child(v);
      return c ? [[k, c] as const] : [];
    }),
    tensors: () => [...moduleParameters(m), ...moduleBuffers(m)].filter((e): e is [string, Tensor] => e[1] !== null),
    is: (other) => other === view,
  };
  views.set(m, view);
  return view;
}

/** A node of a `.graph` (torch._C.Node): `kind()`, and prints as its line of the graph. */
export class NodeObject extends PyNative {
  readonly typeName = 'Node';
  constructor(readonly node: Node) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'kind') return new PyBuiltin('kind', () => this.node.kind);
    return undefined;
  }
  override repr(): string {
    return printNode(this.node);
  }
}

/** `traced.graph`: prints as PyTorch's `str(graph)`; findNode/findAllNodes search it like torch._C.Graph. */
export class GraphObject extends PyNative {
  readonly typeName = 'Graph';
  constructor(readonly graph: Graph) {
    super();
  }
  /** Nodes of `kind` in program order; nested blocks only when `recurse` (PyTorch's default). */
  private find(args: PyValue[], kwargs: Map<string, PyValue>): Node[] {
    const kind = args[0] ?? kwargs.get('kind');
    if (typeof kind !== 'string') throw pyError('TypeError', 'findNode(): the node kind must be a str');
    const recurse = (args[1] ?? kwargs.get('recurse') ?? true) !== false;
    const nodes = recurse ? this.graph.allNodes() : this.graph.nodes;
    return nodes.filter((n) => n.kind === kind);
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'findNode':
        return new PyBuiltin(name, (a, kw) => {
          const n = this.find(a, kw)[0];
          return n === undefined ? null : new NodeObject(n);
        });
      case 'findAllNodes':
        return new PyBuiltin(name, (a, kw) => this.find(a, kw).map((n) => new NodeObject(n)));
      case 'nodes':
        return new PyBuiltin(name, () => this.graph.nodes.map((n) => new NodeObject(n)));
    }
    return undefined;
  }
  override repr(): string {
    return this.graph.toString();
  }
}

/**
 * Arguments of a call from eager code, as the IR interpreter takes them: keywords bind by the
 * traced schema's parameter names (`inner(x, y=z)`); `skip` leaves out `self`.
 */
function ivalues(args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, what: string, graph: Graph, skip = 0): IValue[] {
  if (kwargs.size === 0) return args as IValue[];
  const schema = tracedSchema(what, graph);
  const params = schema.arguments.slice(skip);
  const out = [...args] as IValue[];
  for (const p of params.slice(args.length)) {
    const v = kwargs.get(p.name);
    if (v === undefined) throw pyError('RuntimeError', `${what}() is missing value for argument '${p.name}'. Declaration: ${schema.toString()}`);
    out.push(v as IValue);
  }
  const unknown = [...kwargs.keys()].find((k) => !params.slice(args.length).some((p) => p.name === k));
  if (unknown !== undefined) throw pyError('RuntimeError', `${what}() got an unexpected keyword argument '${unknown}'`);
  return out;
}

/** The attributes a ScriptFunction and a ScriptMethod share: `.graph`, `.inlined_graph`, `.code`, `.name`. */
function scriptFunctionAttr(name: string, traced: { readonly graph: Graph; readonly inlinedGraph: Graph; readonly code: string }, fnName: string): PyValue | undefined {
  switch (name) {
    case 'graph':
      return new GraphObject(traced.graph);
    case 'inlined_graph':
      return new GraphObject(traced.inlinedGraph);
    case 'code':
      return traced.code;
    case 'name':
    case '__name__':
      return fnName;
  }
  return undefined;
}

/** `torch.jit.trace(fn, ...)`: a ScriptFunction. */
export class TracedFunctionObject extends PyNative {
  readonly typeName = 'ScriptFunction';
  constructor(readonly traced: TracedFunction) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    return scriptFunctionAttr(name, this.traced, this.traced.name);
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    return this.traced.call(ivalues(args, kwargs, this.traced.name, this.traced.graph)) as PyValue;
  }
  override compiledFunction(): CompiledFunction {
    return { qualifiedName: `__torch__.${this.traced.name}`, graph: this.traced.graph, callees: this.traced.callees };
  }
  override repr(): string {
    return `<torch.jit.ScriptFunction object at 0x7f0000000000>`;
  }
}

/** `traced.encode` for a method `trace_module` traced: a ScriptMethod. */
class TracedMethodObject extends PyNative {
  readonly typeName = 'ScriptMethod';
  constructor(readonly traced: TracedModule) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    return scriptFunctionAttr(name, this.traced, this.traced.method);
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    return this.traced.call(ivalues(args, kwargs, this.traced.method, this.traced.graph, 1)) as PyValue;
  }
}

/** `torch.jit.trace(module, ...)`: a TopLevelTracedModule whose submodules are TracedModules. */
export class TracedModuleObject extends PyNative {
  readonly typeName: string;
  constructor(
    readonly traced: TracedModule,
    readonly instance: PyInstance,
    topLevel = true,
  ) {
    super();
    this.typeName = topLevel ? 'TopLevelTracedModule' : 'TracedModule';
    registerCompiledModule(this, {
      eagerModule: instance,
      type: traced.type,
      object: traced.object,
      callees: traced.callees,
      method: (name) => {
        const graph = traced.methods.get(name);
        return graph && { graph, schema: tracedSchema(name, graph) };
      },
    });
  }
  override getAttr(name: string): PyValue | undefined {
    const t = this.traced;
    switch (name) {
      case 'graph':
        return new GraphObject(t.graph);
      case 'inlined_graph':
        return new GraphObject(t.inlinedGraph);
      case 'code':
        return t.code;
      case 'original_name':
        return this.instance.cls.name;
      case 'forward':
        return new PyBuiltin('forward', (a, kw) => this.call(a, kw));
      case 'named_parameters':
        return new PyBuiltin(name, () => namedTensors(this.instance, moduleParameters).map(([k, v]) => tupleOf([k, v])));
      case 'parameters':
        return new PyBuiltin(name, () => namedTensors(this.instance, moduleParameters).map(([, v]) => v));
      case 'named_buffers':
        return new PyBuiltin(name, () => namedTensors(this.instance, moduleBuffers).map(([k, v]) => tupleOf([k, v])));
      case 'buffers':
        return new PyBuiltin(name, () => namedTensors(this.instance, moduleBuffers).map(([, v]) => v));
    }
    // A method trace_module traced (`encode`): a ScriptMethod with its graph and code.
    if (name === t.method && name !== 'forward') return new TracedMethodObject(t);
    const child = t.children.get(name);
    const sub = moduleChildren(this.instance).get(name);
    if (child && sub) return new TracedModuleObject(child, sub, false);
    const compiled = moduleChildValues(this.instance).get(name);
    if (compiledModuleOf(compiled)) return compiled;
    const attr = t.object.attributes.get(name);
    return attr === undefined ? undefined : (attr as PyValue);
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    return this.traced.call(ivalues(args, kwargs, 'forward', this.traced.graph, 1)) as PyValue;
  }
  override repr(): string {
    return reprTraced(this.traced, this.instance);
  }
}

/** Module.named_parameters() order: own tensors first, then each child's with its prefix, each tensor once. */
function namedTensors(m: PyInstance, own: (m: PyInstance) => Map<string, Tensor | null>, prefix = '', seen = new Set<Tensor>()): [string, Tensor][] {
  const out: [string, Tensor][] = [];
  for (const [k, t] of own(m)) {
    if (t === null || seen.has(t)) continue;
    seen.add(t);
    out.push([prefix + k, t]);
  }
  for (const [k, child] of moduleChildren(m)) if (child !== null) out.push(...namedTensors(child, own, `${prefix}${k}.`, seen));
  return out;
}

/**
 * A traced method's schema, as PyTorch derives it from the graph (defaultSchemaFor): inputs and
 * outputs with their shapes dropped, unnamed inputs `argument_N`.
 */
function tracedSchema(name: string, g: Graph): FunctionSchema {
  const args = g.inputs.map((v, i) => new Argument(v.hasDebugName() ? v.debugNameBase() : `argument_${i}`, { type: unshapedType(v.type) }, false));
  const returns = g.outputs.map((v) => new Argument('', { type: unshapedType(v.type) }, false));
  return new FunctionSchema(name, '', args, returns);
}

// ScriptModule's repr: `Name(original_name=Name)` or the nested form with its submodules.
function reprTraced(t: TracedModule, m: PyInstance): string {
  const name = m.cls.name;
  const lines = [...moduleChildValues(m)].flatMap(([k, value]) => {
    const child = t.children.get(k);
    const sub = moduleChildren(m).get(k);
    const shown = child && sub ? reprTraced(child, sub) : compiledModuleOf(value) ? (value as PyNative).repr?.() : undefined;
    return shown === undefined ? [] : [`(${k}): ${shown.split('\n').join('\n  ')}`];
  });
  if (lines.length === 0) return `${name}(original_name=${name})`;
  return `${name}(\n  original_name=${name}\n  ${lines.join('\n  ')}\n)`;
}
