/**
 * `torch.jit.script(module_instance)`, after torch/jit/_recursive.py and
 * ModuleValue in python_sugared_value.cpp: `self` is a module whose submodules,
 * parameters, buffers and attributes are read with `prim::GetAttr` (typed from
 * the eager instance), whose `Final` attributes are constants, whose methods are
 * compiled when reached and called with `prim::CallMethod`; ModuleList and
 * Sequential iterate unrolled. `forward` and `@torch.jit.export` methods are the roots.
 */
import type { IValue as IRValue } from '../ir/attributes';
import type { Graph } from '../ir/graph';
import type { FunctionSchema } from '../ir/schema';
import { AnyType, BoolType, TensorType } from '../ir/types';
import type { Type , ClassType} from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { ModuleTypes } from './concrete_type';
import { typeOfPyValue } from './module_values';
import { moduleChildren, moduleBuffers, moduleParameters, moduleAttributes, isModuleInstance, moduleChildValues, compiledModuleOf } from '../eager/module';
import type { CompiledModule } from '../eager/module';
import type { PyInstance } from '../eager/objects';
import { PyFunction } from '../eager/objects';
import { functionSignature, parseAnnotation } from './annotations';
import { makeSchema } from './compilation_unit';
import { typesOf } from './resolver';
import type { NamedValue } from './schema_matching';
import { eagerInstanceOf } from './script_object';
import { callValue } from '../eager/calls';
import type { PyValue } from '../eager/objects';
import type { IValue } from '../runtime/ivalue';
import { ScriptObject } from '../runtime/ivalue';
import { pythonOpKey } from '../runtime/interpreter/nodes';
import type { CompilationUnit } from './compilation_unit';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import type { EagerContext } from './python_resolver';
import { constantOf } from './python_resolver';
import { matchSchemas } from './schema_matching';
import type { SugaredObject, SugaredValue } from './sugared_value';
import { simple } from './sugared_value';

/** Compiles modules of one program; one type per concrete module shape (Note [Concrete module key]). */
export class ModuleCompiler {
  private readonly types: ModuleTypes;
  constructor(
    readonly unit: CompilationUnit,
    readonly eager: EagerContext,
    /** The Python module name user classes live in (`__main__` classes get `__torch__.Name`). */
    readonly mainModule = '',
  ) {
    this.types = new ModuleTypes(
      (m) => {
        const mod = m.cls.moduleName === '__main__' ? this.mainModule : m.cls.moduleName;
        return `__torch__.${mod ? `${mod}.` : ''}${m.cls.name}`;
      },
      (m) => this.finalConstants(m),
    );
  }

  /** An eager instance of each module type, for callbacks that need one. */
  private readonly instances = new Map<string, PyInstance>();

  typeOf(m: PyInstance): ClassType {
    const t = this.types.typeOf(m);
    if (!this.instances.has(t.qualifiedName)) this.instances.set(t.qualifiedName, m);
    return t;
  }

  /** Compiles `name` of `m` (once per type); its graph and schema. */
  method(m: PyInstance, name: string, range?: SourceRange): { graph: Graph; schema: FunctionSchema } {
    const type = this.typeOf(m);
    const key = `${type.qualifiedName}.${name}`;
    const done = this.unit.methods.get(key);
    if (done) return done;
    const fn = m.cls.lookup(name);
    if (!(fn instanceof PyFunction)) throw scriptError('no-attribute', range ?? { start: { line: 1, col: 0, offset: 0 }, end: { line: 1, col: 0, offset: 0 } }, { type: m.cls.name, name });
    const source = this.eager.functionSource(fn)!;
    const compiled = this.unit.compileMethod({ ...source, name }, type, (em, v) => this.object(em, v, m));
    this.unit.methods.set(key, compiled);
    return compiled;
  }

  /** The names `torch.jit.script` compiles first: forward and exported methods. */
  roots(m: PyInstance): string[] {
    const names: string[] = [];
    if (m.cls.lookup('forward') instanceof PyFunction) names.push('forward');
    for (const c of m.cls.mro) {
      for (const [k, v] of c.dict) if (v instanceof PyFunction && v.jit.export && !names.includes(k)) names.push(k);
    }
    return names;
  }

