// The objects torch.jit.trace returns: a traced function or module with .graph, .inlined_graph, .code.
import type { Graph } from '../ir/graph';
import { ClassType, FunctionType } from '../ir/types';
import { pythonPrintWithLines, type CodeLineSource, type PythonPrintOptions } from '../ir/python_print';
import type { CalleeTable } from '../passes/inline';
import { inlineCalls } from '../passes/inline';
import type { IValue } from '../runtime/ivalue';
import { ScriptObject } from '../runtime/ivalue';
import { pooledCallees } from './optimized_graph';
import { runGraph, runGraphAsync } from '../runtime/interpreter';
import type { TraceModule } from './host';
import type { Recording } from './tracer';
import type { TracerWarning } from './warnings';
import { callSiteOf } from './tracing_state';

/** `.code` and, per line, the source line that printed it (calls map to the line that made them). */
export interface PrintedCode {
  readonly code: string;
  readonly lines: readonly (CodeLineSource | undefined)[];
}

function printTraced(graph: Graph, options: PythonPrintOptions): PrintedCode {
  return pythonPrintWithLines(graph, { ...options, sourceOf: callSiteOf });
}

/** A traced function (`torch.jit.trace(fn, ...)`), PyTorch's ScriptFunction. */
export class TracedFunction {
  readonly kind = 'function' as const;
  constructor(
    readonly name: string,
    readonly graph: Graph,
    readonly warnings: readonly TracerWarning[],
    readonly callees: CalleeTable = emptyCallees,
  ) {}
  /** `.inlined_graph`: each callee's optimized graph inlined, as for modules. */
  get inlinedGraph(): Graph {
    const g = this.graph.copy();
    inlineCalls(g, pooledCallees(this.callees));
    return g;
  }
  get code(): string {
    return this.printed.code;
  }
  get printed(): PrintedCode {
    return printTraced(this.graph, { name: this.name, argNames: defaultArgNames(this.graph) });
  }
  /** Graphs of the methods this function's callees call, by `classQualifiedName.method`. */
  get methodGraphs(): Map<string, Graph> {
    return calledMethods(this.graph, this.callees);
  }
  /** Runs the graph with the IR interpreter: loops stay unrolled, branches frozen. */
  call(inputs: readonly IValue[]): IValue {
    return runGraph(this.graph, inputs, { callees: this.callees });
  }
  /** The same on the compute backend, which may read back only asynchronously (WebGPU). */
  callAsync(inputs: readonly IValue[]): Promise<IValue> {
    return runGraphAsync(this.graph, inputs, { callees: this.callees });
  }
}

/** A traced module (`torch.jit.trace(module, ...)`): one class type and method graphs per instance. */
export class TracedModule {
  readonly kind = 'module' as const;
  readonly children = new Map<string, TracedModule>();
  /** The module as the IR interpreter sees it: parameters (shared with eager) and submodules. */
  readonly object: ScriptObject;
  constructor(
    readonly module: TraceModule,
    readonly type: ClassType,
    readonly methods: Map<string, Graph>,
    readonly warnings: readonly TracerWarning[],
    readonly callees: CalleeTable,
    /** The method traced on this module: `forward`, or the one `trace_module` named. */
    readonly method = 'forward',
  ) {
    this.object = new ScriptObject(type.qualifiedName);
  }
  get graph(): Graph {
    return this.methods.get(this.method)!;
  }
  /** `.inlined_graph`: callees inlined after their own inlining and constant pooling (optimized_graph). */
  get inlinedGraph(): Graph {
    const g = this.graph.copy();
    inlineCalls(g, pooledCallees(this.callees));
    return g;
  }
  get code(): string {
    return this.printed.code;
  }
  get printed(): PrintedCode {
    return printTraced(this.graph, { name: this.method, isMethod: true, argNames: defaultArgNames(this.graph) });
  }
  /**
   * The graphs of the methods the module's forward calls, directly or through other methods,
   * by `classQualifiedName.method` (submodules traced with it, scripted or traced before).
   */
  get methodGraphs(): Map<string, Graph> {
    return calledMethods(this.graph, this.callees);
  }
  call(inputs: readonly IValue[], method = this.method): IValue {
    return runGraph(this.methodGraph(method), [this.object, ...inputs], { callees: this.callees });
  }
  /** The same on the compute backend, which may read back only asynchronously (WebGPU). */
  callAsync(inputs: readonly IValue[], method = this.method): Promise<IValue> {
    return runGraphAsync(this.methodGraph(method), [this.object, ...inputs], { callees: this.callees });
  }
  private methodGraph(name: string): Graph {
    const g = this.methods.get(name);
    if (!g) throw new Error(`no method ${name}`);
    return g;
  }
}

