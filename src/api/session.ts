/**
 * A program's entry compiled (script) or traced (trace) and made callable: the one piece
 * of integration that the playground's analyze() and the conformance runner share.
 * Each mode lives in its own file: session_script.ts and session_trace.ts.
 */
import '../ops';
import type { Graph } from '../ir/graph';
import type { CodeLineSource } from '../ir/python_print';
import type { Diagnostic } from '../lang/source';
import type { IValue } from '../runtime/ivalue';
import type { LoadedProgram } from './program';
import { scriptEntry } from './session_script';
import { traceEntry } from './session_trace';

export interface EntryRequest {
  readonly source: string;
  readonly fileName: string;
  readonly mode: 'script' | 'trace';
  readonly entry: string;
  readonly method?: string;
  /** Constructor arguments for a module class. */
  readonly initArgs?: readonly IValue[];
  /** A state_dict to load into the module before compiling or tracing. */
  readonly params?: ReadonlyMap<string, IValue>;
  /** The inputs to trace with. */
  readonly exampleInputs?: readonly IValue[];
  /**
   * Call `.eval()` on the module before compiling or tracing. The conformance reference
   * was produced in eval mode (its BatchNorm outputs use the running statistics).
   */
  readonly evalMode?: boolean;
  /**
   * The program, already run with the JIT on (the playground runs it once for its output).
   * Without it, each mode runs the module-level code itself.
   */
  readonly program?: LoadedProgram;
}

export interface CompiledEntry {
  readonly graph: Graph;
  /** `.inlined_graph`, for modules and functions that call others. */
  readonly inlinedGraph?: Graph;
  /** `.code`. */
  readonly code?: string;
  /** Graphs of the methods and functions the entry calls, by `classQualifiedName.method` (script and trace). */
  readonly methods?: ReadonlyMap<string, Graph>;
  /** Per `.code` line, the source of the node that printed it (script and trace). */
  readonly codeLines?: readonly (CodeLineSource | undefined)[];
  /** Runs the compiled entry (the IR interpreter over the graph) on `inputs`. */
  call(inputs: readonly IValue[]): IValue;
  /**
   * The same on the compute backend, which may read back only asynchronously (WebGPU:
   * Note [Async readback]); results are on the host when it resolves.
   */
  callAsync(inputs: readonly IValue[]): Promise<IValue>;
}

export interface EntryResult {
  readonly entry?: CompiledEntry;
  readonly diagnostics: readonly Diagnostic[];
  /** TracerWarnings, with the line they point at. */
  readonly warnings: readonly Diagnostic[];
}

/** A result with one error diagnostic at the start of the file (for failures with no better place). */
export function entryFailure(code: string, message: string): EntryResult {
  const start = { line: 1, col: 0, offset: 0 };
  return { diagnostics: [{ message, range: { start, end: start }, severity: 'error', code }], warnings: [] };
}

/** Compiles or traces `request.entry`. Never throws on user input. */
export function compileEntry(request: EntryRequest): EntryResult {
  return request.mode === 'trace' ? traceEntry(request) : scriptEntry(request);
}
