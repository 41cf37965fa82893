/**
 * Scripted functions and modules as Python values of the eager interpreter (PyTorch's
 * ScriptFunction, RecursiveScriptModule and ScriptMethod): callable through the IR interpreter
 * with their compilation unit as callee table, with `.graph`, `.inlined_graph` and `.code`.
 */
import type { Graph } from '../ir/graph';
import { pythonPrint } from '../ir/python_print';
import { FunctionSchema } from '../ir/schema';
import { bindArguments } from '../ops';
import type { IValue } from '../runtime/ivalue';
import { ScriptObject } from '../runtime/ivalue';
import { runGraph } from '../runtime/interpreter';
import { type CompiledFunction, type Interpreter, PyBuiltin, type PyInstance, PyNative, type PyValue, moduleChildren, pyError } from '../eager';
import type { CompilationUnit, ScriptFunction } from '../script/compilation_unit';
import type { ModuleCompiler } from '../script/module';
import { GraphObject } from './traced_objects';
import { compiledModuleOf, moduleChildValues, registerCompiledModule } from '../eager/module';

/** Binds a Python call to `schema` (positional, keywords, defaults) as the IR interpreter takes it. */
function bind(schema: FunctionSchema, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, skipSelf: boolean): IValue[] {
  const s = skipSelf ? new FunctionSchema(schema.name, schema.overloadName, schema.arguments.slice(1), schema.returns) : schema;
  const bound = bindArguments(s, args as IValue[], kwargs as ReadonlyMap<string, IValue>);
  if (!bound) {
    const names = s.arguments.map((a) => a.name).join(', ');
    throw pyError('RuntimeError', `${schema.name}() expected arguments (${names}) but got ${args.length} positional and ${kwargs.size} keyword arguments`);
  }
  return bound;
}

/** A compiled function's `.graph`, `.inlined_graph` and `.code`, shared by functions and methods. */
function graphAttribute(name: string, graph: Graph, schema: FunctionSchema, unit: CompilationUnit): PyValue | undefined {
  switch (name) {
    case 'graph':
      return new GraphObject(graph);
    case 'inlined_graph':
      return new GraphObject(unit.inlined(graph));
    case 'code':
      return pythonPrint(graph, { name: schema.name, schema });
    case 'schema':
      return schema.toString();
  }
  return undefined;
}

/** `torch.jit.script(fn)`: a ScriptFunction. */
export class ScriptFunctionObject extends PyNative {
  readonly typeName = 'ScriptFunction';
  constructor(
    readonly fn: ScriptFunction,
    readonly unit: CompilationUnit,
  ) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'name') return this.fn.name;
    return graphAttribute(name, this.fn.graph, this.fn.schema, this.unit);
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    return runGraph(this.fn.graph, bind(this.fn.schema, args, kwargs, false), { callees: this.unit }) as PyValue;
  }
  /** The graph a trace records a `prim::CallFunction` of, and its schema for scripted callers. */
  override compiledFunction(): CompiledFunction & { readonly schema: FunctionSchema } {
    return { qualifiedName: `__torch__.${this.fn.name}`, graph: this.fn.graph, callees: this.unit, schema: this.fn.schema };
  }
  override repr(): string {
    return '<torch.jit.ScriptFunction object at 0x7f0000000000>';
  }
}

/** What a scripted module tree shares: its unit, its types and the interpreter it came from. */
export interface ScriptedModuleContext {
  readonly unit: CompilationUnit;
  readonly compiler: ModuleCompiler;
  readonly interpreter: Interpreter;
}

/** A compiled method bound to its module (`scripted.forward`). */
export class ScriptMethodObject extends PyNative {
  readonly typeName = 'ScriptMethod';
  constructor(
    readonly owner: RecursiveScriptModuleObject,
    readonly method: { graph: Graph; schema: FunctionSchema },
  ) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'name') return this.method.schema.name;
    if (name === 'owner') return this.owner;
    return graphAttribute(name, this.method.graph, this.method.schema, this.owner.ctx.unit);
  }
  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    const inputs = bind(this.method.schema, args, kwargs, true);
    return runGraph(this.method.graph, [this.owner.object, ...inputs], { callees: this.owner.ctx.unit }) as PyValue;
  }
  override repr(): string {
    return `<torch.ScriptMethod object at 0x7f0000000000>`;
  }
}

