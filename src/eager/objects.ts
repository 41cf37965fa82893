// The Python object model of the eager interpreter: runtime values are IValues plus these objects.
import type { IValue } from '../runtime/ivalue';
import { DictValue, TupleValue } from '../runtime/ivalue';
import type { ClassDef, Expr, FunctionDef, Lambda } from '../lang/ast';
import type { Graph } from '../ir/graph';
import type { CalleeTable } from '../passes/inline';

// Note [Python values]: a Python value is an IValue (int = bigint, float = number, list = JS array,
// tuple = TupleValue, dict = DictValue, Tensor) or a PyObject below. Containers may hold PyObjects
// (a list of modules, a dict of functions); their IValue element types are widened by a cast, so
// code that hands containers to kernels only does so for lists the schema accepts.

/** Base of every Python-only object. */
export abstract class PyObject {}

export type PyValue = IValue | PyObject;

/** A namespace: module globals, a class body, or a function's locals. */
export type Namespace = Map<string, PyValue>;

/** The signature of a native (builtin) callable. `self` is already the first argument when bound. */
export type NativeFn = (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue;

/** A builtin function or method implemented in TypeScript. */
export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
  ) {
    super();
  }
}

/** The JIT decorators' marks on a function (`@torch.jit.export`, `@torch.jit.ignore`, ...). */
export interface JitMarks {
  export?: boolean;
  ignore?: boolean;
  unused?: boolean;
}

/** Enclosing function scopes of a nested function (innermost first). */
export interface Closure {
  readonly locals: Namespace;
  readonly parent: Closure | null;
}

/**
 * A Python function: its AST, the globals it resolves free names through (PyTorch's resolution
 * callback), the enclosing scopes of a nested def, and its evaluated defaults.
 */
export class PyFunction extends PyObject {
  /** The class whose body defined this function (for zero-argument `super()`). */
  definingClass: PyClass | null = null;
  readonly jit: JitMarks = {};
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly node: FunctionDef | Lambda,
    readonly globals: Namespace,
    readonly closure: Closure | null,
    readonly defaults: PyValue[],
    readonly kwDefaults: Map<string, PyValue>,
    /** The file the function was defined in (for tracebacks). */
    readonly fileName: string,
  ) {
    super();
  }
}

/** `classmethod(f)`, `staticmethod(f)` and `property(f)` wrappers in a class dict. */
export class PyDescriptor extends PyObject {
  constructor(
    readonly kind: 'staticmethod' | 'classmethod' | 'property',
    readonly fn: PyValue,
  ) {
    super();
  }
}

/** Native behaviour of builtin classes (int, list, torch.Tensor, Exception, nn.Module, ...). */
export interface NativeClass {
  /** Builds an instance when the class (or a subclass, `cls`) is called; otherwise a PyInstance is made and __init__ runs. */
  construct?: (args: PyValue[], kwargs: Map<string, PyValue>, cls: PyClass) => PyValue;
  /** `isinstance(v, cls)` for values that are not PyInstances. */
  instanceCheck?: (v: PyValue) => boolean;
}

/** A class: user classes (with their AST) and builtin ones. */
export class PyClass extends PyObject {
  readonly dict: Namespace = new Map();
  /** Class-level annotations in order (`my_constant: Final[int] = 3`), kept for the script compiler. */
  readonly annotations = new Map<string, Expr>();
  readonly mro: PyClass[];
  constructor(
    readonly name: string,
    readonly bases: PyClass[],
    readonly node: ClassDef | null = null,
    readonly globals: Namespace | null = null,
    readonly native: NativeClass = {},
    /** Dotted module name (`__main__`, `torch.nn.modules.linear`). */
    readonly moduleName = 'builtins',
  ) {
    super();
    this.mro = [this, ...linearise(bases)];
  }

