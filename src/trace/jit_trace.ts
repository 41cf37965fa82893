/**
 * `torch.jit.trace` and `torch.jit.trace_module`, after torch/jit/_trace.py: record, build the
 * traced object, then (check_trace=True) re-trace on the check inputs and compare.
 */
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { callOp } from '../ops';
import type { TraceHost } from './host';
import { TypeNamer } from './module_types';
import { recordTrace } from './tracer';
import type { Recording, TraceTarget } from './tracer';
import type { TracedModule} from './traced';
import { TracedFunction, functionCallees, tracedModuleOf } from './traced';
import type { TracerWarning } from './warnings';
import { outputMismatchMessage } from './warnings';
import { nondeterministicMessage } from './nondeterministic';
import { TracingCheckError, canonicalGraph, closeMismatch, graphDiff, indent, tensorOutputs } from './check';

export interface TraceOptions {
  /** Re-trace and compare (default true). */
  readonly checkTrace?: boolean;
  /** Inputs for the check; default: the example inputs. */
  readonly checkInputs?: readonly (readonly IValue[])[];
  /** Relative tolerance of the output comparison (default 1e-5). */
  readonly checkTolerance?: number;
  /** Reject list and dict outputs (default true). */
  readonly strict?: boolean;
  /** Receives each TracerWarning as it is raised (they are also on the traced object). */
  readonly onWarning?: (w: TracerWarning) => void;
}

export type Traced = TracedFunction | TracedModule;

/**
 * `torch.jit.trace(fn_or_module, example_inputs, ...)`. Throws TracingCheckError when the check
 * finds different graphs, and TorchError for untraceable outputs.
 */
export function jitTrace(host: TraceHost, target: TraceTarget, exampleInputs: readonly IValue[], options: TraceOptions = {}): Traced {
  const warnings: TracerWarning[] = [];
  const warn = (w: TracerWarning): void => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const strict = options.strict ?? true;
  const rec = recordTrace(host, target, exampleInputs, strict);
  rec.warnings.forEach(warn);
  const traced = build(rec, target, warnings);
  if (options.checkTrace ?? true) {
    const checks = options.checkInputs ?? [exampleInputs];
    for (const inputs of checks) checkOne(host, target, traced, inputs, strict, options.checkTolerance ?? 1e-5, warn);
  }
  return traced;
}

function build(rec: Recording, target: TraceTarget, warnings: readonly TracerWarning[]): Traced {
  if (target.module) return tracedModuleOf({ ...rec, warnings }, target.module, target.name);
  return new TracedFunction(target.name, rec.graph, warnings, functionCallees(rec));
}

/** `_clone_inputs`: tensors are cloned so in-place code sees fresh data on every run. */
export function cloneInputs(inputs: readonly IValue[]): IValue[] {
  const clone = (v: IValue): IValue => {
    if (v instanceof Tensor) return callOp('aten::clone', [v]);
    if (v instanceof TupleValue) return new TupleValue(v.elements.map(clone));
    if (Array.isArray(v)) return v.map(clone);
    return v;
  };
  return inputs.map(clone);
}

function checkOne(host: TraceHost, target: TraceTarget, traced: Traced, inputs: readonly IValue[], strict: boolean, rtol: number, warn: (w: TracerWarning) => void): void {
  // Each check trace gets its own compilation unit, hence its own type names.
  const checkRec = recordTrace(host, target, cloneInputs(inputs), strict, new TypeNamer());
  const check = build(checkRec, target, []);
  const diff = (): string | undefined => graphDiff(canonicalGraph(traced.graph, traced.callees), canonicalGraph(check.graph, check.callees));
  const run = (what: string, f: () => IValue): Tensor[] => {
    try {
      return tensorOutputs(f());
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new TracingCheckError(diff(), `encountered an exception while running the ${what} with test inputs.\nException:\n${indent(message)}`);
    }
  };
  let warnedNondeterministic = false;
  const compare = (a: Tensor[], b: Tensor[], what: string): boolean => {
    let ok = true;
    a.forEach((x, i) => {
      const y = b[i];
      const detail = y ? closeMismatch(x.cast('float64'), y.cast('float64'), rtol) : undefined;
      if (detail === undefined) return;
      ok = false;
      const frame = host.frames[host.frames.length - 1];
      const at = { file: frame?.fileName ?? '<unknown>', line: frame?.line ?? 0 };
      // maybe_warn_nondeterministic: once, before the first mismatch.
      const nondeterministic = warnedNondeterministic ? undefined : nondeterministicMessage(traced.graph);
      warnedNondeterministic = true;
      if (nondeterministic) warn({ category: 'TracerWarning', message: nondeterministic, ...at });
      warn({ category: 'TracerWarning', message: outputMismatchMessage(i, what, detail), ...at });
    });
    return ok;
  };
  const tracedOuts = run('trace', () => traced.call(cloneInputs(inputs)));
  const fnOuts = run('Python function', () => target.call(cloneInputs(inputs)));
  if (compare(tracedOuts, fnOuts, 'Python function')) {
    compare(tracedOuts, run('repeated trace', () => check.call(cloneInputs(inputs))), 'repeated trace');
  }
  const d = diff();
  if (d !== undefined) throw new TracingCheckError(d);
}