  private finalConstants(m: PyInstance): Set<string> {
    const out = new Set<string>();
    for (const c of m.cls.mro) {
      for (const [k, e] of c.annotations) if (parseAnnotationSafe(e)) out.add(k);
      const consts = c.dict.get('__constants__');
      if (Array.isArray(consts)) for (const n of consts) if (typeof n === 'string') out.add(n);
    }
    return out;
  }

  /** `self` (or a submodule) inside a method being emitted. */
  object(em: FunctionEmitter, self: Value, m: PyInstance): SugaredObject {
    const getAttr = (name: string, type: Type, range: SourceRange): Value => {
      const v = em.b.insert1('prim::GetAttr', [self], type);
      v.node.s_('name', name);
      if (!/^\d/.test(name)) v.setDebugName(name);
      else v.setDebugName(`_${name}`);
      void range;
      return v;
    };
    const children = moduleChildren(m);
    const isTorchNn = m.cls.moduleName.startsWith('torch.nn');
    const isContainer = ['Sequential', 'ModuleList'].includes(m.cls.name) && isTorchNn;
    const isDict = m.cls.name === 'ModuleDict' && isTorchNn;
    const obj: SugaredObject = {
      kind: 'object',
      describe: m.cls.name,
      value: self,
      attr: (name, range) => this.attr(em, m, self, name, range, getAttr),
      setAttr: (name, value, range) => this.setAttr(em, m, self, name, value, range),
      call: (args, kwargs, range) => {
        const { schema } = this.method(m, 'forward', range);
        const matched = matchSchemas(em.b, [schema], range, { value: self, range }, args, kwargs);
        const n = em.b.insert('prim::CallMethod', matched.inputs, matched.returnTypes, range);
        n.s_('name', 'forward');
        return simple(n.output());
      },
      iterate: isContainer
        ? () => [...children].filter(([, c]) => c !== null).map(([k, c]) => this.object(em, getAttr(k, this.typeOf(c!), em.def.range), c!))
        : isDict
          ? () => dictItems('keys')
          : undefined,
    };
    if (!isDict) return obj;
    // Note [ModuleDict iteration]: keys are string constants, values the submodules; both unrolled.
    const dictItems = (which: 'keys' | 'values' | 'items'): SugaredValue[] =>
      [...children].filter(([, c]) => c !== null).map(([k, c]) => {
        const key: SugaredValue = { kind: 'constant', value: { kind: 'str', value: k } };
        const value = this.object(em, getAttr(k, this.typeOf(c!), em.def.range), c!);
        return which === 'keys' ? key : which === 'values' ? value : { kind: 'tuple', items: [key, value] };
      });
    const view = (which: 'keys' | 'values' | 'items'): SugaredObject => ({
      kind: 'object',
      describe: 'method',
      attr: () => undefined,
      call: () => ({ kind: 'object', describe: `ModuleDict.${which}`, attr: () => undefined, iterate: () => dictItems(which) }),
    });
    return {
      ...obj,
      attr: (name, range) => (name === 'keys' || name === 'values' || name === 'items' ? view(name) : obj.attr(name, range)),
    };
  }

  /** `self.name = value`, as ModuleValue::setAttr: only existing, non-module attributes of a matching type. */
  private setAttr(em: FunctionEmitter, m: PyInstance, self: Value, name: string, value: Value, range: SourceRange): void {
    const params = moduleParameters(m);
    const buffers = moduleBuffers(m);
    const attrs = moduleAttributes(m);
    let type: Type | undefined;
    if (params.has(name) || buffers.has(name)) type = TensorType.get();
    else if (name === 'training') type = BoolType;
    else if (attrs.has(name) && !this.finalConstants(m).has(name)) type = this.attributeType(m, name, attrs.get(name)!);
    if (!type) throw scriptError('attr-assign-missing', range, { name });
    if (!value.type.isSubtypeOf(type)) throw scriptError('attr-assign-type', range, { expected: type.annotationStr(), actual: value.type.annotationStr() });
    em.b.insert('prim::SetAttr', [self, value], [], range).s_('name', name);
  }

