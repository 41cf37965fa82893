/**
 * The adapter from the eager interpreter's Python objects to sugared values
 * (PyTorch's python_sugared_value.cpp): globals of a function become a
 * Resolver; functions, modules, constants and exception classes map to what
 * the compiler understands. Nothing else in src/script knows eager's objects.
 */
import type { Expr, FunctionDef } from '../lang/ast';
import { ClassType, TupleType } from '../ir/types';
import type { ClassSource } from './script_class';
import { dottedName, typeFromExpr } from './annotations';
import type { IValue } from '../ir/attributes';
import type { Interpreter } from '../eager/interpreter';
import type { CompiledFunction, Namespace, PyValue } from '../eager/objects';
import { PyClass, PyDescriptor, PyFunction, PyModule, PyNative, PyTypingForm } from '../eager/objects';
import type { FunctionSchema } from '../ir/schema';
import { unshapedType } from '../ir/unify';
import { makeSchema } from './compilation_unit';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { pythonBuiltin, resolveDotted } from './builtins';
import type { Resolver } from './resolver';
import { typesOf } from './resolver';
import { functionalFunction } from './stdlib';
import type { ExternalFunction, FunctionSource, SugaredValue } from './sugared_value';

/** What the adapter needs from the interpreter: the text of the files functions come from. */
export class EagerContext {
  private readonly texts = new Map<string, string>();
  constructor(readonly interpreter: Interpreter) {}

  /** The whole text of `fileName`, rebuilt from the interpreter's source lines. */
  textOf(fileName: string): string {
    let text = this.texts.get(fileName);
    if (text === undefined) {
      const lines: string[] = [];
      for (let i = 1; ; i++) {
        const line = this.interpreter.sourceLine(fileName, i);
        if (line === undefined) break;
        lines.push(line);
      }
      text = lines.join('\n');
      this.texts.set(fileName, text);
    }
    return text;
  }

  functionSource(fn: PyFunction): FunctionSource | undefined {
    if (fn.node.kind !== 'FunctionDef') return undefined;
    const moduleName = fn.globals.get('__name__');
    if (moduleName === 'torch.nn.functional') return functionalFunction(fn.name);
    const def: FunctionDef = fn.node;
    const module = typeof moduleName === 'string' && moduleName !== '__main__' ? `${moduleName}.` : '';
    return {
      def,
      name: fn.name,
      qualifiedName: `__torch__.${module}${fn.name}`,
      resolver: this.resolver(fn.globals),
      text: this.textOf(fn.fileName),
      fileName: fn.fileName,
    };
  }

  /** Free names of code defined with `globals`, then Python's builtins. */
  resolver(globals: Namespace): Resolver {
    const resolver: Resolver = {
      resolve: (name) => {
        const v = globals.get(name);
        // Note [Closed-over globals]: a global int, str, list or tensor is not a constant (only module
        // attributes such as math.pi are); using it is an error, and a global None is undefined.
        const plain = v === undefined || v === null ? undefined : plainValueType(v);
        if (plain) return { kind: 'pyvalue', typeName: plain };
        return (v === undefined || v === null ? undefined : this.sugared(v, resolver)) ?? pythonBuiltin(name);
      },
    };
    return resolver;
  }

  private readonly namedTuples = new Map<PyClass, TupleType>();

  /**
   * A `typing.NamedTuple` class as a named TupleType (PyTorch's registerNamedTuple); field
   * annotations resolve in `scope`, the globals the class is named in.
   */
  namedTupleType(cls: PyClass, scope: Resolver | undefined): TupleType | undefined {
    const node = cls.node;
    if (!node || !node.bases.some((b) => dottedName(b)?.endsWith('NamedTuple'))) return undefined;
    let t = this.namedTuples.get(cls);
    if (!t) {
      const types = scope ? typesOf(scope) : undefined;
      const fields = [...cls.annotations].map(([name, e]) => ({ name, type: typeFromExpr(e, types) }));
      const module = cls.moduleName === '__main__' ? '' : `${cls.moduleName}.`;
      t = new TupleType(fields.map((f) => f.type), fields.map((f) => f.name), `__torch__.${module}${cls.name}`);
      this.namedTuples.set(cls, t);
    }
    return t;
  }

  private readonly classes = new Map<PyClass, ClassSource>();