// nn.Module methods a scripted module answers through its eager instance.
const EAGER_METHODS = new Set(['parameters', 'named_parameters', 'buffers', 'named_buffers', 'state_dict', 'modules', 'named_modules', 'children', 'named_children']);

/** `torch.jit.script(module)`: a RecursiveScriptModule over the instance's ScriptObject mirror. */
export class RecursiveScriptModuleObject extends PyNative {
  readonly typeName = 'RecursiveScriptModule';
  constructor(
    readonly ctx: ScriptedModuleContext,
    readonly instance: PyInstance,
    readonly object: ScriptObject,
  ) {
    super();
    registerCompiledModule(this, {
      eagerModule: instance,
      type: ctx.compiler.typeOf(instance),
      object,
      callees: ctx.unit,
      method: (name) => this.compiledMethod(name),
    });
  }

  private compiledMethod(name: string): { graph: Graph; schema: FunctionSchema } | undefined {
    return this.ctx.unit.methods.get(`${this.object.className}.${name}`);
  }

  override getAttr(name: string): PyValue | undefined {
    const forward = this.compiledMethod('forward');
    if (forward && ['graph', 'inlined_graph', 'code', 'schema'].includes(name)) return graphAttribute(name, forward.graph, forward.schema, this.ctx.unit);
    if (name === 'original_name') return this.instance.cls.name;
    const method = this.compiledMethod(name);
    if (method) return new ScriptMethodObject(this, method);
    const compiled = moduleChildValues(this.instance).get(name);
    if (compiledModuleOf(compiled)) return compiled;
    const child = moduleChildren(this.instance).get(name);
    const sub = this.object.attributes.get(name);
    if (child && sub instanceof ScriptObject) return new RecursiveScriptModuleObject(this.ctx, child, sub);
    if (this.object.attributes.has(name)) return sub as PyValue;
    const it = this.ctx.interpreter;
    if (EAGER_METHODS.has(name) || name === 'eval' || name === 'train') {
      const eager = it.getAttr(this.instance, name);
      if (name !== 'eval' && name !== 'train') return eager;
      return new PyBuiltin(name, (a, kw) => {
        it.call(eager, a, kw);
        this.object.attributes.set('training', name === 'train' ? (a[0] ?? true) !== false : false);
        return this;
      });
    }
    // `@torch.jit.ignore` methods and plain Python attributes stay eager.
    return it.tryGetAttr(this.instance, name);
  }

  override setAttr(name: string, value: PyValue): boolean {
    if (!this.object.attributes.has(name) || this.object.attributes.get(name) instanceof ScriptObject) return false;
    this.object.attributes.set(name, value as IValue);
    this.ctx.interpreter.setAttr(this.instance, name, value);
    return true;
  }

  override call(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
    const forward = this.compiledMethod('forward');
    if (!forward) throw pyError('RuntimeError', `Method 'forward' is not defined`);
    return new ScriptMethodObject(this, forward).call(args, kwargs);
  }

  override repr(): string {
    const lines: string[] = [];
    for (const [k, child] of moduleChildren(this.instance)) {
      const sub = this.object.attributes.get(k);
      const compiled = moduleChildValues(this.instance).get(k);
      if (compiledModuleOf(compiled)) lines.push(`(${k}): ${((compiled as PyNative).repr?.() ?? '').split('\n').join('\n  ')}`);
      else if (child && sub instanceof ScriptObject) lines.push(`(${k}): ${new RecursiveScriptModuleObject(this.ctx, child, sub).repr().split('\n').join('\n  ')}`);
    }
    const name = this.instance.cls.name;
    if (lines.length === 0) return `RecursiveScriptModule(original_name=${name})`;
    return `RecursiveScriptModule(\n  original_name=${name}\n  ${lines.join('\n  ')}\n)`;
  }
}