  /** An attribute's type: its class-level annotation (`history: List[int]`), else inferred from its value. */
  private attributeType(m: PyInstance, name: string, v: PyValue): Type | undefined {
    for (const c of m.cls.mro) {
      const e = c.annotations.get(name);
      if (e) {
        const source = [...c.dict.values()].find((f): f is PyFunction => f instanceof PyFunction);
        const resolver = source ? this.eager.functionSource(source)?.resolver : undefined;
        try {
          return parseAnnotation(e, resolver ? typesOf(resolver) : undefined).type;
        } catch {
          return undefined;
        }
      }
    }
    return typeOfPyValue(v);
  }

  private attr(
    em: FunctionEmitter,
    m: PyInstance,
    self: Value,
    name: string,
    range: SourceRange,
    getAttr: (name: string, type: Type, range: SourceRange) => Value,
  ): SugaredValue | undefined {
    const compiled = compiledModuleOf(moduleChildValues(m).get(name));
    if (compiled) return this.compiledObject(em, getAttr(name, compiled.type, range), compiled);
    const child = moduleChildren(m).get(name);
    if (child) return this.object(em, getAttr(name, this.typeOf(child), range), child);
    const params = moduleParameters(m);
    const buffers = moduleBuffers(m);
    if (params.has(name) || buffers.has(name)) {
      const t = params.get(name) ?? buffers.get(name);
      return t === null || t === undefined ? simple(em.b.none(range)) : simple(getAttr(name, TensorType.get(), range));
    }
    if (name === 'training') return simple(getAttr(name, BoolType, range));
    const attrs = moduleAttributes(m);
    if (attrs.has(name)) {
      const v = attrs.get(name)!;
      if (this.finalConstants(m).has(name)) {
        const c = constantOf(v);
        if (c) return { kind: 'constant', value: listsAsTuples(c) };
      }
      if (isModuleInstance(v)) return this.object(em, getAttr(name, this.typeOf(v as PyInstance), range), v as PyInstance);
      // A function stored on the module (TransformerEncoderLayer's `activation`) is called like a global one.
      const fn = v instanceof PyFunction ? this.eager.sugared(v) : undefined;
      if (fn) return fn;
      const type = this.attributeType(m, name, v);
      if (type) return simple(getAttr(name, type, range));
      throw scriptError('unsupported-value', range, { type: AnyType.str(), extra: ` (attribute ${name})` });
    }
    const fn = m.cls.lookup(name);
    if (fn instanceof PyFunction) return this.boundMethod(em, m, name, self);
    return undefined;
  }

  /**
   * A traced or scripted submodule (Note [Compiled submodules]): its methods are already compiled,
   * called with `prim::CallMethod` against their schemas; its graphs become this unit's callees.
   */
  private compiledObject(em: FunctionEmitter, self: Value, c: CompiledModule): SugaredObject {
    const callMethod = (name: string, args: readonly NamedValue[], kwargs: readonly NamedValue[], range: SourceRange): SugaredValue => {
      const method = c.method(name);
      if (!method) throw scriptError('no-attribute', range, { type: c.type.qualifiedName, name });
      this.unit.addExternal({ qualifiedName: `${c.type.qualifiedName}.${name}`, graph: method.graph, callees: c.callees, schema: method.schema });
      const matched = matchSchemas(em.b, [method.schema], range, { value: self, range }, args, kwargs);
      const n = em.b.insert('prim::CallMethod', matched.inputs, matched.returnTypes, range);
      n.s_('name', name);
      return simple(n.output());
    };
    return {
      kind: 'object',
      describe: c.type.qualifiedName,
      value: self,
      attr: (name) => (c.method(name) ? { kind: 'object', describe: 'method', attr: () => undefined, call: (a, kw, r) => callMethod(name, a, kw, r) } : undefined),
      call: (args, kwargs, range) => callMethod('forward', args, kwargs, range),
    };
  }