  /** A plain user class (not a module, not an exception) as a script class (PyTorch's _recursive_compile_class). */
  classSource(cls: PyClass): ClassSource | undefined {
    const user = (c: PyClass): boolean => c.node !== null && !c.moduleName.startsWith('torch');

    if (!cls.mro.every((c) => user(c) || (c.name === 'object' && c.moduleName === 'builtins'))) return undefined;
    let source = this.classes.get(cls);
    if (!source) {
      const methods = new Map<string, FunctionSource>();
      const statics = new Map<string, FunctionSource>();
      for (const c of [...cls.mro].reverse()) {
        for (const [k, f] of c.dict) {
          const fn = f instanceof PyFunction ? this.functionSource(f) : undefined;
          if (fn) methods.set(k, { ...fn, name: k });
          const st = f instanceof PyDescriptor && f.kind === 'staticmethod' && f.fn instanceof PyFunction ? this.functionSource(f.fn) : undefined;
          if (st) statics.set(k, st);
        }
      }
      const module = cls.moduleName === '__main__' ? '' : `${cls.moduleName}.`;
      source = { type: new ClassType(`__torch__.${module}${cls.name}`), methods, statics };
      this.classes.set(cls, source);
    }
    return source;
  }

  /** A Python value as the compiler sees it; undefined when it has no meaning in TorchScript. */
  sugared(v: PyValue, scope?: Resolver): SugaredValue | undefined {
    if (v instanceof PyModule) return resolveDotted(v.name) ?? { kind: 'pymodule', name: v.name };
    if (v instanceof PyTypingForm) return { kind: 'pymodule', name: `typing.${v.name}` };
    if (v instanceof PyFunction) {
      const moduleName = v.globals.get('__name__');
      if (moduleName === 'torch.nn.functional') return resolveDotted(`torch.nn.functional.${v.name}`);
      const fn = this.functionSource(v);
      return fn ? { kind: 'function', fn } : undefined;
    }
    if (v instanceof PyNative && v.compiledFunction) return { kind: 'compiled', fn: externalFunction(v.compiledFunction()) };
    if (v instanceof PyClass) {
      if (v.moduleName === 'builtins') return pythonBuiltin(v.name);
      const tuple = this.namedTupleType(v, scope);
      if (tuple) return { kind: 'type', type: tuple, name: v.name, defaults: namedTupleDefaults(v) };
      const cls = this.classSource(v);
      return cls ? { kind: 'type', type: cls.type, name: v.name, cls } : undefined;
    }
    const constant = constantOf(v);
    return constant ? { kind: 'constant', value: constant } : undefined;
  }
}

// Defaults of NamedTuple fields (`y: float = 0.0`), as written in the class body.
function namedTupleDefaults(cls: PyClass): ReadonlyMap<string, Expr> {
  const out = new Map<string, Expr>();
  for (const st of cls.node?.body ?? []) if (st.kind === 'AnnAssign' && st.target.kind === 'Name' && st.value) out.set(st.target.id, st.value);
  return out;
}

/** A compiled function object's schema: its own when it has one, else read off its graph (a trace). */
export function externalFunction(c: CompiledFunction & { readonly schema?: FunctionSchema }): ExternalFunction {
  const name = c.qualifiedName.slice(c.qualifiedName.lastIndexOf('.') + 1);
  const params = c.graph.inputs.map((v) => ({ name: v.debugNameBase(), type: unshapedType(v.type), default: null }));
  const outs = c.graph.outputs.map((v) => unshapedType(v.type));
  const schema = c.schema ?? makeSchema(name, params, outs[0]!);
  return { qualifiedName: c.qualifiedName, graph: c.graph, schema, ...(c.callees ? { callees: c.callees } : {}) };
}

// Python's type name of a plain value a global may hold.
function plainValueType(v: PyValue): string | undefined {
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (v instanceof TupleValue) return 'tuple';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Tensor) return 'Tensor';
  return undefined;
}

/** A Python value as a constant IValue, when it is one (ints, floats, bools, strings, None, tuples and lists of them). */
export function constantOf(v: PyValue): IValue | undefined {
  if (v === null) return { kind: 'none' };
  if (typeof v === 'bigint') return { kind: 'int', value: v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v };
  if (typeof v === 'number') return { kind: 'float', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (v instanceof TupleValue || Array.isArray(v)) {
    const items = (v instanceof TupleValue ? v.elements : v).map((x) => constantOf(x as PyValue));
    if (items.some((x) => x === undefined)) return undefined;
    return { kind: v instanceof TupleValue ? 'tuple' : 'list', items: items as IValue[] };
  }
  return undefined;
}

export function isTensor(v: PyValue): v is Tensor {
  return v instanceof Tensor;
}
