/**
 * A program's entry compiled (script) or traced (trace) and made callable: the one piece
 * of integration that the playground's analyze() and the conformance runner share.
 */
import '../ops';
import type { Graph } from '../ir/graph';
import type { Diagnostic } from '../lang/source';
import type { IValue } from '../runtime/ivalue';
import { runGraph } from '../runtime/interpreter';
import { compileFunction } from '../script/compile';

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
}

export interface CompiledEntry {
  readonly graph: Graph;
  /** Runs the compiled entry (the IR interpreter over the graph) on `inputs`. */
  call(inputs: readonly IValue[]): IValue;
}

export interface EntryResult {
  readonly entry?: CompiledEntry;
  readonly diagnostics: readonly Diagnostic[];
  /** TracerWarnings, with the line they point at. */
  readonly warnings: readonly Diagnostic[];
}

function failure(request: EntryRequest, message: string): EntryResult {
  const start = { line: 1, col: 0, offset: 0 };
  return {
    diagnostics: [{ message, range: { start, end: start }, severity: 'error', code: `api/${request.mode}-unavailable` }],
    warnings: [],
  };
}

/** Compiles or traces `request.entry`. Never throws on user input. */
export function compileEntry(request: EntryRequest): EntryResult {
  if (request.mode === 'trace') return failure(request, 'trace not implemented');
  const result = compileFunction(request.source, request.fileName, request.entry);
  const graph = result.graph;
  if (!graph) {
    const notAFunction = result.diagnostics.some((d) => d.code === 'script/no-entry');
    if (notAFunction) return failure(request, `module entries are not wired yet (${request.entry})`);
    return { diagnostics: result.diagnostics, warnings: [] };
  }
  return {
    entry: { graph, call: (inputs) => runGraph(graph, inputs) },
    diagnostics: result.diagnostics,
    warnings: [],
  };
}
