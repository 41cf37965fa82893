// Calling any Python value: functions, builtins, bound methods, classes, callable instances.
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyBoundMethod, PyBuiltin, PyClass, PyContextManager, PyFunction, PyInstance, PyNative } from './objects';
import { callFunction } from './functions';
import { pyError } from './errors';
import { typeName } from './types';
import { activeTrace } from './tracing';

export function callValue(it: Interpreter, f: PyValue, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  if (f instanceof PyBuiltin) return f.fn(args, kwargs);
  if (f instanceof PyFunction) return callFunction(it, f, args, kwargs);
  if (f instanceof PyBoundMethod) return callValue(it, f.fn, [f.self, ...args], kwargs);
  if (f instanceof PyClass) return instantiate(it, f, args, kwargs);
  if (f instanceof PyInstance) {
    const call = f.cls.lookup('__call__');
    if (call !== undefined) return callValue(it, call, [f, ...args], kwargs);
  }
  // `@torch.no_grad()`: a native context manager used as a decorator runs the function inside it.
  if (f instanceof PyContextManager && args.length === 1 && kwargs.size === 0) {
    const fn = args[0]!;
    return new PyBuiltin(fn instanceof PyFunction ? fn.name : 'decorated', (a, kw) => {
      f.enter();
      try {
        return callValue(it, fn, a, kw);
      } finally {
        f.exit();
      }
    });
  }
  if (f instanceof PyNative && f.call) {
    const trace = activeTrace();
    return trace ? trace.native(f, args, (given = args) => f.call!([...given], kwargs), kwargs) : f.call(args, kwargs);
  }
  throw pyError('TypeError', `'${typeName(f)}' object is not callable`);
}

/** `Cls(...)`: a native constructor, or a new instance initialised by `__init__`. */
function instantiate(it: Interpreter, cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  for (const c of cls.mro) if (c.native.construct) return c.native.construct(args, kwargs, cls);
  const inst = new PyInstance(cls);
  const init = cls.lookup('__init__');
  if (init !== undefined) {
    const r = callValue(it, init, [inst, ...args], kwargs);
    if (r !== null) throw pyError('TypeError', `__init__() should return None, not '${typeName(r)}'`);
  } else if (args.length > 0 || kwargs.size > 0) {
    throw pyError('TypeError', `${cls.name}() takes no arguments`);
  }
  return inst;
}
