/**
 * Wires the tracer into the eager interpreter: the tracing hooks (every op, module call and
 * tensor-to-Python conversion of eager code reaches the active trace) and the `torch.jit.trace`
 * / `torch.jit.trace_module` entry points of user programs. Hooks other layers installed (the
 * script compiler's `torch.jit.script`) are kept.
 */
import {
  type Interpreter,
  type JitCall,
  PyClass,
  PyException,
  PyFunction,
  PyInstance,
  type PyValue,
  type TracingHooks,
  exceptionClassNamed,
  isGradEnabled,
  isModuleInstance,
  makeException,
  pyError,
  setJitHooks,
  setTracingHooks,
  tagResult,
} from '../eager';
import { setResultObserver } from '../runtime/interpreter';
import type { IValue } from '../runtime/ivalue';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import { TracingCheckError } from '../trace/check';
import { type Traced, type TraceOptions, jitTrace } from '../trace/jit_trace';
import { type TraceTarget, isTracing, setGradModeQuery, traceConversion, traceFunctionCall, traceIteration, traceModule, traceOp, traceWarning } from '../trace/tracer';
import type { TracerWarning } from '../trace/warnings';
import { TracedFunctionObject, TracedModuleObject, compiledTraceModuleOf, traceModuleOf } from './traced_objects';
import { installScriptHook } from './script_hook';

const tracingHooks: TracingHooks = {
  isTracing,
  op: traceOp,
  module: (m, args, call) => traceModule(traceModuleOf(m), args as IValue[], call as () => IValue) as PyValue,
  native: (f, args, call, kwargs) => {
    const submodule = compiledTraceModuleOf(f);
    if (submodule) return traceModule(submodule, args as IValue[], call as () => IValue) as PyValue;
    const compiled = f.compiledFunction?.();
    if (!compiled) return call();
    // Keyword arguments of a compiled function bind by its parameter names: the call records them in place.
    const bound = kwargs && kwargs.size > 0 ? bindByName(compiled.graph.inputs.map((v) => v.debugNameBase()), args, kwargs) : undefined;
    if (!bound) return traceFunctionCall(compiled, args as IValue[], call as () => IValue) as PyValue;
    const run = (given: readonly IValue[] = bound as IValue[]): IValue => f.call!([...(given as PyValue[])], new Map()) as IValue;
    return traceFunctionCall(compiled, bound as IValue[], run) as PyValue;
  },
  conversion: traceConversion,
  iteration: traceIteration,
  warning: traceWarning,
};

let installed = false;

/** Installs the tracing hooks and torch.jit.trace / trace_module; idempotent, keeps other JIT hooks. */
export function installJitHooks(): void {
  if (installed) return;
  installed = true;
  installScriptHook();
  // Graph runs tag their results with autograd metadata as eager ops do (Note [Result observer]).
  setResultObserver(tagResult);
  setTracingHooks(tracingHooks);
  // Results made under torch.no_grad() trace as requires_grad=0 (Note [Grad mode]).
  setGradModeQuery(isGradEnabled);
  const prev = setJitHooks({});
  setJitHooks({
    ...prev,
    trace: (fn, exampleInputs, call) => traceFromProgram(call, fn, exampleArgs(exampleInputs), 'forward'),
    traceModule: (mod, inputs, call) => {
      if (!(inputs instanceof DictValue) || inputs.map.size === 0) throw pyError('AttributeError', "'tuple' object has no attribute 'items'");
      const [method, args] = [...inputs.map][0]!;
      return traceFromProgram(call, mod, exampleArgs(args as PyValue), String(method));
    },
  });
}

/** Positional arguments followed by the keywords in parameter order; undefined when a keyword does not fit. */
function bindByName(names: readonly string[], args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue[] | undefined {
  const out = [...args];
  for (const name of names.slice(args.length)) {
    const v = kwargs.get(name);
    if (v === undefined) break;
    out.push(v);
  }
  return out.length - args.length === kwargs.size ? out : undefined;
}

/** `example_inputs`: a tuple is the argument list, anything else is the one argument. */
function exampleArgs(v: PyValue): IValue[] {
  return v instanceof TupleValue ? [...v.elements] : [v as IValue];
}

function paramNames(fn: PyFunction): string[] {
  const a = fn.node.args;
  return [...a.posonlyargs, ...a.args].map((p) => p.arg);
}

/** What the tracer runs for a function or for `method` of an nn.Module instance. */
export function traceTarget(it: Interpreter, fn: PyValue, method = 'forward'): TraceTarget {
  if (fn instanceof PyFunction) return { name: fn.name, argNames: paramNames(fn), call: (inputs) => it.call(fn, [...inputs]) as IValue };
  if (fn instanceof PyInstance && isModuleInstance(fn)) {
    const def = fn.cls.lookup(method);
    if (!(def instanceof PyFunction)) throw pyError('AttributeError', `'${fn.cls.name}' object has no attribute '${method}'`);
    return {
      name: method,
      argNames: paramNames(def).slice(1),
      module: traceModuleOf(fn),
      call: (inputs) => it.call(it.getAttr(fn, method), [...inputs]) as IValue,
    };
  }
  throw pyError('TypeError', `torch.jit.trace expects a function or an nn.Module, not '${it.typeName(fn)}'`);
}

const tracingCheckErrorClass = new PyClass('TracingCheckError', [exceptionClassNamed('Exception')], null, null, {}, 'torch.jit._trace');

/**
 * Traces `fn` (a function or module instance) on `inputs`. TracerWarnings go to the program's
 * warnings (stderr) and to `onWarning`; failures are Python exceptions.
 */
export function traceValue(it: Interpreter, fn: PyValue, inputs: readonly IValue[], options: TraceOptions, method = 'forward'): Traced {
  const target = traceTarget(it, fn, method);
  const onWarning = (w: TracerWarning): void => {
    it.warn({ category: w.category, message: w.message, fileName: w.file, line: w.line });
    options.onWarning?.(w);
  };
  try {
    return jitTrace(it, target, inputs, { ...options, onWarning });
  } catch (e) {
    if (e instanceof TracingCheckError) throw new PyException(makeException(tracingCheckErrorClass, [e.message]));
    if (e instanceof TorchError) throw pyError(e.kind, e.message);
    throw e;
  }
}

/** The Python object `torch.jit.trace` returns for a traced value. */
export function tracedObject(traced: Traced, fn: PyValue): PyValue {
  if (traced.kind === 'module') return new TracedModuleObject(traced, fn as PyInstance);
  return new TracedFunctionObject(traced);
}

// torch.jit.trace(func, example_inputs, optimize, check_trace, check_inputs, check_tolerance, strict)
function traceFromProgram(call: JitCall, fn: PyValue, inputs: IValue[], method: string): PyValue {
  const it = call.interpreter;
  const arg = (name: string, i: number): PyValue | undefined => call.kwargs.get(name) ?? call.args[i];
  const checkTrace = arg('check_trace', 1);
  const checkInputs = arg('check_inputs', 2);
  const tolerance = arg('check_tolerance', 3);
  const strict = arg('strict', 4);
  const options: TraceOptions = {
    ...(checkTrace === undefined ? {} : { checkTrace: it.truthy(checkTrace) }),
    ...(checkInputs === undefined || checkInputs === null ? {} : { checkInputs: [...it.iterate(checkInputs)].map(exampleArgs) }),
    ...(typeof tolerance === 'number' ? { checkTolerance: tolerance } : {}),
    ...(strict === undefined ? {} : { strict: it.truthy(strict) }),
  };
  return tracedObject(traceValue(it, fn, inputs, options, method), fn);
}
