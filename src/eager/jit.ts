// torch.jit in eager code: decorators and entry points, with hooks the script compiler and tracer install.
import type { Interpreter } from './interpreter';
import type { NativeFn, PyValue } from './objects';
import { PyBuiltin, PyDescriptor, PyFunction, PyModule, PyTypingForm } from './objects';
import { pyError } from './errors';
import { activeTrace } from './tracing';

/** Arguments of `torch.jit.script(obj, ...)` / `torch.jit.trace(fn, example_inputs, ...)` as called. */
export interface JitCall {
  readonly interpreter: Interpreter;
  /** Positional arguments after the first (script) or after `example_inputs` (trace). */
  readonly args: readonly PyValue[];
  readonly kwargs: ReadonlyMap<string, PyValue>;
}

/**
 * What the script compiler and the tracer provide (dependency inversion: src/eager never imports
 * them). Each hook returns the Python value the call evaluates to (a ScriptModule or ScriptFunction
 * object, usually a PyNative), and reports user errors by throwing a Python exception
 * (`pyError('RuntimeError', ...)`) so they surface as tracebacks.
 */
export interface JitHooks {
  script?: (obj: PyValue, call: JitCall) => PyValue;
  trace?: (fn: PyValue, exampleInputs: PyValue, call: JitCall) => PyValue;
  traceModule?: (module: PyValue, inputs: PyValue, call: JitCall) => PyValue;
}

let hooks: JitHooks = {};

/** Installs the JIT hooks (a later layer calls this once at start-up); returns the previous ones. */
export function setJitHooks(h: JitHooks): JitHooks {
  const prev = hooks;
  hooks = h;
  return prev;
}

function notSupported(what: string): never {
  throw pyError('NotImplementedError', `${what} is not supported yet`);
}

/** Marks a function (or a property/staticmethod wrapper) for `@torch.jit.export` and friends. */
function mark(v: PyValue, key: 'export' | 'ignore' | 'unused'): PyValue {
  const fn = v instanceof PyDescriptor ? v.fn : v;
  if (fn instanceof PyFunction) fn.jit[key] = true;
  return v;
}

/** A decorator usable bare (`@torch.jit.ignore`) or with options (`@torch.jit.ignore(drop=True)`). */
function decorator(key: 'export' | 'ignore' | 'unused'): NativeFn {
  return (a) => {
    if (a.length === 0) return new PyBuiltin(key, (b) => mark(b[0]!, key));
    return mark(a[0]!, key);
  };
}

export function makeJitModule(it: Interpreter): PyModule {
  const m = new PyModule('torch.jit');
  const fns: Record<string, NativeFn> = {
    script: (a, kw) => {
      const obj = a[0] ?? kw.get('obj') ?? null;
      if (!it.jitEnabled) return obj;
      if (!hooks.script) notSupported('torch.jit.script');
      return hooks.script(obj, { interpreter: it, args: a.slice(1), kwargs: kw });
    },
    trace: (a, kw) => {
      const fn = a[0] ?? kw.get('func') ?? null;
      if (!it.jitEnabled) return fn;
      if (!hooks.trace) notSupported('torch.jit.trace');
      return hooks.trace(fn, a[1] ?? kw.get('example_inputs') ?? null, { interpreter: it, args: a.slice(2), kwargs: kw });
    },
    trace_module: (a, kw) => {
      const mod = a[0] ?? kw.get('mod') ?? null;
      if (!it.jitEnabled) return mod;
      if (!hooks.traceModule) notSupported('torch.jit.trace_module');
      return hooks.traceModule(mod, a[1] ?? kw.get('inputs') ?? null, { interpreter: it, args: a.slice(2), kwargs: kw });
    },
    export: decorator('export'),
    ignore: decorator('ignore'),
    unused: decorator('unused'),
    annotate: ([, v]) => v!,
    is_scripting: () => false,
    is_tracing: () => activeTrace() !== null,
    interface: ([c]) => c!,
    _overload: ([f]) => f!,
    _overload_method: ([f]) => f!,
    Attribute: ([v]) => v!,
    save: () => notSupported('torch.jit.save'),
    load: () => notSupported('torch.jit.load'),
  };
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, new PyBuiltin(k, f));
  m.dict.set('Final', new PyTypingForm('Final'));
  return m;
}