/** Every method graph reachable from `root` through `prim::CallMethod` and `prim::CallFunction`. */
export function calledMethods(root: Graph, callees: CalleeTable): Map<string, Graph> {
  const found = new Map<string, Graph>();
  const seen = new Set<Graph>();
  const visit = (g: Graph): void => {
    if (seen.has(g)) return;
    seen.add(g);
    for (const n of g.allNodes()) {
      if (n.kind === 'prim::CallFunction') {
        const fn = n.input(0).type;
        const callee = fn instanceof FunctionType ? callees.functionGraph(fn.qualifiedName) : undefined;
        if (callee) visit(callee);
        continue;
      }
      if (n.kind !== 'prim::CallMethod') continue;
      const cls = n.input(0).type;
      if (!(cls instanceof ClassType)) continue;
      const method = n.s('name');
      const g2 = callees.methodGraph(cls.qualifiedName, method);
      if (!g2) continue;
      found.set(`${cls.qualifiedName}.${method}`, g2);
      visit(g2);
    }
  };
  visit(root);
  return found;
}

/** A traced graph's parameter names (PyTorch's defaultSchemaFor): unnamed inputs are `argument_N`. */
function defaultArgNames(g: Graph): string[] {
  return g.inputs.map((v, i) => (v.hasDebugName() ? v.debugNameBase() : `argument_${i}`));
}

/** The compiled functions a recording calls, and what they call in turn. */
export function functionCallees(rec: Pick<Recording, 'functions'> & Partial<Pick<Recording, 'modules'>>, own: CalleeTable['methodGraph'] = () => undefined): CalleeTable {
  // Methods of scripted or traced submodules come from their own tables.
  const methodGraph: CalleeTable['methodGraph'] = (cls, m) => {
    const g = own(cls, m);
    if (g) return g;
    for (const t of rec.modules?.values() ?? []) {
      const found = t.methodGraph(cls, m);
      if (found) return found;
    }
    return undefined;
  };
  return {
    functionGraph: (name) => {
      const direct = rec.functions.get(name);
      if (direct) return direct.graph;
      for (const f of rec.functions.values()) {
        const g = f.callees?.functionGraph(name);
        if (g) return g;
      }
      return undefined;
    },
    methodGraph,
  };
}

const emptyCallees: CalleeTable = { functionGraph: () => undefined, methodGraph: () => undefined };

/** Builds the traced module tree of a recording; every module instance keeps its own type. */
export function tracedModuleOf(rec: Recording, root: TraceModule, method = 'forward'): TracedModule {
  const classes = new Map<string, Map<string, Graph>>();
  const callees = functionCallees(rec, (cls, m) => classes.get(cls)?.get(m));
  const build = (m: TraceModule, methods: Map<string, Graph>, traced = 'forward'): TracedModule => {
    const type = rec.types.typeOf(m);
    classes.set(type.qualifiedName, methods);
    const tm = new TracedModule(m, type, methods, rec.warnings, callees, traced);
    for (const [name, t] of m.tensors()) tm.object.attributes.set(name, t);
    for (const [name, child] of m.children()) {
      if (child.compiled) {
        tm.object.attributes.set(name, child.compiled.object);
        continue;
      }
      const sub = build(child, rec.methods.find((r) => r.module.is(child))?.methods ?? new Map());
      tm.children.set(name, sub);
      tm.object.attributes.set(name, sub.object);
    }
    return tm;
  };
  return build(root, new Map([[method, rec.graph]]), method);
}
