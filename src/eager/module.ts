// torch.nn.Module's machinery (registration, traversal, state_dict, train/eval, repr), natively.
import { withoutGrad } from './autograd';
import { gradOf, setGrad } from '../autograd/index';
import { Tensor } from '../runtime/tensor';
import type { DType } from '../runtime/dtype';
import { DTypeValue, DictValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { Graph } from '../ir/graph';
import type { FunctionSchema } from '../ir/schema';
import type { ClassType } from '../ir/types';
import type { CalleeTable } from '../passes/inline';
import { ScriptObject } from '../runtime/ivalue';
import type { NativeFn, PyNative, PyValue } from './objects';
import { PyBuiltin, PyClass, PyInstance, asIValue, tupleOf } from './objects';
import { objectClass, pyError } from './errors';
import { invokeOp } from './dispatch';
import { OrderedDictValue } from './ordered_dict';
import { activeTrace } from './tracing';

// Note [Module state]: like PyTorch, a module instance keeps parameters, buffers and submodules in
// three ordered dicts (`_parameters`, `_buffers`, `_modules`) in its __dict__, plus `training`.
// Attribute assignment routes values into them (Module.__setattr__), attribute lookup falls back to
// them (Module.__getattr__). Registration order is the order of state_dict() and parameters().

const moduleClasses = new WeakSet<PyClass>();

export function isModuleInstance(v: PyValue): boolean {
  return v instanceof PyInstance && v.cls.mro.some((c) => moduleClasses.has(c));
}

/**
 * A traced or scripted module object (PyTorch's ScriptModule, itself an nn.Module): what the
 * script compiler, the tracer and the IR interpreter need to call into it.
 */
export interface CompiledModule {
  /** The eager instance it was made from; parameters are shared with it. */
  readonly eagerModule: PyInstance;
  readonly type: ClassType;
  /** The module as the IR interpreter sees it. */
  readonly object: ScriptObject;
  /** Finds the graphs its methods call, its own methods included. */
  readonly callees: CalleeTable;
  method(name: string): { readonly graph: Graph; readonly schema: FunctionSchema } | undefined;
}

const compiledModules = new WeakMap<PyNative, CompiledModule>();

/** Marks `obj` as a compiled module, which Module.__setattr__ registers as a submodule. */
export function registerCompiledModule(obj: PyNative, info: CompiledModule): void {
  compiledModules.set(obj, info);
}

export function compiledModuleOf(v: PyValue | undefined): CompiledModule | undefined {
  return typeof v === 'object' && v !== null ? compiledModules.get(v as PyNative) : undefined;
}

// Note [Compiled submodules]: `self.cell = torch.jit.trace(...)` stores the traced object itself in
// `_modules` (so `self.cell(...)` calls it and named_children() yields it); moduleChildren() answers
// its eager instance, so parameters, state_dict and concrete types walk one kind of tree.
function isSubmoduleValue(v: PyValue): boolean {
  return isModuleInstance(v) || compiledModuleOf(v) !== undefined;
}

function store(m: PyInstance, which: '_parameters' | '_buffers' | '_modules'): DictValue {
  const d = m.dict.get(which);
  if (!(d instanceof DictValue)) throw pyError('AttributeError', `cannot assign before Module.__init__() call`);
  return d;
}

/** The module's parameters by name (own, not recursive), in registration order; None entries kept. */
export function moduleParameters(m: PyInstance): Map<string, Tensor | null> {
  return store(m, '_parameters').map as Map<string, Tensor | null>;
}

/** The module's buffers by name (own), in registration order. */
export function moduleBuffers(m: PyInstance): Map<string, Tensor | null> {
  return store(m, '_buffers').map as Map<string, Tensor | null>;
}

/** The module's direct submodules by name, in registration order (Note [Compiled submodules]). */
export function moduleChildren(m: PyInstance): Map<string, PyInstance | null> {
  const out = new Map<string, PyInstance | null>();
  for (const [k, v] of moduleChildValues(m)) out.set(k, compiledModuleOf(v)?.eagerModule ?? (v as PyInstance | null));
  return out;
}

/** The module's direct submodules as stored: eager instances, traced or scripted module objects, None. */
export function moduleChildValues(m: PyInstance): Map<string, PyValue> {
  return store(m, '_modules').map as unknown as Map<string, PyValue>;
}

/** The training flag (`self.training`). */
export function moduleTraining(m: PyInstance): boolean {
  return m.dict.get('training') === true;
}

const INTERNAL = new Set(['_parameters', '_buffers', '_modules', 'training', '_non_persistent_buffers_set']);

/** Plain attributes set on the instance (`self.depth = 3`), excluding the module machinery. */
export function moduleAttributes(m: PyInstance): Map<string, PyValue> {
  return new Map([...m.dict].filter(([k]) => !INTERNAL.has(k)));
}

export function moduleGetAttr(m: PyInstance, name: string): PyValue | undefined {
  for (const which of ['_parameters', '_buffers', '_modules'] as const) {
    const d = m.dict.get(which);
    if (d instanceof DictValue && d.map.has(name)) return d.map.get(name) as PyValue;
  }
  return undefined;
}

function tensorTypeName(t: Tensor): string {
  return `torch.${t.dtype === 'float32' ? 'Float' : t.dtype === 'int64' ? 'Long' : t.dtype}Tensor`;
}

/** Module.__setattr__. */
export function moduleSetAttr(it: Interpreter, m: PyInstance, name: string, value: PyValue): void {
  const remove = (...which: ('_parameters' | '_buffers' | '_modules')[]) => {
    m.dict.delete(name);
    for (const w of which) (m.dict.get(w) as DictValue | undefined)?.map.delete(name);
  };
  const params = m.dict.get('_parameters') as DictValue | undefined;
  if (value instanceof Tensor && value.isParameter) {
    if (!params) throw pyError('AttributeError', 'cannot assign parameters before Module.__init__() call');
    remove('_buffers', '_modules');
    params.map.set(name, value);
    return;
  }
  if (params?.map.has(name)) {
    if (value !== null) throw pyError('TypeError', `cannot assign '${value instanceof Tensor ? tensorTypeName(value) : it.typeName(value)}' as parameter '${name}' (torch.nn.Parameter or None expected)`);
    params.map.set(name, null);
    return;
  }
  const modules = m.dict.get('_modules') as DictValue | undefined;
  if (isSubmoduleValue(value)) {
    if (!modules) throw pyError('AttributeError', 'cannot assign module before Module.__init__() call');
    remove('_parameters', '_buffers');
    modules.map.set(name, asIValue(value));
    return;
  }
  if (modules?.map.has(name)) {
    if (value !== null) throw pyError('TypeError', `cannot assign '${it.typeName(value)}' as child module '${name}' (torch.nn.Module or None expected)`);
    modules.map.set(name, null);
    return;
  }
  const buffers = m.dict.get('_buffers') as DictValue | undefined;
  if (buffers?.map.has(name)) {
    if (value !== null && !(value instanceof Tensor)) throw pyError('TypeError', `cannot assign '${it.typeName(value)}' as buffer '${name}' (torch.Tensor or None expected)`);
    buffers.map.set(name, value);
    return;
  }
  m.dict.set(name, value);
}

/** Named members of `m` and its submodules (`linear.weight`), each object once, as PyTorch yields them. */
function namedMembers(m: PyInstance, which: '_parameters' | '_buffers', prefix = '', recurse = true): [string, Tensor][] {
  const out: [string, Tensor][] = [];
  const seen = new Set<Tensor>();
  const mods = recurse ? namedModules(m, prefix) : [[prefix, m] as [string, PyInstance]];
  for (const [p, mod] of mods) {
    for (const [k, v] of store(mod, which).map) {
      if (!(v instanceof Tensor) || seen.has(v)) continue;
      seen.add(v);
      out.push([p ? `${p}.${String(k)}` : String(k), v]);
    }
  }
  return out;
}

/** `named_modules()`: the module itself then every submodule, depth first, each once. */
export function namedModules(m: PyInstance, prefix = '', seen = new Set<PyInstance>()): [string, PyInstance][] {
  if (seen.has(m)) return [];
  seen.add(m);
  const out: [string, PyInstance][] = [[prefix, m]];
  for (const [k, child] of moduleChildren(m)) {
    if (child === null) continue;
    out.push(...namedModules(child, prefix ? `${prefix}.${k}` : k, seen));
  }
  return out;
}

/** `named_modules()` as Python sees it: a compiled submodule is its traced or scripted object. */
function shownModules(m: PyInstance): [string, PyValue][] {
  const shown = new Map<PyInstance, PyValue>();
  const all = namedModules(m);
  for (const [, mod] of all) {
    for (const v of moduleChildValues(mod).values()) {
      const c = compiledModuleOf(v);
      if (c) shown.set(c.eagerModule, v);
    }
  }
  return all.map(([k, mod]) => [k, shown.get(mod) ?? mod]);
}

/** `state_dict()`: parameters then buffers of each module, recursively, with dotted names. */
export function stateDict(m: PyInstance, prefix = '', out = new OrderedDictValue()): OrderedDictValue {
  for (const [k, v] of moduleParameters(m)) if (v !== null) out.map.set(prefix + k, invokeOp('aten::detach', [v]) as Tensor);
  const nonPersistent = m.dict.get('_non_persistent_buffers_set');
  for (const [k, v] of moduleBuffers(m)) {
    if (v !== null && !(Array.isArray(nonPersistent) && nonPersistent.includes(k))) out.map.set(prefix + k, invokeOp('aten::detach', [v]) as Tensor);
  }
  for (const [k, child] of moduleChildren(m)) if (child !== null) stateDict(child, `${prefix}${k}.`, out);
  return out;
}

function loadStateDict(it: Interpreter, m: PyInstance, sd: DictValue, strict: boolean): PyValue {
  const own = stateDict(m);
  const targets = new Map<string, Tensor>();
  for (const [k] of own.map) {
    const [mod, leaf] = locate(m, String(k));
    const t = moduleGetAttr(mod, leaf);
    if (t instanceof Tensor) targets.set(String(k), t);
  }
  const missing = [...targets.keys()].filter((k) => !sd.map.has(k));
  const unexpected = [...sd.map.keys()].map(String).filter((k) => !targets.has(k));
  const errors: string[] = [];
  if (strict && unexpected.length) errors.push(`Unexpected key(s) in state_dict: ${unexpected.map((k) => `"${k}"`).join(', ')}. `);
  if (strict && missing.length) errors.push(`Missing key(s) in state_dict: ${missing.map((k) => `"${k}"`).join(', ')}. `);
  for (const [k, t] of targets) {
    const src = sd.map.get(k);
    if (!(src instanceof Tensor)) continue;
    if (src.shape.join() !== t.shape.join()) {
      errors.push(`size mismatch for ${k}: copying a param with shape torch.Size([${src.shape.join(', ')}]) from checkpoint, the shape in current model is torch.Size([${t.shape.join(', ')}]).`);
      continue;
    }
    withoutGrad(() => invokeOp('aten::copy_', [t, src]));
  }
  if (errors.length) throw pyError('RuntimeError', `Error(s) in loading state_dict for ${m.cls.name}:\n\t${errors.join('\n\t')}`);
  return it.call(it.builtins.get('_IncompatibleKeys')!, [missing, unexpected]);
}

function locate(m: PyInstance, dotted: string): [PyInstance, string] {
  const parts = dotted.split('.');
  let mod = m;
  for (const p of parts.slice(0, -1)) mod = moduleChildren(mod).get(p) as PyInstance;
  return [mod, parts[parts.length - 1]!];
}

function setTraining(m: PyInstance, mode: boolean): void {
  for (const [, mod] of namedModules(m)) {
    mod.dict.set('training', mode);
    // A traced or scripted child reads `training` from its object, as do the modules inside it.
    for (const v of moduleChildValues(mod).values()) {
      const compiled = compiledModuleOf(v);
      if (compiled) setObjectTraining(compiled.object, mode);
    }
  }
}

function setObjectTraining(obj: ScriptObject, mode: boolean): void {
  if (!obj.attributes.has('training')) return;
  obj.attributes.set('training', mode);
  for (const v of obj.attributes.values()) if (v instanceof ScriptObject) setObjectTraining(v, mode);
}

/** Converts floating parameters and buffers to `dtype` (`model.double()`), keeping Parameter-ness. */
function castFloating(m: PyInstance, dtype: DType): void {
  for (const [, mod] of namedModules(m)) {
    for (const which of ['_parameters', '_buffers'] as const) {
      for (const [k, v] of store(mod, which).map) {
        if (!(v instanceof Tensor) || !v.isFloatingPoint || v.dtype === dtype) continue;
        const t = invokeOp('aten::to', [v, new DTypeValue(dtype)]) as Tensor;
        t.isParameter = v.isParameter;
        t.requiresGrad = v.requiresGrad;
        store(mod, which).map.set(k, t);
      }
    }
  }
}

function addIndent(s: string, n: number): string {
  const lines = s.split('\n');
  if (lines.length === 1) return s;
  return [lines[0], ...lines.slice(1).map((l) => ' '.repeat(n) + l)].join('\n');
}

/** Module.__repr__: `Name(extra_repr)` or the nested form with `(child): ...` lines. */
export function moduleRepr(it: Interpreter, m: PyInstance): string {
  const extra = it.str(it.call(it.getAttr(m, 'extra_repr'), []));
  const extraLines = extra ? extra.split('\n') : [];
  const childLines = [...moduleChildValues(m)].map(([k, child]) => `(${k}): ${addIndent(child === null ? 'None' : it.repr(child), 2)}`);
  const lines = [...extraLines, ...childLines];
  let s = `${it.str(it.call(it.getAttr(m, '_get_name'), []))}(`;
  if (lines.length) s += extraLines.length === 1 && childLines.length === 0 ? extraLines[0] : `\n  ${lines.join('\n  ')}\n`;
  return `${s})`;
}

/** Builds the `torch.nn.Module` class. */
export function makeModuleClass(it: Interpreter): PyClass {
  const cls = new PyClass('Module', [objectClass], null, null, {}, 'torch.nn.modules.module');
  moduleClasses.add(cls);
  const self = (a: PyValue[]): PyInstance => {
    if (!isModuleInstance(a[0]!)) throw pyError('TypeError', 'descriptor requires a Module');
    return a[0] as PyInstance;
  };
  const list = (pairs: [string, PyValue][], named: boolean): PyValue => (named ? pairs.map(([k, v]) => tupleOf([k, v])) : pairs.map(([, v]) => v));
  const recurseArg = (a: PyValue[], kw: Map<string, PyValue>, i: number) => (kw.get('recurse') ?? a[i] ?? true) !== false;
  const methods: Record<string, NativeFn> = {
    __init__: (a) => {
      const m = self(a);
      m.dict.set('training', true);
      m.dict.set('_parameters', new OrderedDictValue());
      m.dict.set('_buffers', new OrderedDictValue());
      m.dict.set('_non_persistent_buffers_set', []);
      m.dict.set('_modules', new OrderedDictValue());
      return null;
    },
    __call__: (a, kw) => {
      const m = self(a);
      const forward = (): PyValue => it.call(it.getAttr(m, 'forward'), a.slice(1), kw);
      const trace = activeTrace();
      return trace ? trace.module(m, a.slice(1), forward) : forward();
    },
    forward: (a) => {
      throw pyError('NotImplementedError', `Module [${self(a).cls.name}] is missing the required "forward" function`);
    },
    register_buffer: (a, kw) => {
      const m = self(a);
      const name = String(a[1]);
      const t = a[2] ?? kw.get('tensor') ?? null;
      if (t !== null && !(t instanceof Tensor)) throw pyError('TypeError', `cannot assign '${it.typeName(t)}' object to buffer '${name}' (torch Tensor or None required)`);
      m.dict.delete(name);
      store(m, '_buffers').map.set(name, t);
      const persistent = kw.get('persistent') ?? a[3] ?? true;
      if (persistent === false) (m.dict.get('_non_persistent_buffers_set') as PyValue[]).push(name);
      return null;
    },
    register_parameter: (a) => {
      const m = self(a);
      const p = a[2] ?? null;
      if (p !== null && !(p instanceof Tensor && p.isParameter)) throw pyError('TypeError', `cannot assign '${it.typeName(p)}' object to parameter '${String(a[1])}' (torch.nn.Parameter or None required)`);
      store(m, '_parameters').map.set(String(a[1]), p);
      return null;
    },
    add_module: (a) => {
      if (a[2] !== null && !isSubmoduleValue(a[2]!)) throw pyError('TypeError', `${it.typeName(a[2]!)} is not a Module subclass`);
      store(self(a), '_modules').map.set(String(a[1]), asIValue(a[2]!));
      return null;
    },
    parameters: (a, kw) => list(namedMembers(self(a), '_parameters', '', recurseArg(a, kw, 1)), false),
    named_parameters: (a, kw) => list(namedMembers(self(a), '_parameters', String(kw.get('prefix') ?? a[1] ?? ''), recurseArg(a, kw, 2)), true),
    buffers: (a, kw) => list(namedMembers(self(a), '_buffers', '', recurseArg(a, kw, 1)), false),
    named_buffers: (a, kw) => list(namedMembers(self(a), '_buffers', String(kw.get('prefix') ?? a[1] ?? ''), recurseArg(a, kw, 2)), true),
    children: (a) => [...moduleChildValues(self(a)).values()].filter((c) => c !== null),
    named_children: (a) => [...moduleChildValues(self(a))].filter(([, c]) => c !== null).map(([k, c]) => tupleOf([k, c])),
    modules: (a) => shownModules(self(a)).map(([, m]) => m),
    named_modules: (a) => shownModules(self(a)).map(([k, m]) => tupleOf([k, m])),
    state_dict: (a) => stateDict(self(a)),
    load_state_dict: (a, kw) => {
      const sd = a[1] ?? kw.get('state_dict');
      if (!(sd instanceof DictValue)) throw pyError('TypeError', `Expected state_dict to be dict-like, got ${it.typeName(sd ?? null)}.`);
      return loadStateDict(it, self(a), sd, (kw.get('strict') ?? a[2] ?? true) !== false);
    },
    train: (a, kw) => {
      setTraining(self(a), it.truthy(kw.get('mode') ?? a[1] ?? true));
      return a[0]!;
    },
    eval: (a) => {
      setTraining(self(a), false);
      return a[0]!;
    },
    requires_grad_: (a) => {
      for (const [, p] of namedMembers(self(a), '_parameters')) p.requiresGrad = it.truthy(a[1] ?? true);
      return a[0]!;
    },
    // Module.zero_grad(set_to_none=False) of PyTorch 1.13.
    zero_grad: (a, kw) => {
      const toNone = it.truthy(a[1] ?? kw.get('set_to_none') ?? false);
      for (const [, p] of namedMembers(self(a), '_parameters')) {
        const g = gradOf(p);
        if (g === null) continue;
        if (toNone) setGrad(p, null);
        else withoutGrad(() => invokeOp('aten::zero_', [g]));
      }
      return null;
    },
    cpu: (a) => a[0]!,
    float: (a) => (castFloating(self(a), 'float32'), a[0]!),
    double: (a) => (castFloating(self(a), 'float64'), a[0]!),
    half: (a) => (castFloating(self(a), 'float16'), a[0]!),
    to: (a, kw) => {
      const d = [...a.slice(1), ...kw.values()].find((x) => x instanceof DTypeValue);
      if (d instanceof DTypeValue) castFloating(self(a), d.dtype);
      return a[0]!;
    },
    apply: (a) => {
      const mods = namedModules(self(a)).map(([, m]) => m).reverse();
      for (const m of mods) it.call(a[1]!, [m]);
      return a[0]!;
    },
    extra_repr: () => '',
    _get_name: (a) => self(a).cls.name,
    __repr__: (a) => moduleRepr(it, self(a)),
    __dir__: (a) => [...self(a).dict.keys()],
  };
  for (const [k, fn] of Object.entries(methods)) cls.dict.set(k, new PyBuiltin(k, fn));
  cls.dict.set('__module__', 'torch.nn.modules.module');
  return cls;
}
