// Attribute lookup and assignment (`obj.name`) for every kind of value.
import { Tensor } from '../runtime/tensor';
import { DTypeValue, Device, TupleValue } from '../runtime/ivalue';
import { isFloating } from '../runtime/dtype';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import {
  PyBoundMethod,
  PyBuiltin,
  PyClass,
  PyDescriptor,
  PyFunction,
  PyInstance,
  PyModule,
  PyNative,
  PySuper,
  tupleOf,
} from './objects';
import { pyError } from './errors';
import { tensorAttr, setTensorAttr } from './tensor_attrs';
import { valueMethod } from './value_methods';
import { isModuleInstance, moduleGetAttr, moduleSetAttr } from './module';

/** Binds a class attribute found on `owner`'s type to `self` (functions become bound methods). */
export function bindClassAttr(v: PyValue, self: PyValue, cls: PyClass): PyValue {
  if (v instanceof PyFunction || v instanceof PyBuiltin) return new PyBoundMethod(self, v);
  if (v instanceof PyDescriptor) {
    if (v.kind === 'staticmethod') return v.fn;
    if (v.kind === 'classmethod') return new PyBoundMethod(cls, v.fn);
  }
  return v;
}

function noAttr(it: Interpreter, v: PyValue, name: string) {
  return pyError('AttributeError', `'${it.typeName(v)}' object has no attribute '${name}'`);
}

function instanceAttr(it: Interpreter, v: PyInstance, name: string): PyValue {
  const classAttr = v.cls.lookup(name);
  if (classAttr instanceof PyDescriptor && classAttr.kind === 'property') return it.call(classAttr.fn, [v]);
  const own = v.dict.get(name);
  if (own !== undefined) return own;
  if (isModuleInstance(v)) {
    const m = moduleGetAttr(v, name);
    if (m !== undefined) return m;
  }
  if (classAttr !== undefined) return bindClassAttr(classAttr, v, v.cls);
  if (name === '__class__') return v.cls;
  if (name === '__dict__') return it.call(it.builtins.get('dict')!, []);
  const ga = v.cls.lookup('__getattr__');
  if (ga !== undefined) return it.call(ga, [v, name]);
  throw noAttr(it, v, name);
}

function classAttr(c: PyClass, name: string): PyValue {
  switch (name) {
    case '__name__':
      return c.name;
    case '__qualname__':
      return c.name;
    case '__module__':
      return c.moduleName;
    case '__mro__':
      return tupleOf(c.mro);
    case '__bases__':
      return tupleOf(c.bases);
  }
  const v = c.lookup(name);
  if (v === undefined) throw pyError('AttributeError', `type object '${c.name}' has no attribute '${name}'`);
  if (v instanceof PyDescriptor) return v.kind === 'classmethod' ? new PyBoundMethod(c, v.fn) : v.kind === 'staticmethod' ? v.fn : v;
  return v;
}

function superAttr(s: PySuper, name: string): PyValue {
  const mro = s.self instanceof PyInstance ? s.self.cls.mro : s.self instanceof PyClass ? s.self.mro : [];
  const start = mro.indexOf(s.cls);
  for (const c of mro.slice(start + 1)) {
    const v = c.dict.get(name);
    if (v !== undefined) return bindClassAttr(v, s.self, s.self instanceof PyClass ? s.self : (s.self as PyInstance).cls);
  }
  if (name === '__init__') return new PyBuiltin('__init__', () => null);
  throw pyError('AttributeError', `'super' object has no attribute '${name}'`);
}

export function getAttr(it: Interpreter, v: PyValue, name: string): PyValue {
  if (v instanceof PyInstance) return instanceAttr(it, v, name);
  if (v instanceof Tensor) {
    const t = tensorAttr(it, v, name);
    if (t === undefined) throw noAttr(it, v, name);
    return t;
  }
  if (v instanceof PyModule) {
    let m = v.dict.get(name);
    if (m === undefined && v.fallback) {
      m = v.fallback(name);
      if (m !== undefined) v.dict.set(name, m);
    }
    if (m === undefined) throw pyError('AttributeError', `module '${v.name}' has no attribute '${name}'`);
    return m;
  }
  if (v instanceof PyClass) return classAttr(v, name);
  if (v instanceof PySuper) return superAttr(v, name);
  if (v instanceof PyNative) {
    const r = v.getAttr?.(name);
    if (r === undefined) throw noAttr(it, v, name);
    return r;
  }
  if (v instanceof PyFunction) {
    if (name === '__name__') return v.name;
    if (name === '__qualname__') return v.qualname;
    if (name === '__module__') return String(v.globals.get('__name__') ?? '__main__');
    if (name === '__doc__') return null;
    throw noAttr(it, v, name);
  }
  if (v instanceof PyBoundMethod) {
    if (name === '__self__') return v.self;
    if (name === '__func__') return v.fn;
    return getAttr(it, v.fn, name);
  }
  if (v instanceof PyBuiltin && name === '__name__') return v.name;
  if (v instanceof Device) {
    if (name === 'type') return v.type;
    if (name === 'index') return v.index === null ? null : BigInt(v.index);
  }
  if (v instanceof DTypeValue) {
    if (name === 'is_floating_point') return isFloating(v.dtype);
    if (name === 'is_signed') return v.dtype !== 'uint8' && v.dtype !== 'bool';
  }
  if (v instanceof TupleValue && v.names) {
    const i = v.names.indexOf(name);
    if (i >= 0) return v.elements[i]!;
  }
  const m = valueMethod(it, v, name);
  if (m !== undefined) return m;
  throw noAttr(it, v, name);
}

export function setAttr(it: Interpreter, v: PyValue, name: string, value: PyValue): void {
  if (v instanceof PyInstance) {
    const prop = v.cls.lookup(name);
    if (prop instanceof PyDescriptor && prop.kind === 'property') throw pyError('AttributeError', `can't set attribute '${name}'`);
    const custom = v.cls.lookup('__setattr__');
    if (custom instanceof PyFunction) {
      it.call(custom, [v, name, value]);
      return;
    }
    if (isModuleInstance(v)) moduleSetAttr(it, v, name, value);
    else v.dict.set(name, value);
    return;
  }
  if (v instanceof PyClass || v instanceof PyModule) {
    (v as PyClass | PyModule).dict.set(name, value);
    return;
  }
  if (v instanceof Tensor && setTensorAttr(it, v, name, value)) return;
  if (v instanceof PyNative && v.setAttr?.(name, value)) return;
  throw pyError('AttributeError', `'${it.typeName(v)}' object has no attribute '${name}'`);
}
