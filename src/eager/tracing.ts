/**
 * The places the tracer sees eager code run (dependency inversion: src/eager never imports
 * src/trace; src/api installs an implementation over the tracer with `setTracingHooks`).
 */
import type { IValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import type { PyInstance, PyNative, PyValue } from './objects';
import { pyError } from './errors';

/** The Python conversions of a tensor the tracer warns about (`index` is silent, as in PyTorch). */
export type TracedConversion = 'bool' | 'int' | 'float' | 'number' | 'list' | 'index';

export interface TracingHooks {
  /** True while a trace is recording. */
  isTracing(): boolean;
  /** Runs and records an operator call (arguments as the eager dispatcher normalised them). */
  op(name: string, args: readonly IValue[], kwargs: ReadonlyMap<string, IValue>): IValue;
  /** Calls an nn.Module instance (`module(*args)`): `call` runs its forward. */
  module(module: PyInstance, args: readonly PyValue[], call: () => PyValue): PyValue;
  /** Calls an object made by the JIT (a scripted or traced function or module). */
  /** `call` runs it, with `args` unless the tracer gives others (traced sizes as plain ints). */
  native(f: PyNative, args: readonly PyValue[], call: (args?: readonly PyValue[]) => PyValue, kwargs?: ReadonlyMap<string, PyValue>): PyValue;
  /** A tensor converted to a Python value. */
  conversion(kind: TracedConversion): void;
  /** A tensor iterated over (`for row in t`). */
  iteration(): void;
  /** Any other TracerWarning. */
  warning(message: string): void;
}

let hooks: TracingHooks | null = null;

/** Installs the tracing hooks (null removes them); returns the previous ones. */
export function setTracingHooks(h: TracingHooks | null): TracingHooks | null {
  const prev = hooks;
  hooks = h;
  return prev;
}

/** The hooks while a trace records, else null (the eager fast path). */
export function activeTrace(): TracingHooks | null {
  return hooks !== null && hooks.isTracing() ? hooks : null;
}

/** Runs a tracer call; its TorchErrors are user errors and become Python exceptions. */
export function asPython<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TorchError) throw pyError(e.kind, e.message);
    throw e;
  }
}

/** Warns about `t` converted to a Python value while tracing. */
export function noteConversion(kind: TracedConversion): void {
  activeTrace()?.conversion(kind);
}