  // The arguments of a call to an ignored or unused method, matched against its annotations
  // (unannotated means Tensor).
  private matchPythonMethod(
    em: FunctionEmitter,
    fn: PyFunction,
    name: string,
    self: Value,
    args: readonly NamedValue[],
    kwargs: readonly NamedValue[],
    range: SourceRange,
  ): ReturnType<typeof matchSchemas> {
    const source = this.eager.functionSource(fn)!;
    const sig = functionSignature(source.def, true, typesOf(source.resolver));
    const schema = makeSchema(name, [{ name: 'self', type: self.type, default: null }, ...sig.params], sig.returns ?? TensorType.get());
    return matchSchemas(em.b, [schema], range, { value: self, range }, args, kwargs);
  }

  /**
   * A call of an `@torch.jit.unused` method raises where it is made, as PyTorch's PythonValue::call
   * for a dropped function: the arguments are still checked, the result is uninitialized.
   */
  private unusedCall(em: FunctionEmitter, fn: PyFunction, name: string, self: Value, args: readonly NamedValue[], kwargs: readonly NamedValue[], range: SourceRange): SugaredValue {
    const matched = this.matchPythonMethod(em, fn, name, self, args, kwargs, range);
    const message = em.b.constant({ kind: 'str', value: 'This Python function is annotated to be ignored and cannot be run' }, range);
    em.b.insert('prim::RaiseException', [message, em.b.none()], [], range);
    em.raisingBlocks.add(em.graph.insertBlock());
    return simple(em.b.uninitialized(matched.returnTypes[0] ?? TensorType.get()));
  }

  /**
   * An `@torch.jit.ignore` method stays Python: a prim::PythonOp typed by its annotations,
   * run by calling back into the eager interpreter (Note [Python ops]).
   */
  private pythonOp(em: FunctionEmitter, fn: PyFunction, name: string, self: Value, args: readonly NamedValue[], kwargs: readonly NamedValue[], range: SourceRange): SugaredValue {
    const matched = this.matchPythonMethod(em, fn, name, self, args, kwargs, range);
    const n = em.b.insert('prim::PythonOp', matched.inputs, matched.returnTypes, range);
    n.s_('name', name);
    const owner = this.instances.get((self.type as ClassType).qualifiedName);
    const it = this.eager.interpreter;
    this.unit.pythonOps.set(pythonOpKey(n), (actuals) => {
      const target = eagerSelf(actuals[0], owner!);
      return callValue(it, fn, [target, ...actuals.slice(1)] as PyValue[], new Map()) as IValue;
    });
    return simple(n.output());
  }

  private boundMethod(em: FunctionEmitter, m: PyInstance, name: string, self: Value): SugaredValue {
    const fn = m.cls.lookup(name) as PyFunction;
    return {
      kind: 'object',
      describe: 'method',
      attr: () => undefined,
      call: (args, kwargs, range) => {
        if (fn.jit.ignore && !fn.jit.unused) return this.pythonOp(em, fn, name, self, args, kwargs, range);
        if (fn.jit.unused) return this.unusedCall(em, fn, name, self, args, kwargs, range);
        const { schema } = this.method(m, name, range);
        const matched = matchSchemas(em.b, [schema], range, { value: self, range }, args, kwargs);
        const n = em.b.insert('prim::CallMethod', matched.inputs, matched.returnTypes, range);
        n.s_('name', name);
        return simple(n.output());
      },
    };
  }
}

function eagerSelf(v: IValue | undefined, fallback: PyInstance): PyInstance {
  return (v instanceof ScriptObject ? eagerInstanceOf(v) : undefined) ?? fallback;
}

function parseAnnotationSafe(e: Parameters<typeof parseAnnotation>[0]): boolean {
  try {
    return parseAnnotation(e).final;
  } catch {
    return false;
  }
}

// A module constant's lists become tuples (torch.jit._recursive's _get_valid_constant).
function listsAsTuples(c: IRValue): IRValue {
  return c.kind === 'list' || c.kind === 'tuple' ? { kind: 'tuple', items: c.items.map(listsAsTuples) } : c;
}
