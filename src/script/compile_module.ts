/**
 * `torch.jit.script(Entry(*init_args))` for a module class of a program: the
 * eager interpreter runs the program and builds the instance, then the module
 * compiler compiles forward and the exported methods (Note [Errors are data]).
 */
import { callValue } from '../eager/calls';
import { Interpreter } from '../eager/interpreter';
import { isModuleInstance } from '../eager/module';
import type { PyInstance, PyValue } from '../eager/objects';
import { PyClass } from '../eager/objects';
import type { Graph } from '../ir/graph';
import type { FunctionSchema } from '../ir/schema';
import type { Diagnostic } from '../lang/source';
import { CompilationUnit } from './compilation_unit';
import { ScriptError, scriptError, toDiagnostic } from './errors';
import type { ScriptDiagnostic } from './errors';
import { ModuleCompiler } from './module';
import { registryOperators } from './operators';
import type { OperatorSource } from './operators';
import { EagerContext } from './python_resolver';
import { scriptObjectOf } from './script_object';
import type { ScriptObject } from '../runtime/ivalue';

export interface CompileModuleOptions {
  readonly ops?: OperatorSource;
  /** Constructor arguments, already Python values. */
  readonly initArgs?: readonly PyValue[];
  /** The method whose graph to return (default `forward`). */
  readonly method?: string;
  /** The Python module name of the program's classes in type names (`__torch__.<name>.Cls`). */
  readonly moduleName?: string;
  /** Runs before compiling, e.g. to load a state dict into the instance. */
  readonly prepare?: (instance: PyInstance, interpreter: Interpreter) => void;
  /**
   * A program already run (with the JIT on, as the user's module-level code expects):
   * its classes are used instead of running `source` again with the JIT off.
   */
  readonly loaded?: { readonly interpreter: Interpreter; readonly globals: ReadonlyMap<string, PyValue> };
  /** An instance the program already built (the model it made), compiled instead of a new one. */
  readonly instance?: PyInstance;
}

export interface CompileModuleResult {
  readonly graph?: Graph;
  readonly schema?: FunctionSchema;
  /** Every compiled method by `Class.method` (for inlining and running). */
  readonly unit?: CompilationUnit;
  readonly instance?: PyInstance;
  /** The instance as the IR interpreter sees it (input 0 of every method graph). */
  readonly object?: ScriptObject;
  readonly diagnostics: readonly (Diagnostic | ScriptDiagnostic)[];
}

/** Runs `source`, instantiates class `entry` and script-compiles it. */
export function compileModule(source: string, fileName: string, entry: string, options: CompileModuleOptions = {}): CompileModuleResult {
  const whole = { start: { line: 1, col: 0, offset: 0 }, end: { line: 1, col: 0, offset: 0 } };
  let interpreter: Interpreter;
  let globals: ReadonlyMap<string, PyValue>;
  if (options.loaded) {
    ({ interpreter, globals } = options.loaded);
  } else {
    interpreter = new Interpreter({ jit: false });
    const run = interpreter.run(source, fileName);
    if (!run.ok) return { diagnostics: [{ message: run.error ?? 'the program failed', range: whole, severity: 'error', code: 'script/eager-error' }] };
    globals = run.globals;
  }
  const cls = globals.get(entry);
  if (!(cls instanceof PyClass)) return { diagnostics: [{ message: `no class named ${entry}`, range: whole, severity: 'error', code: 'script/no-entry' }] };
  let instance: PyValue;
  try {
    instance = options.instance ?? callValue(interpreter, cls, [...(options.initArgs ?? [])], new Map());
  } catch (e) {
    return { diagnostics: [{ message: `constructing ${entry} failed: ${e instanceof Error ? e.message : String(e)}`, range: whole, severity: 'error', code: 'script/eager-error' }] };
  }
  if (!isModuleInstance(instance)) return { diagnostics: [{ message: `${entry} is not an nn.Module`, range: whole, severity: 'error', code: 'script/no-entry' }] };
  const m = instance as PyInstance;
  options.prepare?.(m, interpreter);
  const unit = new CompilationUnit(options.ops ?? registryOperators());
  const eager = new EagerContext(interpreter);
  const compiler = new ModuleCompiler(unit, eager, options.moduleName ?? '');
  const method = options.method ?? 'forward';
  try {
    const roots = compiler.roots(m);
    if (!roots.includes(method)) roots.push(method);
    for (const r of roots) compiler.method(m, r);
    const compiled = compiler.method(m, method);
    return { graph: compiled.graph, schema: compiled.schema, unit, instance: m, object: scriptObjectOf(compiler, m), diagnostics: [] };
  } catch (e) {
    const err = e instanceof ScriptError ? e : scriptError('internal-error', whole, { detail: e instanceof Error ? e.message : String(e) });
    const window = err.window ?? { text: source, fileName, start: 0, end: source.length };
    return { diagnostics: [toDiagnostic(err, window)] };
  }
}
