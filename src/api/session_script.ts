/** The script half of the session: torch.jit.script of a function or a module class. */
import { pythonPrint } from '../ir/python_print';
import { runGraph } from '../runtime/interpreter';
import { compileFunction } from '../script/compile';
import { compileModule } from '../script/compile_module';
import { prepareInstance } from './program';
import type { EntryRequest, EntryResult } from './session';

function scriptModuleEntry(request: EntryRequest): EntryResult {
  const result = compileModule(request.source, request.fileName, request.entry, {
    initArgs: request.initArgs ?? [],
    ...(request.method ? { method: request.method } : {}),
    ...(request.program ? { loaded: { interpreter: request.program.interpreter, globals: request.program.run.globals } } : {}),
    prepare: (instance, interpreter) => prepareInstance(interpreter, instance, request.params, request.evalMode ?? false),
  });
  const { graph, unit, object, schema } = result;
  if (!graph || !unit || !object) return { diagnostics: result.diagnostics, warnings: [] };
  return {
    entry: {
      graph,
      inlinedGraph: unit.inlined(graph),
      code: pythonPrint(graph, { name: request.method ?? 'forward', ...(schema ? { schema } : {}) }),
      call: (inputs) => runGraph(graph, [object, ...inputs], { callees: unit }),
    },
    diagnostics: result.diagnostics,
    warnings: [],
  };
}

export function scriptEntry(request: EntryRequest): EntryResult {
  const result = compileFunction(request.source, request.fileName, request.entry);
  const { graph, unit, schema } = result;
  if (!graph) {
    const notAFunction = result.diagnostics.some((d) => d.code === 'script/no-entry');
    return notAFunction ? scriptModuleEntry(request) : { diagnostics: result.diagnostics, warnings: [] };
  }
  return {
    entry: {
      graph,
      ...(unit ? { inlinedGraph: unit.inlined(graph) } : {}),
      code: pythonPrint(graph, { name: request.entry, ...(schema ? { schema } : {}) }),
      call: (inputs) => runGraph(graph, inputs, unit ? { callees: unit } : {}),
    },
    diagnostics: result.diagnostics,
    warnings: [],
  };
}
