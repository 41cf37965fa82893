/**
 * The script compiler's entry points: `compileFunction` for a function in a
 * source file (torch.jit.script(fn)). Results are data: a graph, or
 * diagnostics on the lines PyTorch reports (Note [Errors are data]).
 */
import type { Graph } from '../ir/graph';
import type { FunctionSchema } from '../ir/schema';
import { parse } from '../lang/parser';
import type { Diagnostic } from '../lang/source';
import { CompilationUnit, functionWindow } from './compilation_unit';
import type { ScriptFunction } from './compilation_unit';
import { ScriptError, scriptError, toDiagnostic } from './errors';
import type { ScriptDiagnostic } from './errors';
import { registryOperators } from './operators';
import type { OperatorSource } from './operators';
import { moduleResolver } from './resolver';
import type { Resolver } from './resolver';
import type { FunctionSource } from './sugared_value';

export interface CompileOptions {
  /** Where operator schemas come from; the op registry by default. */
  readonly ops?: OperatorSource;
  /** Extra global names (the eager interpreter's objects), consulted before imports and builtins. */
  readonly resolver?: Resolver;
}

export interface CompileFunctionResult {
  /** The compiled entry, when compilation succeeded. */
  readonly fn?: ScriptFunction;
  readonly graph?: Graph;
  readonly schema?: FunctionSchema;
  /** The functions compiled with it (callees), for `.inlined_graph` and the interpreter. */
  readonly unit?: CompilationUnit;
  /** Parse errors and script errors; empty on success. */
  readonly diagnostics: readonly (Diagnostic | ScriptDiagnostic)[];
}

/** Converts a thrown error into a diagnostic; anything that is not a ScriptError is a compiler bug. */
export function errorToDiagnostic(e: unknown, fallback: FunctionSource): ScriptDiagnostic {
  if (e instanceof ScriptError) return toDiagnostic(e, e.window ?? functionWindow(fallback.def, fallback.text, fallback.fileName));
  const detail = e instanceof Error ? e.message : String(e);
  return toDiagnostic(scriptError('internal-error', fallback.def.range, { detail }), functionWindow(fallback.def, fallback.text, fallback.fileName));
}

/** `torch.jit.script(entry)` for a top-level function of `source`. */
export function compileFunction(source: string, fileName: string, entry: string, options: CompileOptions = {}): CompileFunctionResult {
  const { module, diagnostics } = parse(source, fileName);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const resolver = moduleResolver(module, source, options.resolver);
  const found = resolver.resolve(entry);
  if (!found || found.kind !== 'function') {
    const range = module.range;
    return { diagnostics: [{ message: `no function named ${entry}`, range, severity: 'error', code: 'script/no-entry' }] };
  }
  const unit = new CompilationUnit(options.ops ?? registryOperators());
  try {
    const fn = unit.compileFunction(found.fn);
    return { fn, graph: fn.graph, schema: fn.schema, unit, diagnostics: [] };
  } catch (e) {
    return { diagnostics: [errorToDiagnostic(e, found.fn)] };
  }
}
