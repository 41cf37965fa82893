/** The script half of the session: torch.jit.script of a function or a module class. */
import { runGraph } from '../runtime/interpreter';
import { compileFunction } from '../script/compile';
import { entryFailure, type EntryRequest, type EntryResult } from './session';

export function scriptEntry(request: EntryRequest): EntryResult {
  const result = compileFunction(request.source, request.fileName, request.entry);
  const graph = result.graph;
  if (!graph) {
    const notAFunction = result.diagnostics.some((d) => d.code === 'script/no-entry');
    if (notAFunction) return entryFailure('api/script-module', `module entries are not wired yet (${request.entry})`);
    return { diagnostics: result.diagnostics, warnings: [] };
  }
  return {
    entry: { graph, call: (inputs) => runGraph(graph, inputs) },
    diagnostics: result.diagnostics,
    warnings: [],
  };
}
