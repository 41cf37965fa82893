/**
 * `@torch.jit.script` classes (and user classes script code uses), after
 * torch/csrc/jit/frontend/ir_emitter.cpp's class support: a ClassType whose attributes
 * are defined by the assignments to `self` in `__init__`; construction is
 * `prim::CreateObject` + `prim::CallMethod[name="__init__"]`, attributes are
 * `prim::GetAttr`/`prim::SetAttr`, methods are `prim::CallMethod`.
 */
import type { Type } from '../ir/types';
import { ClassType, NoneType } from '../ir/types';
import type { Graph } from '../ir/graph';
import type { FunctionSchema } from '../ir/schema';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import type { CompilationUnit } from './compilation_unit';
import { scriptError } from './errors';
import type { FunctionEmitter } from './ir_emitter';
import { matchSchemas } from './schema_matching';
import type { NamedValue } from './schema_matching';
import type { FunctionSource, SugaredValue } from './sugared_value';
import { simple } from './sugared_value';

/** What the resolver knows of a user class: its type and its methods' sources. */
export interface ClassSource {
  readonly type: ClassType;
  readonly methods: ReadonlyMap<string, FunctionSource>;
  /** `@staticmethod`s: called through the class like free functions (`Cls.f(x)`). */
  readonly statics?: ReadonlyMap<string, FunctionSource>;
}

/** A class being compiled: attribute types fill in while `__init__` compiles. */
export class ScriptClass {
  readonly attributes = new Map<string, Type>();
  private initializing = false;

  constructor(
    private readonly unit: CompilationUnit,
    readonly source: ClassSource,
  ) {}

  get type(): ClassType {
    return this.source.type;
  }

  /** Compiles `name` once, as a method of this class; `__init__` first, as it defines the attributes. */
  method(name: string, range: SourceRange): { graph: Graph; schema: FunctionSchema } {
    const key = `${this.type.qualifiedName}.${name}`;
    const done = this.unit.methods.get(key);
    if (done) return done;
    const fn = this.source.methods.get(name);
    if (!fn) throw scriptError('no-attribute', range, { type: this.type.qualifiedName, name });
    if (name === '__init__') this.initializing = true;
    try {
      const compiled = this.unit.compileMethod(fn, this.type, (_em, v) => simple(v));
      this.unit.methods.set(key, compiled);
      return compiled;
    } finally {
      if (name === '__init__') this.initializing = false;
    }
  }

  /** Records or checks the type of `self.name = value` (new attributes only in `__init__`). */
  setAttribute(name: string, type: Type, range: SourceRange): void {
    const known = this.attributes.get(name);
    if (known === undefined) {
      if (!this.initializing) throw scriptError('no-attribute', range, { type: this.type.qualifiedName, name });
      this.attributes.set(name, type);
      return;
    }
    if (!type.isSubtypeOf(known)) {
      throw scriptError('expected-type', range, { expected: known.annotationStr(), what: `attribute ${name}`, actual: type.annotationStr() });
    }
  }

  /** `obj.name`: an attribute read or a bound method. */
  attr(em: FunctionEmitter, obj: Value, name: string): SugaredValue | undefined {
    const type = this.attributes.get(name);
    if (type) {
      const v = em.b.insert1('prim::GetAttr', [obj], type);
      v.node.s_('name', name);
      v.setDebugName(name);
      return simple(v);
    }
    if (!this.source.methods.has(name)) return undefined;
    return {
      kind: 'object',
      describe: 'method',
      attr: () => undefined,
      call: (args, kwargs, at) => simple(this.callMethod(em, obj, name, args, kwargs, at)),
    };
  }

  callMethod(em: FunctionEmitter, obj: Value, name: string, args: readonly NamedValue[], kwargs: readonly NamedValue[], range: SourceRange): Value {
    const { schema } = this.method(name, range);
    const m = matchSchemas(em.b, [schema], range, { value: obj, range }, args, kwargs);
    const n = em.b.insert('prim::CallMethod', m.inputs, m.returnTypes, range);
    n.s_('name', name);
    return n.outputs[0] ?? em.b.none();
  }

  /** `Cls(args)`: a new object, initialised by `__init__`. */
  construct(em: FunctionEmitter, args: readonly NamedValue[], kwargs: readonly NamedValue[], range: SourceRange): SugaredValue {
    this.method('__init__', range);
    const obj = em.b.insert1('prim::CreateObject', [], this.type, range);
    const out = this.callMethod(em, obj, '__init__', args, kwargs, range);
    if (out.type !== NoneType) throw scriptError('expected-type', range, { expected: 'None', what: '__init__', actual: out.type.annotationStr() });
    return simple(obj);
  }
}

/**
 * `len(obj)`, `obj[i]`, `x in obj` on a script class object: its `__len__`, `__getitem__`,
 * `__contains__` (prim::CallMethod). Undefined when `v` is no such object.
 */
export function callMagicMethod(em: FunctionEmitter, v: Value, name: string, args: readonly NamedValue[], range: SourceRange): Value | undefined {
  const t = v.type;
  if (!(t instanceof ClassType) || t.isModule) return undefined;
  const cls = em.unit.classes.get(t.qualifiedName);
  if (!cls?.source.methods.has(name)) return undefined;
  return cls.callMethod(em, v, name, args, [], range);
}