  /** Looks `name` up along the MRO. */
  lookup(name: string): PyValue | undefined {
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubclassOf(other: PyClass): boolean {
    return this.mro.includes(other);
  }
}

// A C3-like linearisation that is exact for single inheritance and keeps base order otherwise.
function linearise(bases: PyClass[]): PyClass[] {
  const out: PyClass[] = [];
  for (const b of bases) for (const c of b.mro) if (!out.includes(c)) out.push(c);
  // `object` goes last, as in C3.
  const obj = out.findIndex((c) => c.name === 'object' && c.moduleName === 'builtins');
  if (obj >= 0 && obj !== out.length - 1) out.push(...out.splice(obj, 1));
  return out;
}

/** An instance of a user class (or of nn.Module, an exception class, ...). */
export class PyInstance extends PyObject {
  readonly dict: Namespace = new Map();
  constructor(public cls: PyClass) {
    super();
  }
}

/** A function bound to its first argument. */
export class PyBoundMethod extends PyObject {
  constructor(
    readonly self: PyValue,
    readonly fn: PyValue,
  ) {
    super();
  }
}

/** A Python module namespace (`torch`, `math`, `__main__`). */
export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly dict: Namespace = new Map(),
    /** Computes attributes on demand (e.g. `torch.<aten op>`); results are cached in `dict`. */
    readonly fallback?: (name: string) => PyValue | undefined,
  ) {
    super();
  }
}

/** `super()` / `super(Cls, self)`: attribute lookup starts after `cls` in `self`'s MRO. */
export class PySuper extends PyObject {
  constructor(
    readonly cls: PyClass,
    readonly self: PyValue,
  ) {
    super();
  }
}

/** `range(start, stop, step)`. */
export class PyRange extends PyObject {
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super();
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
}

/** An iterator (`iter(x)`, generators of comprehensions, `enumerate`, `zip`, dict views). */
export class PyIterator extends PyObject {
  constructor(readonly it: Iterator<PyValue>) {
    super();
  }
}

/** `a:b:c` in a subscript; missing parts are None. */
export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

/** The `...` constant. */
export class PyEllipsis extends PyObject {
  static readonly instance = new PyEllipsis();
}

/** A typing construct such as `List[int]` or `Optional[Tensor]` (kept only to be printed/ignored). */
export class PyTypingForm extends PyObject {
  constructor(
    readonly name: string,
    readonly args: PyValue[] = [],
  ) {
    super();
  }
}

/** A context manager implemented natively (`torch.no_grad()`). */
export class PyContextManager extends PyObject {
  constructor(
    readonly enter: () => PyValue,
    readonly exit: () => void,
  ) {
    super();
  }
}

/**
 * An object implemented outside the interpreter (a ScriptModule or ScriptFunction made by the
 * script compiler or the tracer): it answers attribute lookups, calls and repr itself.
 */
export abstract class PyNative extends PyObject {
  /** The Python type name (`RecursiveScriptModule`, `ScriptFunction`). */
  abstract readonly typeName: string;
  getAttr?(name: string): PyValue | undefined;
  setAttr?(name: string, value: PyValue): boolean;
  call?(args: PyValue[], kwargs: Map<string, PyValue>): PyValue;
  repr?(): string;
  /** For a compiled function: its graph, so a trace calling it records `prim::CallFunction`. */
  compiledFunction?(): CompiledFunction;
}

/** A compiled function's graph and what it calls (the IR interpreter's callee table). */
export interface CompiledFunction {
  /** `__torch__.foo`. */
  readonly qualifiedName: string;
  readonly graph: Graph;
  readonly callees?: CalleeTable;
}

/**
 * `torch.Size`: a tuple of ints that prints as `torch.Size([3, 4])`.
 * Note [Traced sizes]: while tracing, its items are the tracer's 0-dim Long tensors (PyTorch's
 * tracer keeps sizes dynamic that way), so code reading it must accept those where ints go.
 */
export class SizeValue extends TupleValue {
  constructor(dims: readonly IValue[]) {
    super([...dims]);
  }
}

/** Builds a tuple of Python values (Note [Python values]). */
export function tupleOf(items: readonly PyValue[]): TupleValue {
  return new TupleValue(items as IValue[]);
}

/** Widens a Python value to an IValue slot of a container (Note [Python values]). */
export function asIValue(v: PyValue): IValue {
  return v as IValue;
}

export function isList(v: PyValue): v is PyValue[] {
  return Array.isArray(v);
}

export function isDict(v: PyValue): v is DictValue {
  return v instanceof DictValue;
}
