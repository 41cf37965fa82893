/**
 * The functions compiled together (PyTorch's CompilationUnit): each user
 * function is compiled once, on first call, with its schema for callers.
 */
import type { Expr, FunctionDef } from '../lang/ast';
import type { Graph } from '../ir/graph';
import { Argument, FunctionSchema } from '../ir/schema';
import type { Type } from '../ir/types';
import type { SignatureParam } from './annotations';
import type { SourceRange } from '../lang/source';
import { inlineCalls } from '../passes/inline';
import type { PythonCallable, RuntimeCallees } from '../runtime/interpreter';
import { optimizedGraph, runCleanupPasses } from './cleanup';
import { ScriptError, scriptError } from './errors';
import type { SourceWindow } from './errors';
import { FunctionEmitter } from './ir_emitter';
import type { OperatorSource } from './operators';
import type { ExternalFunction, FunctionSource, SugaredValue } from './sugared_value';
import type { Value } from '../ir/value';
import { ScriptClass } from './script_class';
import type { ClassSource } from './script_class';

/** A compiled function: its graph and the schema callers match against. */
export interface ScriptFunction {
  readonly name: string;
  readonly graph: Graph;
  readonly schema: FunctionSchema;
  readonly source: FunctionSource;
}

/** The text a default value is written as in a schema (`None`, `-1`, `0.5`, `"mean"`). */
function defaultText(e: Expr | null): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'Constant') {
    switch (e.type) {
      case 'int':
      case 'float':
        return e.raw;
      case 'str':
        return JSON.stringify(e.value);
      case 'bool':
        return e.value ? 'True' : 'False';
      case 'None':
        return 'None';
    }
  }
  if (e.kind === 'UnaryOp' && e.op === 'USub') {
    const inner = defaultText(e.operand);
    return inner === undefined ? undefined : `-${inner}`;
  }
  if (e.kind === 'List' || e.kind === 'Tuple') {
    const items = e.elts.map(defaultText);
    return items.every((x) => x !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  return undefined;
}

export function makeSchema(name: string, params: readonly SignatureParam[], returns: Type): FunctionSchema {
  const args = params.map((p) => new Argument(p.name, p.annotated ?? { type: p.type }, false, defaultText(p.default)));
  return new FunctionSchema(name, '', args, [new Argument('', { type: returns }, false)]);
}

/** The lines of `def` (decorators included) as inspect.getsource returns them. */
export function functionWindow(def: FunctionDef, text: string, fileName: string): SourceWindow {
  const firstLine = Math.min(def.range.start.line, ...def.decoratorList.map((d) => d.range.start.line));
  const start = lineStart(text, firstLine);
  let end = def.range.end.offset;
  while (end < text.length && text[end] !== '\n') end++;
  if (end < text.length) end++;
  return { text, fileName, start, end };
}

function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

// The error's own range and the call sites recorded while it left this function point into `window`.
function setWindows(e: ScriptError, window: SourceWindow): void {
  e.window ??= window;
  for (const call of e.callStack) call.window ??= window;
}

export class CompilationUnit implements RuntimeCallees {
  private readonly compiled = new Map<FunctionDef, ScriptFunction | 'compiling'>();
  private readonly byName = new Map<string, ScriptFunction>();
  /** Compiled methods by `classQualifiedName.method` (see module.ts). */
  readonly methods = new Map<string, { graph: Graph; schema: FunctionSchema }>();

  constructor(readonly ops: OperatorSource) {}

  /** Script classes by qualified name (script_class.ts). */
  readonly classes = new Map<string, ScriptClass>();

  /** The class of `source`, registered on first use. */
  scriptClass(source: ClassSource): ScriptClass {
    let c = this.classes.get(source.type.qualifiedName);
    if (!c) {
      c = new ScriptClass(this, source);
      this.classes.set(source.type.qualifiedName, c);
    }
    return c;
  }

  /** Callbacks of prim::PythonOp nodes by key (Note [Python ops] in the interpreter). */
  readonly pythonOps = new Map<string, PythonCallable>();

  pythonOp(key: string): PythonCallable | undefined {
    return this.pythonOps.get(key);
  }

  private readonly optimized = new Map<Graph, Graph>();

  // Callees are inlined in their optimized form, as PyTorch inlines Function::optimized_graph().
  private optimizedOf(g: Graph | undefined): Graph | undefined {
    if (!g) return undefined;
    let o = this.optimized.get(g);
    if (!o) {
      o = optimizedGraph(g, (copy) => inlineCalls(copy, this));
      this.optimized.set(g, o);
    }
    return o;
  }

  private readonly external = new Map<string, ExternalFunction>();

  /** Makes a function compiled elsewhere callable from this unit's graphs (Note [External callees]). */
  addExternal(fn: ExternalFunction): void {
    this.external.set(fn.qualifiedName, fn);
  }

  // Note [External callees]: a traced or previously scripted function keeps its own callee
  // table; names this unit does not know are looked up there.
  functionGraph(qualifiedName: string): Graph | undefined {
    const own = this.byName.get(qualifiedName)?.graph ?? this.external.get(qualifiedName)?.graph;
    if (own) return this.optimizedOf(own);
    for (const e of this.external.values()) {
      const g = e.callees?.functionGraph(qualifiedName);
      if (g) return g;
    }
    return undefined;
  }

  methodGraph(classQualifiedName: string, method: string): Graph | undefined {
    const own = this.methods.get(`${classQualifiedName}.${method}`)?.graph;
    if (own) return this.optimizedOf(own);
    for (const e of this.external.values()) {
      const g = e.callees?.methodGraph(classQualifiedName, method);
      if (g) return g;
    }
    return undefined;
  }

  /** A copy of `graph` with every call inlined (`.inlined_graph`). */
  inlined(graph: Graph): Graph {
    const copy = graph.copy();
    inlineCalls(copy, this);
    return copy;
  }

  /** Compiles `fn` once; a ScriptError from its body carries its source window. */
  compileFunction(fn: FunctionSource, callRange?: SourceRange): ScriptFunction {
    const done = this.compiled.get(fn.def);
    if (done === 'compiling') throw scriptError('unsupported-syntax', callRange ?? fn.def.range, { what: 'Recursive calls' });
    if (done) return done;
    this.compiled.set(fn.def, 'compiling');
    try {
      const em = new FunctionEmitter(this, fn.def, fn.resolver, fn.fileName);
      const sig = em.emitFunction();
      runCleanupPasses(em.graph);
      const result: ScriptFunction = { name: fn.name, graph: em.graph, schema: makeSchema(fn.name, sig.params, sig.returns ?? em.graph.outputs[0]!.type), source: fn };
      this.compiled.set(fn.def, result);
      this.byName.set(fn.name, result);
      if (fn.qualifiedName) this.byName.set(fn.qualifiedName, result);
      return result;
    } catch (e) {
      this.compiled.delete(fn.def);
      if (e instanceof ScriptError) setWindows(e, functionWindow(fn.def, fn.text, fn.fileName));
      throw e;
    }
  }

  /** Compiles a method whose `self` is a module (see module.ts). */
  compileMethod(
    fn: FunctionSource,
    selfType: Type,
    self: (em: FunctionEmitter, v: Value) => SugaredValue,
  ): { graph: Graph; schema: FunctionSchema } {
    try {
      const em = new FunctionEmitter(this, fn.def, fn.resolver, fn.fileName, self);
      const sig = em.emitFunction(selfType);
      runCleanupPasses(em.graph);
      const schema = makeSchema(fn.name, [{ name: 'self', type: selfType, default: null }, ...sig.params], sig.returns ?? em.graph.outputs[0]!.type);
      return { graph: em.graph, schema };
    } catch (e) {
      if (e instanceof ScriptError) setWindows(e, functionWindow(fn.def, fn.text, fn.fileName));
      throw e;
    }
  }
}
