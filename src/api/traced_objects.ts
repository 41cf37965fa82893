/**
 * Traced functions and modules as Python values of the eager interpreter (PyTorch's
 * ScriptFunction, TopLevelTracedModule and TracedModule), and the TraceModule view of an
 * eager nn.Module instance that the tracer records against.
 */
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { printNode } from '../ir/printer';
import type { IValue } from '../runtime/ivalue';
import type { PyInstance} from '../eager';
import { type CompiledFunction, PyBuiltin, PyNative, type PyValue, moduleBuffers, moduleChildren, moduleParameters, pyError, tupleOf } from '../eager';
import type { TraceModule } from '../trace/host';
import type { TracedFunction, TracedModule } from '../trace/traced';
import type { Tensor } from '../runtime/tensor';

const views = new WeakMap<PyInstance, TraceModule>();

/** The tracer's view of an eager module instance; one view per instance, so `is` is identity. */
export function traceModuleOf(m: PyInstance): TraceModule {
  const known = views.get(m);
  if (known) return known;
  const view: TraceModule = {
    pythonName: `${m.cls.moduleName}.${m.cls.name}`,
    children: () => [...moduleChildren(m)].filter((e): e is [string, PyInstance] => e[1] !== null).map(([k, c]) => [k, traceModuleOf(c)] as const),
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

/** Arguments of a call from eager code, as the IR interpreter takes them. */
function ivalues(args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, what: string): IValue[] {
  if (kwargs.size > 0) throw pyError('RuntimeError', `${what}() got unexpected keyword arguments: ${[...kwargs.keys()].join(', ')}`);
  return args as IValue[];
}

/** `torch.jit.trace(fn, ...)`: a ScriptFunction. */
export class TracedFunctionObject extends PyNative {
  readonly typeName = 'ScriptFunction';
  constructor(readonly traced: TracedFunction) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'graph':
        return new GraphObject(this.traced.graph);
      case 'inlined_graph':
        return new GraphObject(this.traced.inlinedGraph);
      case 'code':
        return this.traced.code;
      case 'name':
      case '__name__':
        return this.traced.name;
    }
    return undefined;
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    return this.traced.call(ivalues(args, kwargs, this.traced.name)) as PyValue;
  }
  override compiledFunction(): CompiledFunction {
    return { qualifiedName: `__torch__.${this.traced.name}`, graph: this.traced.graph, callees: this.traced.callees };
  }
  override repr(): string {
    return `<torch.jit.ScriptFunction object at 0x7f0000000000>`;
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
    const child = t.children.get(name);
    const sub = moduleChildren(this.instance).get(name);
    if (child && sub) return new TracedModuleObject(child, sub, false);
    const attr = t.object.attributes.get(name);
    return attr === undefined ? undefined : (attr as PyValue);
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    return this.traced.call(ivalues(args, kwargs, 'forward')) as PyValue;
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

// ScriptModule's repr: `Name(original_name=Name)` or the nested form with its submodules.
function reprTraced(t: TracedModule, m: PyInstance): string {
  const name = m.cls.name;
  const lines = [...t.children].flatMap(([k, child]) => {
    const sub = moduleChildren(m).get(k);
    if (!sub) return [];
    return [`(${k}): ${reprTraced(child, sub).split('\n').join('\n  ')}`];
  });
  if (lines.length === 0) return `${name}(original_name=${name})`;
  return `${name}(\n  original_name=${name}\n  ${lines.join('\n  ')}\n)`;
}
