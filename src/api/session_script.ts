/** The script half of the session: torch.jit.script of a function or a module class. */
import { pythonPrintWithLines, type CodeLineSource } from '../ir/python_print';
import { FunctionSchema } from '../ir/schema';
import { bindArguments } from '../ops/call';
import type { IValue } from '../runtime/ivalue';
import { runGraph, runGraphAsync } from '../runtime/interpreter';
import { compileFunction } from '../script/compile';
import { compileModule } from '../script/compile_module';
import { installJitHooks } from './jit_hooks';
import { loadProgram, lookupEntry, prepareInstance, programInstanceOf, type LoadedProgram } from './program';
import { PyClass } from '../eager';
import { programResolver } from './script_hook';
import type { EntryRequest, EntryResult } from './session';

/**
 * The program run once with the JIT on, as `python program.py` would before the entry is
 * scripted: its globals (a traced function, a constant) are what the entry's free names mean.
 */
function programOf(request: EntryRequest): LoadedProgram {
  if (request.program) return request.program;
  installJitHooks();
  return loadProgram(request.source, request.fileName);
}

/** Fills omitted trailing arguments from the schema's defaults, as calling the scripted entry in Python does. */
function withDefaults(schema: FunctionSchema | undefined, inputs: readonly IValue[], skip: number): readonly IValue[] {
  if (!schema || inputs.length >= schema.arguments.length - skip) return inputs;
  const rest = new FunctionSchema(schema.name, '', schema.arguments.slice(skip), schema.returns);
  return bindArguments(rest, inputs, new Map()) ?? inputs;
}

function printed(p: ReturnType<typeof pythonPrintWithLines>): { code: string; codeLines: readonly (CodeLineSource | undefined)[] } {
  return { code: p.code, codeLines: p.lines };
}

function scriptModuleEntry(request: EntryRequest, program: LoadedProgram): EntryResult {
  // The playground (no init args given) scripts the model the program built, if it built one.
  const cls = lookupEntry(program, request.entry);
  const existing = request.initArgs === undefined && cls instanceof PyClass ? programInstanceOf(program, cls) : undefined;
  const result = compileModule(request.source, request.fileName, request.entry, {
    initArgs: request.initArgs ?? [],
    ...(existing ? { instance: existing } : {}),
    ...(request.method ? { method: request.method } : {}),
    loaded: { interpreter: program.interpreter, globals: program.run.globals },
    prepare: (instance, interpreter) => prepareInstance(interpreter, instance, request.params, request.evalMode ?? false),
  });
  const { graph, unit, object, schema } = result;
  if (!graph || !unit || !object) return { diagnostics: result.diagnostics, warnings: [] };
  return {
    entry: {
      graph,
      inlinedGraph: unit.inlined(graph),
      methods: new Map([...unit.methods].map(([name, m]) => [name, m.graph])),
      ...printed(pythonPrintWithLines(graph, { name: request.method ?? 'forward', ...(schema ? { schema } : {}) })),
      call: (inputs) => runGraph(graph, [object, ...withDefaults(schema, inputs, 1)], { callees: unit }),
      callAsync: (inputs) => runGraphAsync(graph, [object, ...withDefaults(schema, inputs, 1)], { callees: unit }),
    },
    diagnostics: result.diagnostics,
    warnings: [],
  };
}

export function scriptEntry(request: EntryRequest): EntryResult {
  const program = programOf(request);
  const resolver = programResolver(program.interpreter, program.run.globals);
  const result = compileFunction(request.source, request.fileName, request.entry, { resolver });
  const { graph, unit, schema } = result;
  if (!graph) {
    const notAFunction = result.diagnostics.some((d) => d.code === 'script/no-entry');
    return notAFunction ? scriptModuleEntry(request, program) : { diagnostics: result.diagnostics, warnings: [] };
  }
  return {
    entry: {
      graph,
      ...(unit ? { inlinedGraph: unit.inlined(graph) } : {}),
      ...printed(pythonPrintWithLines(graph, { name: request.entry, ...(schema ? { schema } : {}) })),
      call: (inputs) => runGraph(graph, withDefaults(schema, inputs, 0), unit ? { callees: unit } : {}),
      callAsync: (inputs) => runGraphAsync(graph, withDefaults(schema, inputs, 0), unit ? { callees: unit } : {}),
    },
    diagnostics: result.diagnostics,
    warnings: [],
  };
}
